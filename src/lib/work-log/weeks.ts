// The reader's own weeks, from their log: hours and pay over any entries, each day's totals (what the page keeps to
// show the week at load, ./week-snapshot.ts) and "This week" with the set-aside. The glance at the week itself is in
// ./week-glance.ts, which loads with the page. "Where your hours go" (./hours.ts) builds on this. Pure.
import { addDays } from '../core/dates';
import { UNPAID_PARTS, type EntryFields, type UnpaidPart } from './fields';
import { cents, weekGlance, weekOf, type DayTotals, type WeekGlance, type WeekSettings } from './week-glance';
import { DAYS_KEPT, type WeekSnapshot } from './week-snapshot';

const within = (entry: EntryFields, from: string, to: string) => entry.date >= from && entry.date <= to;

/** Hours and money over some entries, with what an hour paid before and after unpaid time. */
export interface HoursAndPay {
  paidHours: number;
  unpaidHours: number;
  earnings: number;
  /** Earnings ÷ paid hours: the rate as advertised; null with no paid hours. */
  advertisedRate: number | null;
  /** Earnings ÷ (paid + unpaid hours): what an hour really paid; null with no hours at all. */
  effectiveRate: number | null;
  /** Unpaid hours by kind. */
  unpaid: Record<UnpaidPart, number>;
}

export function hoursAndPay(entries: readonly EntryFields[]): HoursAndPay {
  const unpaid = Object.fromEntries(UNPAID_PARTS.map((part) => [part, 0])) as Record<UnpaidPart, number>;
  let paidHours = 0;
  let unpaidHours = 0;
  let earnings = 0;
  for (const entry of entries) {
    paidHours += entry.paidHours;
    unpaidHours += entry.unpaidHours;
    earnings += entry.earningsUsd;
    for (const part of UNPAID_PARTS) unpaid[part] += entry[part];
  }
  const all = paidHours + unpaidHours;
  return {
    paidHours: cents(paidHours),
    unpaidHours: cents(unpaidHours),
    earnings: cents(earnings),
    advertisedRate: paidHours > 0 ? earnings / paidHours : null,
    effectiveRate: all > 0 ? earnings / all : null,
    unpaid: Object.fromEntries(UNPAID_PARTS.map((part) => [part, cents(unpaid[part])])) as Record<UnpaidPart, number>,
  };
}

/** Each day's totals, for the days from `from` on (all days without it), oldest first. */
export function dayTotals(entries: readonly EntryFields[], from = ''): DayTotals[] {
  const days = new Map<string, DayTotals>();
  for (const entry of entries) {
    if (entry.date < from) continue;
    const day = days.get(entry.date) ?? { date: entry.date, paidHours: 0, unpaidHours: 0, earnings: 0 };
    day.paidHours += entry.paidHours;
    day.unpaidHours += entry.unpaidHours;
    day.earnings += entry.earningsUsd;
    days.set(entry.date, day);
  }
  return [...days.values()]
    .map((day) => ({ date: day.date, paidHours: cents(day.paidHours), unpaidHours: cents(day.unpaidHours), earnings: cents(day.earnings) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** This week with what to put aside this week and this calendar month (to today), US dollars; null with no set-aside. */
export interface ThisWeek extends WeekGlance {
  setAsideWeek: number | null;
  setAsideMonth: number | null;
}

export function thisWeek(entries: readonly EntryFields[], today: string, settings: WeekSettings & { setAsidePct: number | null }): ThisWeek {
  const week = weekGlance(dayTotals(entries, weekOf(today, settings.weekStart).from), today, settings);
  const monthStart = `${today.slice(0, 7)}-01`;
  const monthEarnings = entries.filter((entry) => within(entry, monthStart, today)).reduce((total, entry) => total + entry.earningsUsd, 0);
  const share = (amount: number) => (settings.setAsidePct === null ? null : cents((amount * settings.setAsidePct) / 100));
  return { ...week, setAsideWeek: share(week.earnings), setAsideMonth: share(monthEarnings) };
}

/** The copy of the last two weeks' days the page shows "This week" from at load. */
export function snapshotOf(entries: readonly EntryFields[], today: string): WeekSnapshot {
  return { writtenOn: today, days: dayTotals(entries, addDays(today, -(DAYS_KEPT - 1))), owed: null };
}
