// What "This week" needs to show at load, kept in localStorage beside the log: each day's totals over the last two
// weeks and, once the reader follows payouts, what was owed when the log last worked it out. Opening the log itself
// (IndexedDB and the checks on every record) takes more script than a page may load at once, so the log's store
// writes this copy on every change and the page reads it first. Only a copy: anything wrong in it is dropped, and the
// log, opened, writes it again. The log writes it with snapshotOf (./weeks.ts), which the page loads only with the
// log. Pure.
import { addDays, isIsoDate } from '../core/dates';
import type { DayTotals } from './week-glance';

export const WEEK_SNAPSHOT_KEY = 'ladder:work-log:week:v1';

/** Days kept up to the day written: any week that contains a later day starts on one of them. */
export const DAYS_KEPT = 14;
/** A stored copy with more days than this was not written by the log: it is dropped. */
const MAX_DAYS = 60;
/** Hours in a day's totals above this (every platform together) are not a day's work: the copy is dropped. */
const MAX_DAY_HOURS = 48;

/** What was owed (US dollars) on the day the log worked it out, and how much of it was overdue then. */
export interface OwedOn {
  on: string;
  amount: number;
  overdue: number;
}

export interface WeekSnapshot {
  /** The reader's day when the log wrote it. */
  writtenOn: string;
  /** Each day's totals from 13 days before `writtenOn`, oldest first; days with nothing logged are left out. */
  days: DayTotals[];
  /** Null until the payouts part works it out after the log's last change, and always without payouts. */
  owed: OwedOn | null;
}

/** Whether the copy holds every day of a week starting on `from` (it does unless the clock went back a week). */
export const snapshotCovers = (snapshot: WeekSnapshot, from: string): boolean => from >= addDays(snapshot.writtenOn, -(DAYS_KEPT - 1));

const amount = (value: unknown, max = Number.MAX_SAFE_INTEGER): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max;

function readDay(value: unknown): DayTotals | null {
  const day = value as Partial<DayTotals> | null;
  if (typeof day !== 'object' || day === null || !isIsoDate(day.date)) return null;
  if (!amount(day.paidHours, MAX_DAY_HOURS) || !amount(day.unpaidHours, MAX_DAY_HOURS) || !amount(day.earnings)) return null;
  return { date: day.date, paidHours: day.paidHours, unpaidHours: day.unpaidHours, earnings: day.earnings };
}

/** The stored copy, or null when it is missing or anything in it is wrong (the log then writes it again). */
export function readWeekSnapshot(value: unknown): WeekSnapshot | null {
  const snapshot = value as Partial<WeekSnapshot> | null;
  if (typeof snapshot !== 'object' || snapshot === null || !isIsoDate(snapshot.writtenOn)) return null;
  if (!Array.isArray(snapshot.days) || snapshot.days.length > MAX_DAYS) return null;
  const days = snapshot.days.map(readDay);
  if (days.some((day) => day === null)) return null;
  const owed = snapshot.owed as Partial<OwedOn> | null | undefined;
  const owedRead = owed && isIsoDate(owed.on) && amount(owed.amount) && amount(owed.overdue, owed.amount) ? { on: owed.on, amount: owed.amount, overdue: owed.overdue } : null;
  return { writtenOn: snapshot.writtenOn, days: days as DayTotals[], owed: owedRead };
}
