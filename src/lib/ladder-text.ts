// Words for the ladder data in prose and tables. Lookups throw with the file and the fix, so a typo in a page stops the build.
import type { Level } from '../schemas/levels';
import type { Transition } from '../schemas/transitions';
import { formatMonthsRange } from './format';
import { DATA_FILES } from './data-files';

export function levelByRank(levels: readonly Level[], rank: number): Level {
  const level = levels.find((l) => l.rank === rank);
  if (!level) throw new Error(`${DATA_FILES.levels} has no level of rank ${rank}; use a rank from 1 to ${levels.length}`);
  return level;
}

export function stepByStart(transitions: readonly Transition[], from: number): Transition {
  const step = transitions.find((t) => t.from === from);
  if (!step) throw new Error(`${DATA_FILES.transitions} has no step starting at level ${from}; use 1 to ${transitions.length}`);
  return step;
}

/** The numbers of a step that prose can quote. */
export type StepFigureName = 'months' | 'weeklyHours' | 'qualityTopPercent' | 'activeDays' | 'monthsAtCurrentLevel';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3–6 months", "15–20 hours", "top 10%", "30 days", "6 months"; throws when the source gives no such figure for the step. */
export function stepFigureText(step: Transition, name: StepFigureName): string {
  switch (name) {
    case 'months':
      return formatMonthsRange(step.months);
    case 'weeklyHours': {
      const { min, max } = step.weeklyHours;
      return min === max ? plural(min, 'hour', 'hours') : `${min}–${max} hours`;
    }
    default: {
      const value = step.thresholds[name];
      if (value === undefined) {
        throw new Error(`${DATA_FILES.transitions}, entry "${step.id}" has no thresholds.${name}; add it or do not quote it`);
      }
      if (name === 'qualityTopPercent') return `top ${value}%`;
      if (name === 'activeDays') return plural(value, 'day', 'days');
      return plural(value, 'month', 'months');
    }
  }
}

/** The step's measurable bars in one line, or null when the source names none. */
export function thresholdsText(step: Transition): string | null {
  const parts: string[] = [];
  const { qualityTopPercent, activeDays, monthsAtCurrentLevel } = step.thresholds;
  if (qualityTopPercent !== undefined) parts.push(`quality in the top ${qualityTopPercent}% of workers on your projects`);
  if (activeDays !== undefined) parts.push(`tasks done every day for ${plural(activeDays, 'day', 'days')} running`);
  if (monthsAtCurrentLevel !== undefined) {
    parts.push(`at least ${plural(monthsAtCurrentLevel, 'month', 'months')} of strong performance at the current level`);
  }
  if (parts.length === 0) return null;
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
