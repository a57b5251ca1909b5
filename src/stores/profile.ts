// The reader's situation, shared by the pay estimator and the promotion timeline and kept in this browser only.
import { persistentAtom } from './persistent';
import { parseIntInRange, parseNumber } from '../lib/numbers';
import {
  DEFAULT_HOURS_PER_WEEK,
  DEFAULT_LEVEL,
  DEFAULT_WEEKS_PER_YEAR,
  MAX_HOURS_PER_WEEK,
  MAX_WEEKS_PER_YEAR,
} from '../lib/defaults';

function validHours(value: unknown): number | null {
  const n = parseNumber(value);
  return n !== null && n > 0 && n <= MAX_HOURS_PER_WEEK ? n : null;
}

function persistentNumber(key: string, fallback: number, accept: (raw: unknown) => number | null) {
  // A stored value that fails validation (hand-edited, from an old version, corrupt) reads as the default.
  return persistentAtom(key, fallback, {
    encode: String,
    decode: (raw) => accept(raw) ?? fallback,
  });
}

/** The reader's current level, 1 to 5. */
export const $currentLevel = persistentNumber('ladder:level:v1', DEFAULT_LEVEL, (raw) => parseIntInRange(raw, 1, 5));
/** Hours of paid work a week, more than 0 and at most 168. */
export const $hoursPerWeek = persistentNumber('ladder:hours:v1', DEFAULT_HOURS_PER_WEEK, validHours);
/** Weeks worked a year, 1 to 52. */
export const $weeksPerYear = persistentNumber('ladder:weeks:v1', DEFAULT_WEEKS_PER_YEAR, (raw) =>
  parseIntInRange(raw, 1, MAX_WEEKS_PER_YEAR),
);

/** Each action ignores an invalid value, so a store never holds one. */
export function setCurrentLevel(value: unknown): void {
  const level = parseIntInRange(value, 1, 5);
  if (level !== null) $currentLevel.set(level);
}

export function setHoursPerWeek(value: unknown): void {
  const hours = validHours(value);
  if (hours !== null) $hoursPerWeek.set(hours);
}

export function setWeeksPerYear(value: unknown): void {
  const weeks = parseIntInRange(value, 1, MAX_WEEKS_PER_YEAR);
  if (weeks !== null) $weeksPerYear.set(weeks);
}
