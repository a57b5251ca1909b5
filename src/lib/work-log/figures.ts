// The work log's figures: the bars the guide names (daily activity, quality, volume), weekly hours, rejection rate
// and the effective hourly rate once unpaid time is counted. Windows end on `today` (the reader's local date,
// "YYYY-MM-DD") and count whole calendar days, so no time zone can move an entry to another day.
import type { EntryFields } from './fields';
import { dayNumber, isoOfDay } from '../core/dates';

/** The `days` calendar days ending on `today`, oldest first: first and last date. */
export function windowEnding(today: string, days: number): { from: string; to: string } {
  return { from: isoOfDay(dayNumber(today) - days + 1), to: today };
}

const within = (entry: EntryFields, from: string, to: string) => entry.date >= from && entry.date <= to;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export interface StripDay {
  date: string;
  /** Tasks counted that day (entries that gave no count add none). */
  tasks: number;
  /**
   * At least one task completed that day (the readiness check's definition of an active day), or paid work logged by
   * a quick entry, which gives no task count.
   */
  active: boolean;
}

/** The last `days` days, oldest first, each with its tasks; the count of active ones is the consistency figure. */
export function activityStrip(entries: readonly EntryFields[], today: string, days = 30): { days: StripDay[]; active: number } {
  const first = dayNumber(today) - days + 1;
  const tasks = new Array<number>(days).fill(0);
  const worked = new Array<boolean>(days).fill(false);
  for (const entry of entries) {
    const index = dayNumber(entry.date) - first;
    if (index < 0 || index >= days) continue;
    tasks[index]! += entry.tasks ?? 0;
    // A quick entry gives no task count: paid work that day is taken as active.
    if (entry.tasks === null && entry.paidHours > 0) worked[index] = true;
  }
  const strip = tasks.map((count, index) => ({ date: isoOfDay(first + index), tasks: count, active: count > 0 || worked[index]! }));
  return { days: strip, active: strip.filter((day) => day.active).length };
}

export interface WeekTotals {
  /** First and last day of the 7-day week. */
  from: string;
  to: string;
  paidHours: number;
  unpaidHours: number;
  tasks: number;
}

/** Totals for the last `weeks` 7-day weeks ending on `today`, oldest first. */
export function weeklyTotals(entries: readonly EntryFields[], today: string, weeks = 12): WeekTotals[] {
  const end = dayNumber(today);
  const first = end - weeks * 7 + 1;
  const totals: WeekTotals[] = Array.from({ length: weeks }, (_, index) => ({
    from: isoOfDay(first + index * 7),
    to: isoOfDay(first + index * 7 + 6),
    paidHours: 0,
    unpaidHours: 0,
    tasks: 0,
  }));
  for (const entry of entries) {
    const offset = dayNumber(entry.date) - first;
    if (offset < 0 || offset > end - first) continue;
    const week = totals[Math.floor(offset / 7)]!;
    week.paidHours += entry.paidHours;
    week.unpaidHours += entry.unpaidHours;
    week.tasks += entry.tasks ?? 0;
  }
  return totals;
}

/**
 * A quality score for a set of entries: the mean weighted by tasks (a 90% day of 100 tasks counts more than a 50%
 * one of 2), or the plain mean when none of them counted tasks. Null when no entry gave a score.
 */
export function meanQuality(entries: readonly EntryFields[]): number | null {
  const scored = entries.filter((entry) => entry.qualityPct !== null);
  if (scored.length === 0) return null;
  const weight = sum(scored.map((entry) => entry.tasks ?? 0));
  if (weight === 0) return sum(scored.map((entry) => entry.qualityPct!)) / scored.length;
  return sum(scored.map((entry) => entry.qualityPct! * (entry.tasks ?? 0))) / weight;
}

export interface QualityPoint {
  date: string;
  /** That day's score (meanQuality of its entries). */
  score: number;
  /** Mean of the daily scores in the 7 days ending on this one (days without a score left out). */
  average7: number;
}

/** Each day with a quality score in the last `days` days, oldest first. */
export function qualitySeries(entries: readonly EntryFields[], today: string, days = 84): QualityPoint[] {
  const { from } = windowEnding(today, days + 6);
  const byDate = new Map<string, EntryFields[]>();
  for (const entry of entries) {
    if (entry.qualityPct === null || !within(entry, from, today)) continue;
    const list = byDate.get(entry.date);
    if (list) list.push(entry);
    else byDate.set(entry.date, [entry]);
  }
  const daily = [...byDate.entries()]
    .map(([date, list]) => ({ date, day: dayNumber(date), score: meanQuality(list)! }))
    .sort((a, b) => a.day - b.day);
  const shownFrom = dayNumber(today) - days + 1;
  return daily
    .filter((point) => point.day >= shownFrom)
    .map((point) => {
      const week = daily.filter((other) => other.day <= point.day && other.day > point.day - 7);
      return { date: point.date, score: point.score, average7: sum(week.map((other) => other.score)) / week.length };
    });
}

export interface RejectionRate {
  rejected: number;
  /** Tasks of the entries that recorded rejections. */
  tasks: number;
  /** rejected ÷ tasks, 0 to 1; null without tasks. */
  rate: number | null;
}

