// The one calendar: month names, ISO dates, adding months and days, and "today". Dates are plain year/month/day values
// or "YYYY-MM-DD" strings, so no time zone can shift them; "today" is the reader's own date in their own time zone,
// and the date in another zone (a platform's) is read with that zone's IANA name. A platform's week on the reader's
// clock is worked out in ./zones.ts, apart, so the pages that show one load none of the calendar, and the calendar's
// pages none of the zone code.

export interface CalendarDate {
  year: number;
  /** 1 (January) to 12 (December). */
  month: number;
  day: number;
}

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const DAY_MS = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A strict "YYYY-MM-DD" that names a real day (no spaces, no 31 April, 29 February only in leap years), else null. */
export function parseIsoDate(text: unknown): CalendarDate | null {
  if (typeof text !== 'string') return null;
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return null;
  return day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/** Whether a text is a real day written "YYYY-MM-DD". */
export const isIsoDate = (text: unknown): text is string => parseIsoDate(text) !== null;

export function toIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * Moves a date by whole calendar months. A day the target month lacks becomes its last day
 * (31 January + 1 month = 28 or 29 February), the usual convention for monthly anniversaries.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Days since 1970-01-01 of a "YYYY-MM-DD" date, for counting and comparing days. */
export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

/** The "YYYY-MM-DD" of a day number (see dayNumber). */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day of the week of a "YYYY-MM-DD" date, 0 (Sunday) to 6, as `Date#getUTCDay` numbers it (1970-01-01 was a Thursday). */
export const dayOfWeek = (iso: string): number => (((dayNumber(iso) + 4) % 7) + 7) % 7;

/** The date `days` days after (or before, when negative) a "YYYY-MM-DD" date. */
export const addDays = (iso: string, days: number): string => isoOfDay(dayNumber(iso) + days);

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date at `now` in an IANA time zone ("Asia/Kolkata"). */
export function dateInZone(now: Date, timeZone: string): CalendarDate {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    zoneFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/**
 * Today as "YYYY-MM-DD": the reader's own date in their own time zone, the day they would write in a diary. A reader
 * at UTC−8 at 23:30 is still on their day, whatever the date in UTC. Everything that says "today" (the timeline's
 * start, the work log's days, the age of a source) asks here.
 */
export function readerToday(now: Date = new Date()): string {
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** The reader's IANA time zone as their system reports it ('UTC' where it reports none): what "today" is read in. */
export const readerZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** "May 2027" */
export function formatMonthYear(date: CalendarDate): string {
  return `${MONTH_NAMES[date.month - 1]} ${date.year}`;
}

/**
 * A "YYYY-MM-DD" date, or a "YYYY-MM" month, in words: "14 March 2024", "September 2023"; with `short` months,
 * "14 Mar 2024".
 */
export function formatDate(iso: string, short = false): string {
  const name = MONTH_NAMES[Number(iso.slice(5, 7)) - 1] ?? '';
  const month = short ? name.slice(0, 3) : name;
  const year = iso.slice(0, 4);
  return iso.length === 7 ? `${month} ${year}` : `${Number(iso.slice(8, 10))} ${month} ${year}`;
}

/** "2 Dec 2026": a day in the short form lists and tables use. */
export const formatDay = (iso: string): string => formatDate(iso, true);

/** "3 Nov 2026 to 2 Dec 2026", or one day. */
export function formatSpan(from: string, to: string): string {
  return from === to ? formatDay(from) : `${formatDay(from)} to ${formatDay(to)}`;
}
