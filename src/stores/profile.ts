// The reader's situation, shared by the pay estimator and the promotion timeline and kept in this browser only.
// Each value has its own key, so a change to one never rewrites another that a different tab may have changed.
import { persistentAtom } from './persistent';
import { DEFAULT_HOURS_PER_WEEK, DEFAULT_LEVEL, DEFAULT_WEEKS_PER_YEAR } from '../lib/core/defaults';
import { readHoursPerWeek, readLevelRank, readWeeksPerYear } from '../lib/core/profile';

function persistentNumber(key: string, fallback: number, accept: (raw: unknown) => number | null) {
  const store = persistentAtom(key, fallback, {
    encode: String,
    // A stored value that fails validation (hand-edited, from an old version, corrupt) reads as the default.
    decode: (raw) => accept(raw) ?? fallback,
  });
  /** Stores a valid value; ignores an invalid one, so the store never holds one. Returns false when nothing was kept. */
  const set = (value: unknown): boolean => {
    const valid = accept(value);
    return valid !== null && store.update(() => valid);
  };
  return [store, set] as const;
}

// A level on the ladder of levels.yaml (its size is written into the code at build time).
const readLevel = (raw: unknown) => readLevelRank(raw, __LEVEL_COUNT__);

/** The reader's current level. */
export const [$currentLevel, setCurrentLevel] = persistentNumber('ladder:level:v1', DEFAULT_LEVEL, readLevel);
/** Hours of paid work a week, from 1 to 168. */
export const [$hoursPerWeek, setHoursPerWeek] = persistentNumber('ladder:hours:v1', DEFAULT_HOURS_PER_WEEK, readHoursPerWeek);
/** Weeks worked a year, 1 to 52. */
export const [$weeksPerYear, setWeeksPerYear] = persistentNumber('ladder:weeks:v1', DEFAULT_WEEKS_PER_YEAR, readWeeksPerYear);

const PROFILE = {
  level: [$currentLevel, setCurrentLevel, DEFAULT_LEVEL],
  hours: [$hoursPerWeek, setHoursPerWeek, DEFAULT_HOURS_PER_WEEK],
  weeks: [$weeksPerYear, setWeeksPerYear, DEFAULT_WEEKS_PER_YEAR],
} as const;

/** Puts the given profile values back to their defaults; returns how to restore them as they were (an undo). */
export function resetProfile(keys: readonly (keyof typeof PROFILE)[]): () => void {
  const before = keys.map((key) => [PROFILE[key][1], PROFILE[key][0].get()] as const);
  for (const key of keys) PROFILE[key][1](PROFILE[key][2]);
  return () => {
    for (const [set, value] of before) set(value);
  };
}
