// Every expected value below is worked by hand from the seven entries in LOG (comments show the sums).
import { describe, expect, it } from 'vitest';
import { unsplit, type EntryFields } from '../../src/lib/work-log/fields';
import {
  activityStrip,
  effectiveRate,
  meanQuality,
  qualitySeries,
  ratesByPlatform,
  readinessFeed,
  coveredSpan,
  recentPay,
  recentWeeklyHours,
  rejectionRate,
  weeklyTotals,
  windowEnding,
} from '../../src/lib/work-log/figures';

const entry = (date: string, platform: string, paidHours: number, unpaidHours: number, tasks: number, earningsUsd: number, qualityPct: number | null, rejected: number | null): EntryFields => ({
  date, platform, project: '', level: 1, paidHours, unpaidHours, ...unsplit(unpaidHours), tasks, earningsUsd, qualityPct, rejected, notes: '',
});

// "Today" is 3 January 2026, so every window below crosses the year end.
const TODAY = '2026-01-03';
const LOG: EntryFields[] = [
  entry('2026-01-03', 'Appen', 2, 1, 10, 30, 90, 1), // A: two entries on one day
  entry('2026-01-03', 'Appen', 1, 0, 30, 20, 80, 3), // B
  entry('2025-12-31', 'Mercor', 4, 0, 0, 100, null, null), // C: hours but no tasks
  entry('2025-12-28', 'Appen', 3, 1, 20, 40, 70, null), // D
  entry('2025-12-27', 'Appen', 1, 0, 1, 5, 100, null), // H
  entry('2025-12-05', 'Other', 0, 2, 5, 0, null, 0), // E: first day of the 30-day window
  entry('2025-12-04', 'Braintrust', 0, 0, 3, 12, null, null), // F: zero hours, one day before the window
];

describe('windows and dates', () => {
  it('counts whole calendar days across the year end', () => {
    expect(windowEnding(TODAY, 30)).toEqual({ from: '2025-12-05', to: '2026-01-03' });
    expect(windowEnding('2024-03-01', 2)).toEqual({ from: '2024-02-29', to: '2024-03-01' });
  });
});

describe('activityStrip', () => {
  it('marks days with at least one task, oldest first', () => {
    const { days, active } = activityStrip(LOG, TODAY);
    // Active: 3 Jan (10 + 30 tasks), 28 Dec (20), 27 Dec (1), 5 Dec (5). 31 Dec had hours but no task; 4 Dec is outside.
    expect(active).toBe(4);
    expect(days).toHaveLength(30);
    expect(days[0]).toEqual({ date: '2025-12-05', tasks: 5, active: true });
    expect(days[29]).toEqual({ date: '2026-01-03', tasks: 40, active: true });
    expect(days.find((d) => d.date === '2025-12-31')).toEqual({ date: '2025-12-31', tasks: 0, active: false });
  });

  it('counts a day with paid hours and no task count given as active', () => {
    const quick = { ...entry('2026-01-02', 'Appen', 2, 0, 0, 20, null, null), tasks: null };
    const idle = { ...entry('2026-01-01', 'Appen', 0, 1, 0, 0, null, null), tasks: null };
    const { days, active } = activityStrip([quick, idle], TODAY);
    expect(active).toBe(1);
    expect(days.slice(-3).map((day) => day.active)).toEqual([false, true, false]);
  });

  it('is all inactive for an empty log', () => {
    expect(activityStrip([], TODAY).active).toBe(0);
  });
});

describe('weeklyTotals', () => {
  it('sums 7-day weeks ending today', () => {
    // Week 2 (28 Dec–3 Jan): paid D3 + C4 + A2 + B1 = 10, unpaid D1 + A1 = 2, tasks 20 + 0 + 10 + 30 = 60.
    // Week 1 (21–27 Dec): H only.
    expect(weeklyTotals(LOG, TODAY, 2)).toEqual([
      { from: '2025-12-21', to: '2025-12-27', paidHours: 1, unpaidHours: 0, tasks: 1 },
      { from: '2025-12-28', to: '2026-01-03', paidHours: 10, unpaidHours: 2, tasks: 60 },
    ]);
  });

  it('puts early December in the first of five weeks', () => {
    // 30 Nov–6 Dec holds E (0 paid, 2 unpaid, 5 tasks) and F (0, 0, 3).
    expect(weeklyTotals(LOG, TODAY, 5)[0]).toEqual({ from: '2025-11-30', to: '2025-12-06', paidHours: 0, unpaidHours: 2, tasks: 8 });
    expect(weeklyTotals(LOG, TODAY)).toHaveLength(12);
  });
});

describe('quality', () => {
  it('weights a day of several entries by tasks', () => {
    // (90 × 10 + 80 × 30) ÷ 40 = 3300 ÷ 40 = 82.5
    expect(meanQuality(LOG.slice(0, 2))).toBe(82.5);
  });

  it('takes the plain mean when no entry counted tasks, and null without scores', () => {
    expect(meanQuality([entry(TODAY, 'Appen', 1, 0, 0, 0, 80, null), entry(TODAY, 'Appen', 1, 0, 0, 0, 90, null)])).toBe(85);
    expect(meanQuality([LOG[2]!])).toBeNull();
  });

  it('gives each scored day with the mean of the scored days in its 7-day window', () => {
    // 27 Dec: 100 (window 21–27 Dec: itself). 28 Dec: 70, window 22–28 Dec: (100 + 70) ÷ 2 = 85.
    // 3 Jan: 82.5, window 28 Dec–3 Jan: (70 + 82.5) ÷ 2 = 76.25 (27 Dec is 7 days back, outside).
    expect(qualitySeries(LOG, TODAY)).toEqual([
      { date: '2025-12-27', score: 100, average7: 100 },
      { date: '2025-12-28', score: 70, average7: 85 },
      { date: '2026-01-03', score: 82.5, average7: 76.25 },
    ]);
  });

  it('averages in days just before the shown range', () => {
    // Shown: the last 7 days (28 Dec–3 Jan); 27 Dec still counts in 28 Dec's average.
    expect(qualitySeries(LOG, TODAY, 7)[0]).toEqual({ date: '2025-12-28', score: 70, average7: 85 });
  });
});

