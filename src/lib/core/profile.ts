// The reader's situation that every tool shares (level, hours a week, weeks a year): the one validator of each value,
// used alike by the fields, the links and the stored values, so every tool accepts exactly the same range.
import { parseIntInRange, parseNumber } from './numbers';
import { MAX_HOURS_PER_WEEK, MAX_WEEKS_PER_YEAR } from './defaults';

/** Fewest hours a week any tool accepts; fewer would stretch a promotion step past any useful horizon. */
export const MIN_HOURS_PER_WEEK = 1;

export const PROFILE_ERRORS = {
  hours: `Enter hours per week as a number from ${MIN_HOURS_PER_WEEK} to ${MAX_HOURS_PER_WEEK}.`,
  weeks: `Enter weeks per year as a whole number from 1 to ${MAX_WEEKS_PER_YEAR}.`,
} as const;

/** Hours of paid work a week, from 1 to 168; null for anything else. */
export function readHoursPerWeek(raw: unknown): number | null {
  const hours = parseNumber(raw);
  return hours !== null && hours >= MIN_HOURS_PER_WEEK && hours <= MAX_HOURS_PER_WEEK ? hours : null;
}

/** Weeks worked a year, a whole number from 1 to 52; null for anything else. */
export const readWeeksPerYear = (raw: unknown): number | null => parseIntInRange(raw, 1, MAX_WEEKS_PER_YEAR);

/** A level's rank among `levelCount` levels, a whole number from 1; null for anything else. */
export const readLevelRank = (raw: unknown, levelCount: number): number | null => parseIntInRange(raw, 1, levelCount);
