// "This week" and "Where your hours go", every expected value worked by hand from the six entries in LOG.
// Today is Wednesday 9 December 2026; with weeks starting Monday, this week is 7–13 December, the last 30 Nov–6 Dec.
import { describe, expect, it } from 'vitest';
import { unsplit, type EntryFields, type UnpaidPart } from '../../src/lib/work-log/fields';
import { hoursAndPay, snapshotOf, thisWeek } from '../../src/lib/work-log/weeks';
import { weekGlance, weekOf } from '../../src/lib/work-log/week-glance';
import { readWeekSnapshot, snapshotCovers } from '../../src/lib/work-log/week-snapshot';
import { whereHoursGo } from '../../src/lib/work-log/hours';

const entry = (date: string, platform: string, paidHours: number, earningsUsd: number, unpaid: Partial<Record<UnpaidPart, number>> | number): EntryFields => {
  const parts = typeof unpaid === 'number' ? unsplit(unpaid) : { ...unsplit(0), ...unpaid };
  const unpaidHours = Object.values(parts).reduce((sum, hours) => sum + hours, 0);
  return { date, platform, project: '', level: 1, paidHours, unpaidHours, ...parts, tasks: null, earningsUsd, qualityPct: null, rejected: null, notes: '' };
};

const TODAY = '2026-12-09';
const LOG: EntryFields[] = [
  entry('2026-12-07', 'Appen', 4, 40, { unpaidTraining: 1, unpaidWaiting: 1 }), // A: Monday of this week
  entry('2026-12-09', 'Appen', 2, 20, 0), // B: today
  entry('2026-12-08', 'Other', 0, 0, 2), // C: unpaid hours only, no earnings
  entry('2026-12-06', 'Mercor', 3, 90, 1), // D: Sunday, last week when weeks start Monday
  entry('2026-12-01', 'Appen', 5, 30, { unpaidRework: 5 }), // E: last week
  entry('2026-11-30', 'Appen', 0, 0, { unpaidTests: 3 }), // F: last week, and last month
];

describe('weekOf', () => {
  it('finds the week around a day for any start day', () => {
    expect(weekOf('2026-12-07', 'Monday')).toEqual({ from: '2026-12-07', to: '2026-12-13' });
    expect(weekOf('2026-12-07', 'Saturday')).toEqual({ from: '2026-12-05', to: '2026-12-11' });
    expect(weekOf('2026-12-07', 'Tuesday')).toEqual({ from: '2026-12-01', to: '2026-12-07' });
    // 1 January 2026 is a Thursday: its week crosses the year end.
    expect(weekOf('2026-01-01', 'Monday')).toEqual({ from: '2025-12-29', to: '2026-01-04' });
  });
});

describe('hoursAndPay', () => {
  it('has no rates without hours, and a rate of 0 for unpaid hours alone', () => {
    expect(hoursAndPay([])).toMatchObject({ paidHours: 0, unpaidHours: 0, earnings: 0, advertisedRate: null, effectiveRate: null });
    // C alone: 0 earned over 0 paid + 2 unpaid hours.
    expect(hoursAndPay([LOG[2]!])).toMatchObject({ advertisedRate: null, effectiveRate: 0, unpaid: { unpaidOther: 2 } });
  });
});

describe('thisWeek', () => {
  it('sums the week from Monday with the goal and the set-aside', () => {
    const week = thisWeek(LOG, TODAY, { weekStart: 'Monday', goal: { kind: 'paidHours', amount: 8 }, setAsidePct: 15 });
    // A + B + C: paid 4 + 2 + 0 = 6, unpaid 2 + 0 + 2 = 4, earned 40 + 20 + 0 = 60.
    expect(week).toMatchObject({ from: '2026-12-07', to: '2026-12-13', paidHours: 6, unpaidHours: 4, earnings: 60 });
    expect(week.advertisedRate).toBe(10); // 60 / 6
    expect(week.effectiveRate).toBe(6); // 60 / (6 + 4)
    expect(week.goalShare).toBe(0.75); // 6 of 8 hours
    expect(week.setAsideWeek).toBe(9); // 15 % of 60
    // December to today: A 40 + B 20 + C 0 + D 90 + E 30 = 180 (F is November); 15 % = 27.
    expect(week.setAsideMonth).toBe(27);
  });

  it('follows the reader’s week start and an earnings goal', () => {
    const week = thisWeek(LOG, TODAY, { weekStart: 'Sunday', goal: { kind: 'earnings', amount: 300 }, setAsidePct: null });
    // 6–12 December adds D: paid 9, unpaid 5, earned 150.
    expect(week).toMatchObject({ from: '2026-12-06', paidHours: 9, unpaidHours: 5, earnings: 150, goalShare: 0.5, setAsideWeek: null, setAsideMonth: null });
    expect(week.effectiveRate).toBeCloseTo(150 / 14, 10);
  });

  it('has no goal share without a goal, and nothing to report for an empty week', () => {
    const week = thisWeek(LOG, '2026-12-20', { weekStart: 'Monday', goal: null, setAsidePct: 10 });
    expect(week).toMatchObject({ paidHours: 0, earnings: 0, advertisedRate: null, effectiveRate: null, goalShare: null, setAsideWeek: 0 });
  });
});