describe('rejectionRate', () => {
  it('divides rejected by the tasks of the entries that record rejections', () => {
    // A 1 of 10, B 3 of 30, E 0 of 5 → 4 of 45.
    expect(rejectionRate(LOG)).toEqual({ rejected: 4, tasks: 45, rate: 4 / 45 });
    expect(rejectionRate([LOG[2]!]).rate).toBeNull();
  });
});

describe('effective hourly rate', () => {
  it('divides earnings by paid plus unpaid hours', () => {
    // Earnings 30 + 20 + 100 + 40 + 5 + 0 + 12 = 207; hours 3 + 1 + 4 + 4 + 1 + 2 + 0 = 15 → 13.8 an hour.
    expect(effectiveRate(LOG)).toEqual({ earnings: 207, hours: 15, rate: 13.8 });
  });

  it('gives each platform its own rate, none for a platform with zero hours', () => {
    // Appen: (30 + 20 + 40 + 5) ÷ (3 + 1 + 4 + 1) = 95 ÷ 9. Braintrust: $12 over 0 hours → no rate. Mercor 100 ÷ 4. Other 0 ÷ 2.
    expect(ratesByPlatform(LOG)).toEqual([
      { platform: 'Appen', earnings: 95, hours: 9, rate: 95 / 9 },
      { platform: 'Braintrust', earnings: 12, hours: 0, rate: null },
      { platform: 'Mercor', earnings: 100, hours: 4, rate: 25 },
      { platform: 'Other', earnings: 0, hours: 2, rate: 0 },
    ]);
  });
});

describe('feeds for the other tools', () => {
  it('gives the readiness check its three figures with their dates', () => {
    // Quality over 5 Dec–3 Jan: (90×10 + 80×30 + 70×20 + 100×1) ÷ (10 + 30 + 20 + 1) = 4800 ÷ 61.
    // Tasks over the whole log: 10 + 30 + 0 + 20 + 1 + 5 + 3 = 69, from 4 Dec to 3 Jan.
    expect(readinessFeed(LOG, TODAY)).toEqual({
      activeDaysLast30: 4,
      qualityScorePercent: 4800 / 61,
      activity: { from: '2025-12-05', to: '2026-01-03' },
      tasksCompleted: 69,
      tasks: { from: '2025-12-04', to: '2026-01-03' },
    });
    expect(readinessFeed([], TODAY)).toBeNull();
  });

  it('gives the last four weeks’ pay per paid hour, unpaid hours a week and paid hours a week', () => {
    // The log began 4 Dec, before the window: it covers all 28 days, 7 Dec–3 Jan, 4 weeks. They hold A, B, C, D, H.
    // Level 1 (all of them): earnings 30 + 20 + 100 + 40 + 5 = 195 over paid 2 + 1 + 4 + 3 + 1 = 11 → 17.727…;
    // unpaid 1 + 0 + 0 + 1 + 0 = 2 → 0.5 a week; paid 11 → 2.75 a week.
    const span = { from: '2025-12-07', to: '2026-01-03', days: 28, weeks: 4 };
    expect(coveredSpan(LOG, TODAY)).toEqual(span);
    expect(recentPay(LOG, TODAY, 1)).toEqual({ ...span, ratePerPaidHour: 195 / 11, unpaidPerWeek: 0.5, entries: 5, level: 1 });
    expect(recentWeeklyHours(LOG, TODAY)).toEqual({ hours: 2.75, ...span });
    // No entry at Level 2: every entry counts, and the level says so.
    expect(recentPay(LOG, TODAY, 2)).toMatchObject({ entries: 5, level: null });
  });

  it('averages over the days the log covers, a week at least: one 8-hour day is 8 hours a week, not 2', () => {
    const oneDay = [entry(TODAY, 'Appen', 8, 0, 10, 80, null, null)];
    expect(coveredSpan(oneDay, TODAY)).toEqual({ from: TODAY, to: TODAY, days: 1, weeks: 1 });
    expect(recentWeeklyHours(oneDay, TODAY)?.hours).toBe(8);
    // Begun 13 days ago: 14 days, 2 weeks; 8 + 8 paid hours → 8 a week.
    const twoWeeks = [...oneDay, entry('2025-12-21', 'Appen', 8, 0, 10, 80, null, null)];
    expect(recentWeeklyHours(twoWeeks, TODAY)).toMatchObject({ hours: 8, days: 14, weeks: 2 });
  });

  it('has nothing to give when the last four weeks are empty', () => {
    expect(recentPay(LOG, '2026-06-01', 1)).toBeNull();
    expect(recentWeeklyHours(LOG, '2026-06-01')).toBeNull();
    // Hours only unpaid: no pay per paid hour and no paid hours, but the unpaid time.
    const unpaidOnly = [entry(TODAY, 'Other', 0, 2, 0, 0, null, null)];
    expect(recentPay(unpaidOnly, TODAY, 1)).toMatchObject({ ratePerPaidHour: null, unpaidPerWeek: 2 });
    expect(recentWeeklyHours(unpaidOnly, TODAY)).toBeNull();
  });
});
