// The promotion timeline's form: what the reader typed, how it is checked, and how it lives in the address.
import { DEFAULT_HOURS_PER_WEEK, DEFAULT_LEVEL } from '../core/defaults';
import { PROFILE_ERRORS, readHoursPerWeek } from '../core/profile';
import type { CalendarDate } from '../core/dates';
import { numberError } from '../core/numbers';
import {
  DEFAULT_HORIZON_MONTHS,
  FIRST_START_YEAR,
  LAST_START_YEAR,
  MAX_HORIZON_MONTHS,
  decodeTimelineQuery,
  encodeTimelineQuery,
  parseHorizon,
  parseStartDate,
  writtenValues,
} from './url';
import type { TimelineQuery, WrittenValues } from './url';
import { readQuery, type AddressCodec } from '../core/url-state';

/** The form as typed: numbers stay text so that a half-typed value is not rewritten. */
export interface TimelineForm {
  level: number;
  /** null: the level above the current one. */
  target: number | null;
  hours: string;
  /** "YYYY-MM-DD"; empty until mounted, because "today" is not known at build time. */
  start: string;
  horizon: string;
}

export const defaultTimelineForm = (start: string): TimelineForm => ({
  level: DEFAULT_LEVEL,
  target: null,
  hours: String(DEFAULT_HOURS_PER_WEEK),
  start,
  horizon: String(DEFAULT_HORIZON_MONTHS),
});

/** What a link sets: its valid values, and its hours, start and horizon as written (refused ones included). */
export interface TimelineLink extends TimelineQuery {
  written: WrittenValues;
}

/**
 * The form opened from a link: its values as written, so a refused one shows its message; what the link leaves out
 * comes from this browser's profile, then the defaults.
 */
export function timelineFormFrom(linked: TimelineLink, stored: { level: number | null; hours: number }, today: string): TimelineForm {
  return {
    level: linked.from ?? stored.level ?? DEFAULT_LEVEL,
    target: linked.to ?? null,
    hours: linked.written.hours ?? String(stored.hours),
    start: linked.written.start ?? today,
    horizon: linked.written.horizon ?? String(DEFAULT_HORIZON_MONTHS),
  };
}

export interface TimelineReading {
  level: number;
  targetRank: number;
  hours: number | null;
  start: CalendarDate | null;
  horizon: number | null;
  errors: { target: string | null; hours: string | null; start: string | null; horizon: string | null };
}

/** Checks the form against `levelCount` levels. `mounted` is false on the server, where the start date is unknown. */
export function readTimelineForm(form: TimelineForm, levelCount: number, mounted: boolean): TimelineReading {
  const { level } = form;
  const targetRank = form.target ?? Math.min(level + 1, levelCount);
  const hours = readHoursPerWeek(form.hours);
  const start = parseStartDate(form.start);
  const horizon = parseHorizon(form.horizon);
  const target =
    targetRank > level
      ? null
      : level === levelCount
        ? 'You are at the top level; there is no higher level to plan for.'
        : 'Choose a target level above your current level.';
  return {
    level,
    targetRank,
    hours,
    start,
    horizon,
    errors: {
      target,
      hours: hours === null ? numberError(form.hours, PROFILE_ERRORS.hours) : null,
      start: mounted && !start ? `Enter a real start date between ${FIRST_START_YEAR} and ${LAST_START_YEAR}.` : null,
      horizon: horizon === null ? numberError(form.horizon, `Enter a whole number of months from 1 to ${MAX_HORIZON_MONTHS}.`) : null,
    },
  };
}

/** The timeline's state in the address: every valid value, so a link reproduces the plan. */
export function timelineAddressCodec(levelCount: number): AddressCodec<TimelineForm, TimelineLink> {
  return {
    read: (search) => {
      const params = readQuery(search);
      return { ...decodeTimelineQuery(params, levelCount), written: writtenValues(params) };
    },
    // A refused value is written as typed, so the link reopens with the same message rather than another value.
    write: (form) => {
      const { level, targetRank, hours, start, horizon } = readTimelineForm(form, levelCount, true);
      return encodeTimelineQuery({
        from: level,
        to: targetRank,
        hours: hours ?? form.hours.trim(),
        start: start ?? form.start.trim(),
        horizon: horizon ?? form.horizon.trim(),
      });
    },
  };
}