/** Rejected share of tasks, over the entries that say how many were rejected. */
export function rejectionRate(entries: readonly EntryFields[]): RejectionRate {
  const counted = entries.filter((entry) => entry.rejected !== null);
  const rejected = sum(counted.map((entry) => entry.rejected!));
  const tasks = sum(counted.map((entry) => entry.tasks ?? 0));
  return { rejected, tasks, rate: tasks > 0 ? rejected / tasks : null };
}

export interface EffectiveRate {
  earnings: number;
  /** Paid plus unpaid hours. */
  hours: number;
  /** earnings ÷ hours in dollars an hour; null when no hours were logged. */
  rate: number | null;
}

export function effectiveRate(entries: readonly EntryFields[]): EffectiveRate {
  const earnings = sum(entries.map((entry) => entry.earningsUsd));
  const hours = sum(entries.map((entry) => entry.paidHours + entry.unpaidHours));
  return { earnings, hours, rate: hours > 0 ? earnings / hours : null };
}

/** The effective rate on each platform, platforms in alphabetical order. */
export function ratesByPlatform(entries: readonly EntryFields[]): ({ platform: string } & EffectiveRate)[] {
  const byPlatform = new Map<string, EntryFields[]>();
  for (const entry of entries) {
    const list = byPlatform.get(entry.platform);
    if (list) list.push(entry);
    else byPlatform.set(entry.platform, [entry]);
  }
  return [...byPlatform.keys()].sort().map((platform) => ({ platform, ...effectiveRate(byPlatform.get(platform)!) }));
}

/** The readiness check's three figures from the log, with the dates each covers; null where the log has nothing. */
export interface ReadinessFeed {
  activeDaysLast30: number;
  /** Task-weighted quality score over the same 30 days; null if no entry there gave one. */
  qualityScorePercent: number | null;
  activity: { from: string; to: string };
  /** Every task in the log, from its first entry to its last. */
  tasksCompleted: number;
  tasks: { from: string; to: string };
}

export function readinessFeed(entries: readonly EntryFields[], today: string): ReadinessFeed | null {
  if (entries.length === 0) return null;
  const activity = windowEnding(today, 30);
  const dates = entries.map((entry) => entry.date).sort();
  return {
    activeDaysLast30: activityStrip(entries, today, 30).active,
    qualityScorePercent: meanQuality(entries.filter((entry) => within(entry, activity.from, activity.to))),
    activity,
    tasksCompleted: sum(entries.map((entry) => entry.tasks ?? 0)),
    tasks: { from: dates[0]!, to: dates[dates.length - 1]! },
  };
}

/** The last four weeks (28 days ending today), the window the pay estimator and the timeline take. */
export const FEED_DAYS = 28;

/**
 * The part of the last four weeks the log actually covers: from the later of the window's first day and the log's
 * first entry, to today. `weeks` is its length in weeks, at least one, so a log begun yesterday does not read as a week
 * of work squeezed into a day.
 */
export interface CoveredSpan {
  from: string;
  to: string;
  days: number;
  weeks: number;
}

export function coveredSpan(entries: readonly EntryFields[], today: string): CoveredSpan {
  const fourWeeks = windowEnding(today, FEED_DAYS);
  const first = entries.reduce((earliest, entry) => (entry.date < earliest ? entry.date : earliest), today);
  const from = first > fourWeeks.from ? first : fourWeeks.from;
  const days = dayNumber(today) - dayNumber(from) + 1;
  return { from, to: today, days, weeks: Math.max(days, 7) / 7 };
}

/** Paid hours a week over the part of the last four weeks the log covers; null when it has no paid hours there. */
export function recentWeeklyHours(entries: readonly EntryFields[], today: string): ({ hours: number } & CoveredSpan) | null {
  const span = coveredSpan(entries, today);
  const paid = sum(entries.filter((entry) => within(entry, span.from, span.to)).map((entry) => entry.paidHours));
  return paid > 0 ? { hours: paid / span.weeks, ...span } : null;
}

/**
 * What the log says of pay over the part of the last four weeks it covers, for the pay estimator: the pay per paid
 * hour and the unpaid hours a week, apart (the estimator counts unpaid time itself, so the two must not be mixed). Only
 * the entries at `level` count when the log has some there; else every entry, and `level` is null.
 */
export interface RecentPay extends CoveredSpan {
  /** Earnings ÷ paid hours; null without paid hours. */
  ratePerPaidHour: number | null;
  /** Unpaid hours ÷ the weeks covered. */
  unpaidPerWeek: number;
  /** How many entries these figures come from. */
  entries: number;
  /** The level the entries were taken at, or null when they are all the log's entries of the span. */
  level: number | null;
}

export function recentPay(entries: readonly EntryFields[], today: string, level: number): RecentPay | null {
  const span = coveredSpan(entries, today);
  const inSpan = entries.filter((entry) => within(entry, span.from, span.to));
  if (inSpan.length === 0) return null;
  const atLevel = inSpan.filter((entry) => entry.level === level);
  const used = atLevel.length > 0 ? atLevel : inSpan;
  const paid = sum(used.map((entry) => entry.paidHours));
  return {
    ...span,
    ratePerPaidHour: paid > 0 ? sum(used.map((entry) => entry.earningsUsd)) / paid : null,
    unpaidPerWeek: sum(used.map((entry) => entry.unpaidHours)) / span.weeks,
    entries: used.length,
    level: atLevel.length > 0 ? level : null,
  };
}
