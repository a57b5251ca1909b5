// Follows the shared profile (level, hours a week, weeks a year) as it changes in another tool or tab.
import { useStoreChange } from './hooks';
import { $currentLevel, $hoursPerWeek, $weeksPerYear } from '../stores/profile';
import { readLevelRank } from '../lib/core/profile';

export interface ProfileChange {
  level?: number;
  hours?: number;
  weeks?: number;
}

/** Calls `onChange` with the one profile value that changed; a level this tool does not have is ignored. */
export function useProfileChanges(levelCount: number, onChange: (change: ProfileChange) => void): void {
  useStoreChange($currentLevel, (raw) => {
    const level = readLevelRank(raw, levelCount);
    if (level !== null) onChange({ level });
  });
  useStoreChange($hoursPerWeek, (hours) => onChange({ hours }));
  useStoreChange($weeksPerYear, (weeks) => onChange({ weeks }));
}
