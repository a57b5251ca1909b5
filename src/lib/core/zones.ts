// Clocks in other time zones: a week a platform sets in its own zone (Mercor's pay week, in India Standard Time) as
// instants, and those instants on the reader's clock. Worked out with each zone's IANA name through Intl, so summer
// time on either side is honoured. Apart from the calendar (./dates.ts), which it does not need: the pages that show
// such a week load only this.
import { WEEKDAYS, type Weekday } from './weekdays';

/** A time of day on a 24-hour clock, "HH:MM": "00:00" to "23:59". */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

const MINUTE_MS = 60_000;
const DAY_MINUTES = 1440;

interface WallClock {
  year: number;
  /** 1 (January) to 12. */
  month: number;
  day: number;
  /** 0 (Sunday) to 6. */
  weekday: number;
  /** Minutes since midnight. */
  minutes: number;
}

const numericFormats = new Map<string, Intl.DateTimeFormat>();
const wordFormats = new Map<string, Intl.DateTimeFormat>();

function formatFor(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = cache.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', ...options });
    cache.set(timeZone, format);
  }
  return format;
}

function partsOf(format: Intl.DateTimeFormat, instant: Date): Record<string, string> {
  return Object.fromEntries(format.formatToParts(instant).map(({ type, value }) => [type, value]));
}

/** What a zone's clocks and calendar show at an instant. */
function wallClock(instant: Date, timeZone: string): WallClock {
  const numeric = { year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short', hour: 'numeric', minute: 'numeric' } as const;
  const part = partsOf(formatFor(numericFormats, timeZone, numeric), instant);
  return {
    year: Number(part.year),
    month: Number(part.month),
    day: Number(part.day),
    weekday: WEEKDAYS.findIndex((name) => name.startsWith(part.weekday ?? '')),
    minutes: (Number(part.hour) % 24) * 60 + Number(part.minute),
  };
}

/** Minutes a zone's clocks are ahead of UTC at an instant: Asia/Kolkata 330; America/New_York −240 in July, −300 in January. */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const clock = wallClock(instant, timeZone);
  const wallAsUtc = Date.UTC(clock.year, clock.month - 1, clock.day) + clock.minutes * MINUTE_MS;
  return Math.round((wallAsUtc - Math.floor(instant.getTime() / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

/**
 * The instant a zone's clocks show a day ("YYYY-MM-DD") and time (minutes after midnight): 2026-12-05 00:00 in
 * Asia/Kolkata is 2026-12-04T18:30Z. The offset is read at the instant itself, so a clock change that day is honoured.
 */
export function instantInZone(iso: string, minutes: number, timeZone: string): Date {
  const wall = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + minutes * MINUTE_MS;
  const first = wall - zoneOffsetMinutes(new Date(wall), timeZone) * MINUTE_MS;
  return new Date(wall - zoneOffsetMinutes(new Date(first), timeZone) * MINUTE_MS);
}

/** A week a platform sets in its own time zone: it starts on `startDay` at `startTime` ("HH:MM") there. */
export interface ZonedWeek {
  /** IANA name of the zone, e.g. "Asia/Kolkata". */
  zone: string;
  startDay: Weekday;
  startTime: string;
}

/** "YYYY-MM-DD" of a UTC calendar day given as milliseconds. */
const isoOf = (utcMidnight: number): string => new Date(utcMidnight).toISOString().slice(0, 10);

/** The first and last minute of the zone's week that contains `now`, as instants. */
export function currentZonedWeek(week: ZonedWeek, now: Date): { start: Date; last: Date } {
  const startMinutes = Number(week.startTime.slice(0, 2)) * 60 + Number(week.startTime.slice(3, 5));
  const here = wallClock(now, week.zone);
  let daysBack = (here.weekday - WEEKDAYS.indexOf(week.startDay) + 7) % 7;
  // On the start day itself, before the start time, the week is still last week's.
  if (daysBack === 0 && here.minutes < startMinutes) daysBack = 7;
  const startDay = Date.UTC(here.year, here.month - 1, here.day - daysBack);
  const start = instantInZone(isoOf(startDay), startMinutes, week.zone);
  const next = instantInZone(isoOf(startDay + 7 * DAY_MINUTES * MINUTE_MS), startMinutes, week.zone);
  return { start, last: new Date(next.getTime() - MINUTE_MS) };
}

/** An instant on a zone's clocks, in words: "Friday 4 December, 18:30". */
export function formatWallClock(instant: Date, timeZone: string): string {
  const words = { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' } as const;
  const part = partsOf(formatFor(wordFormats, timeZone, words), instant);
  return `${part.weekday} ${part.day} ${part.month}, ${part.hour}:${part.minute}`;
}

/** Whether two IANA names are one zone: browsers may report an older alias ("Asia/Calcutta" for "Asia/Kolkata"). */
export function sameTimeZone(a: string, b: string): boolean {
  const canonical = (zone: string) => new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  return a === b || canonical(a) === canonical(b);
}

/** Whether a text is an IANA time zone this browser or Node knows ("Asia/Kolkata"). */
export function isTimeZone(text: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: text });
    return true;
  } catch {
    return false;
  }
}
