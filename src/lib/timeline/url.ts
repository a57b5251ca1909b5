// The promotion timeline's state in the address bar: `from`, `to`, `hours`, `start` (YYYY-MM-DD), `horizon`.
import { formatNumber, parseIntInRange } from '../core/numbers';
import { readHoursPerWeek } from '../core/profile';
import { parseIsoDate, toIsoDate, type CalendarDate } from '../core/dates';
import { buildQuery, linkText } from '../core/url-state';

export const DEFAULT_HORIZON_MONTHS = 24;
/** Years a start date may fall in; beyond them a plan says nothing useful and dates get hard to read. */
export const FIRST_START_YEAR = 1900;
export const LAST_START_YEAR = 2200;

/** A start date typed or linked: a real day "YYYY-MM-DD" (spaces around it ignored) from 1900 to 2200, else null. */
export function parseStartDate(raw: unknown): CalendarDate | null {
  const date = parseIsoDate(typeof raw === 'string' ? raw.trim() : raw);
  return date && date.year >= FIRST_START_YEAR && date.year <= LAST_START_YEAR ? date : null;
}
export const MAX_HORIZON_MONTHS = 120;

/** A horizon typed by the reader or read from a link: whole months from 1 to 120, else null. */
export const parseHorizon = (raw: unknown): number | null => parseIntInRange(raw, 1, MAX_HORIZON_MONTHS);

/** What a link may set; a missing or invalid parameter is left undefined so the caller falls back. */
export interface TimelineQuery {
  from?: number;
  to?: number;
  hours?: number;
  start?: CalendarDate;
  horizon?: number;
}

/** Reads each parameter on its own, so one bad value does not discard the others. */
export function decodeTimelineQuery(params: Record<string, string>, levelCount: number): TimelineQuery {
  const query: TimelineQuery = {};
  const from = parseIntInRange(params.from, 1, levelCount);
  const to = parseIntInRange(params.to, 1, levelCount);
  const hours = readHoursPerWeek(params.hours);
  const start = parseStartDate(params.start);
  const horizon = parseHorizon(params.horizon);
  if (from !== null) query.from = from;
  if (to !== null) query.to = to;
  if (hours !== null) query.hours = hours;
  if (start !== null) query.start = start;
  if (horizon !== null) query.horizon = horizon;
  return query;
}

/** The text of the values a link carries as written, so a refused one reopens with the same message. */
export type WrittenValues = Partial<Record<'hours' | 'start' | 'horizon', string>>;

/** The hours, start and horizon of a link's query as written (trimmed, cut short), for the fields to show. */
export function writtenValues(params: Record<string, string>): WrittenValues {
  const written: WrittenValues = {};
  for (const key of ['hours', 'start', 'horizon'] as const) {
    const text = linkText(params[key]);
    if (text) written[key] = text;
  }
  return written;
}

/**
 * "?from=1&to=3&hours=20&start=2027-03-01&horizon=24": numbers written exactly, a refused value (text) as written,
 * undefined values left out.
 */
export function encodeTimelineQuery(query: TimelineQuery | { [K in keyof TimelineQuery]?: TimelineQuery[K] | string }): string {
  const write = (value: number | string | undefined) => (typeof value === 'number' ? formatNumber(value) : value || undefined);
  return buildQuery({
    from: query.from,
    to: query.to,
    hours: write(query.hours),
    start: typeof query.start === 'object' ? toIsoDate(query.start) : write(query.start),
    horizon: write(query.horizon),
  });
}