describe('the copy of the week "This week" shows at load', () => {
  it('keeps each day of the last two weeks, and the week from it equals the week from the log', () => {
    const snapshot = snapshotOf(LOG, TODAY);
    // 26 Nov to 9 Dec: every entry; one day each, oldest first (F, E, D, A, C, B).
    expect(snapshot.days.map((day) => day.date)).toEqual(['2026-11-30', '2026-12-01', '2026-12-06', '2026-12-07', '2026-12-08', '2026-12-09']);
    expect(snapshot.days[3]).toEqual({ date: '2026-12-07', paidHours: 4, unpaidHours: 2, earnings: 40 });
    const settings = { weekStart: 'Sunday' as const, goal: { kind: 'earnings' as const, amount: 300 } };
    const { setAsideWeek: _week, setAsideMonth: _month, ...fromLog } = thisWeek(LOG, TODAY, { ...settings, setAsidePct: null });
    expect(weekGlance(snapshot.days, TODAY, settings)).toEqual(fromLog);
    // 14 days from 9 Dec start on 26 Nov: a week from 26 Nov is covered, one from 25 Nov (a clock turned back) is not.
    expect(snapshotCovers(snapshot, '2026-11-26')).toBe(true);
    expect(snapshotCovers(snapshot, '2026-11-25')).toBe(false);
    expect(snapshotOf(LOG, '2026-12-20').days.map((day) => day.date)).toEqual(['2026-12-07', '2026-12-08', '2026-12-09']);
  });

  it('reads a sound copy back, and drops one with anything wrong in it', () => {
    const snapshot = { ...snapshotOf(LOG, TODAY), owed: { on: TODAY, amount: 120, overdue: 20 } };
    expect(readWeekSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
    const day = { date: '2026-12-09', paidHours: 1, unpaidHours: 0, earnings: 5 };
    for (const bad of [
      null,
      'copy',
      { writtenOn: '2026-13-01', days: [] },
      { writtenOn: TODAY, days: 'many' },
      { writtenOn: TODAY, days: [{ ...day, paidHours: 49 }] },
      { writtenOn: TODAY, days: [{ ...day, earnings: -1 }] },
      { writtenOn: TODAY, days: [{ ...day, earnings: Number.NaN }] },
      { writtenOn: TODAY, days: Array.from({ length: 61 }, () => day) },
    ]) {
      expect(readWeekSnapshot(bad)).toBeNull();
    }
    // What is owed is dropped alone when it does not read (overdue above the amount owed).
    expect(readWeekSnapshot({ writtenOn: TODAY, days: [day], owed: { on: TODAY, amount: 10, overdue: 11 } })).toEqual({ writtenOn: TODAY, days: [day], owed: null });
  });
});

describe('whereHoursGo', () => {
  const twoWeeks = whereHoursGo(LOG, TODAY, 'Monday', 8, 2);

  it('puts the platforms with the most hours first', () => {
    // Appen 11 paid + 10 unpaid = 21 hours, Mercor 3 + 1 = 4, Other 0 + 2 = 2.
    expect(twoWeeks.map((platform) => [platform.platform, platform.total.paidHours + platform.total.unpaidHours])).toEqual([
      ['Appen', 21],
      ['Mercor', 4],
      ['Other', 2],
    ]);
  });

  it('marks each week under the floor and names a run of two', () => {
    const [appen, mercor, other] = twoWeeks;
    // Appen, 30 Nov–6 Dec: E + F earned 30 over 5 + 8 hours = 2.31 an hour; 7–13 Dec: 60 over 8 hours = 7.50. Both under 8.
    expect(appen!.weeks.map((week) => [week.from, week.belowFloor])).toEqual([
      ['2026-11-30', true],
      ['2026-12-07', true],
    ]);
    expect(appen!.belowFloorRun).toEqual([
      { from: '2026-11-30', effectiveRate: 30 / 13 },
      { from: '2026-12-07', effectiveRate: 7.5 },
    ]);
    expect(appen!.total.unpaid).toEqual({ unpaidTraining: 1, unpaidTests: 3, unpaidWaiting: 1, unpaidRework: 5, unpaidOther: 0 });
    // Mercor: 90 over 4 hours = 22.50 last week; nothing this week is not under the floor.
    expect(mercor!.weeks.map((week) => [week.effectiveRate, week.belowFloor])).toEqual([
      [22.5, false],
      [null, false],
    ]);
    expect(mercor!.belowFloorRun).toEqual([]);
    // Other: only unpaid hours this week, so it paid 0 an hour: one week under the floor is not a run.
    expect(other!.weeks.map((week) => week.belowFloor)).toEqual([false, true]);
    expect(other!.total.advertisedRate).toBeNull();
    expect(other!.belowFloorRun).toEqual([]);
  });

  it('marks nothing without a floor, and leaves out entries older than the span', () => {
    const noFloor = whereHoursGo(LOG, TODAY, 'Monday', null, 1);
    expect(noFloor.flatMap((platform) => platform.weeks.map((week) => week.belowFloor))).toEqual([false, false]);
    // Only 7–13 December: Appen A + B, Other C; Mercor's Sunday entry is last week.
    expect(noFloor.map((platform) => platform.platform)).toEqual(['Appen', 'Other']);
  });
});
