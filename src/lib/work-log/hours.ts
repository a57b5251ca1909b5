// "Where your hours go": per platform over the last 12 weeks, what an hour paid as advertised (earnings ÷ paid hours)
// and once unpaid time counts (earnings ÷ all hours), unpaid time by kind, and the weeks under the reader's floor.
// Pure.
import { addDays } from '../core/dates';
import type { Weekday } from '../core/weekdays';
import type { EntryFields } from './fields';
import { hoursAndPay, type HoursAndPay } from './weeks';
import { weekOf } from './week-glance';

const within = (entry: EntryFields, from: string, to: string) => entry.date >= from && entry.date <= to;

/** One platform over the last weeks: the whole span, each week, and the weeks under the reader's floor. */
export interface PlatformWeeks {
  platform: string;
  total: HoursAndPay;
  /** Oldest first; weeks with no entry on the platform have no hours and no rates. */
  weeks: (HoursAndPay & { from: string; to: string; belowFloor: boolean })[];
  /** Two weeks in a row (or more) under the floor, the latest such run: its weeks, oldest first; empty with none. */
  belowFloorRun: { from: string; effectiveRate: number }[];
}

/**
 * Per platform, the last `count` weeks ending with this week: where the hours went and what an hour paid, each week
 * marked when its effective rate is under `floor` (US dollars an hour; null: no floor). Platforms with the most
 * hours first.
 */
export function whereHoursGo(entries: readonly EntryFields[], today: string, weekStart: Weekday, floor: number | null, count = 12): PlatformWeeks[] {
  const last = weekOf(today, weekStart);
  const starts = Array.from({ length: count }, (_, index) => addDays(last.from, (index - count + 1) * 7));
  const first = starts[0]!;
  const byPlatform = new Map<string, EntryFields[]>();
  for (const entry of entries) {
    if (entry.date < first || entry.date > last.to) continue;
    const list = byPlatform.get(entry.platform);
    if (list) list.push(entry);
    else byPlatform.set(entry.platform, [entry]);
  }
  return [...byPlatform]
    .map(([platform, list]): PlatformWeeks => {
      const weeks = starts.map((from) => {
        const to = addDays(from, 6);
        const week = hoursAndPay(list.filter((entry) => within(entry, from, to)));
        return { ...week, from, to, belowFloor: floor !== null && week.effectiveRate !== null && week.effectiveRate < floor };
      });
      // The latest run of two or more weeks in a row under the floor.
      let run: typeof weeks = [];
      let latest: typeof weeks = [];
      for (const week of weeks) {
        run = week.belowFloor ? [...run, week] : [];
        if (run.length >= 2) latest = run;
      }
      return {
        platform,
        total: hoursAndPay(list),
        weeks,
        belowFloorRun: latest.map((week) => ({ from: week.from, effectiveRate: week.effectiveRate! })),
      };
    })
    .sort((a, b) => b.total.paidHours + b.total.unpaidHours - (a.total.paidHours + a.total.unpaidHours));
}
