// "This week" at a glance, from each day's totals: hours, earnings, what an hour really paid and the goal's progress.
// Weeks start on the day the reader chooses (Monday by default) and count whole calendar days. Small on purpose: it
// loads with the work log page, which shows the week before the log itself is read (./week-snapshot.ts). Pure.
import { addDays, dayOfWeek } from '../core/dates';
import { WEEKDAYS, type Weekday } from '../core/weekdays';

export const cents = (value: number) => Math.round(value * 100) / 100;

/** The first and last day of the week that contains `day`, a week starting on `weekStart`. */
export function weekOf(day: string, weekStart: Weekday): { from: string; to: string } {
  const from = addDays(day, -((dayOfWeek(day) - WEEKDAYS.indexOf(weekStart) + 7) % 7));
  return { from, to: addDays(from, 6) };
}

/** A goal for the week: paid hours, or earnings in US dollars. */
export interface WeeklyGoal {
  kind: 'paidHours' | 'earnings';
  amount: number;
}

/** One day's totals over every platform. */
export interface DayTotals {
  /** "YYYY-MM-DD". */
  date: string;
  paidHours: number;
  unpaidHours: number;
  /** US dollars. */
  earnings: number;
}

/** What the reader's settings say about their week. */
export interface WeekSettings {
  weekStart: Weekday;
  goal: WeeklyGoal | null;
}

/** The week that contains today, at a glance: hours, earnings, what an hour paid, and the goal's progress. */
export interface WeekGlance {
  paidHours: number;
  unpaidHours: number;
  earnings: number;
  /** Earnings ÷ paid hours; null with no paid hours. */
  advertisedRate: number | null;
  /** Earnings ÷ all hours; null with no hours at all. */
  effectiveRate: number | null;
  from: string;
  to: string;
  /** Share of the goal reached, 0 upwards (1 = reached); null with no goal. */
  goalShare: number | null;
}

export function weekGlance(days: readonly DayTotals[], today: string, { weekStart, goal }: WeekSettings): WeekGlance {
  const { from, to } = weekOf(today, weekStart);
  let paidHours = 0;
  let unpaidHours = 0;
  let earnings = 0;
  for (const day of days) {
    if (day.date < from || day.date > to) continue;
    paidHours += day.paidHours;
    unpaidHours += day.unpaidHours;
    earnings += day.earnings;
  }
  const all = paidHours + unpaidHours;
  const done = goal === null ? 0 : goal.kind === 'paidHours' ? paidHours : earnings;
  return {
    from,
    to,
    paidHours: cents(paidHours),
    unpaidHours: cents(unpaidHours),
    earnings: cents(earnings),
    advertisedRate: paidHours > 0 ? earnings / paidHours : null,
    effectiveRate: all > 0 ? earnings / all : null,
    goalShare: goal === null ? null : cents(done) / goal.amount,
  };
}

