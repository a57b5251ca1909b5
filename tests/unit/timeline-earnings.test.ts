import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDataFile } from './data-files';
import { planClimb, type StepData } from '../../src/lib/timeline';
import { climbOrStay, levelInMonth, midpointRate, milestoneMonths, monthlyEarnings, type LevelPay } from '../../src/lib/timeline-earnings';
import { decodeTimelineQuery, encodeTimelineQuery } from '../../src/lib/timeline-url';
import { readQuery } from '../../src/lib/url-state';

const steps = readDataFile('transitions.yaml') as StepData[];
const levels = readDataFile('levels.yaml') as LevelPay[];
const monthly = (rank: number, hours: number, weeks: number) =>
  monthlyEarnings(midpointRate(levels.find((l) => l.rank === rank)!.pay), hours, weeks);

describe('climb or stay', () => {
  it('a promotion after N months pays the new rate from month index N', () => {
    expect(levelInMonth(1, [2, 7], 1)).toBe(1);
    expect(levelInMonth(1, [2, 7], 2)).toBe(2);
    expect(levelInMonth(1, [2, 7], 7)).toBe(3);
    expect(levelInMonth(4, [null], 500)).toBe(4);
  });
  it('Level 1 → 3 at 10 hours over 12 months, by hand', () => {
    const plan = planClimb(steps, 1, 3, 10)!;
    const result = climbOrStay({ levels, plan, from: 1, hoursPerWeek: 10, weeksPerYear: 48, horizonMonths: 12 });
    const [m1, m2, m3] = [monthly(1, 10, 48), monthly(2, 10, 48), monthly(3, 10, 48)];
    expect(result.stay.total).toBeCloseTo(12 * m1);
    expect(result.fast.total).toBeCloseTo(2 * m1 + 5 * m2 + 5 * m3);
    expect(result.slow.total).toBeCloseTo(5 * m1 + 7 * m2);
  });
  it('an open-ended step never finishes on the slow path', () => {
    const plan = planClimb(steps, 4, 5, 20)!;
    const result = climbOrStay({ levels, plan, from: 4, hoursPerWeek: 20, weeksPerYear: 48, horizonMonths: 120 });
    expect(result.slow.total).toBeCloseTo(result.stay.total);
    expect(result.fast.total).toBeGreaterThan(result.stay.total);
  });
  it('property: running totals grow, end at the total, and fast ≥ slow ≥ stay', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.double({ min: 1, max: 168, noNaN: true }),
        fc.integer({ min: 1, max: 52 }),
        fc.integer({ min: 1, max: 120 }),
        (from, gap, hours, weeks, horizon) => {
          const to = Math.min(5, from + gap);
          const plan = planClimb(steps, from, to, hours)!;
          const result = climbOrStay({ levels, plan, from, hoursPerWeek: hours, weeksPerYear: weeks, horizonMonths: horizon });
          for (const path of [result.stay, result.fast, result.slow]) {
            expect(path.cumulative).toHaveLength(horizon);
            expect(path.cumulative.at(-1)).toBe(path.total);
            path.cumulative.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(i === 0 ? 0 : path.cumulative[i - 1]!));
          }
          expect(result.fast.total).toBeGreaterThanOrEqual(result.slow.total - 1e-6);
          expect(result.slow.total).toBeGreaterThanOrEqual(result.stay.total - 1e-6);
        },
      ),
    );
  });
  it('milestones are regular and end at the horizon', () => {
    expect(milestoneMonths(24)).toEqual([6, 12, 18, 24]);
    expect(milestoneMonths(5)).toEqual([3, 5]);
    expect(milestoneMonths(1)).toEqual([1]);
    expect(milestoneMonths(120)).toEqual([12, 24, 36, 48, 60, 72, 84, 96, 108, 120]);
  });
});

describe('URL state', () => {
  it('round-trips a full state', () => {
    const query = { from: 2, to: 4, hours: 12.5, start: { year: 2027, month: 1, day: 31 }, horizon: 36 };
    const text = encodeTimelineQuery(query);
    expect(text).toBe('?from=2&to=4&hours=12.5&start=2027-01-31&horizon=36');
    expect(decodeTimelineQuery(readQuery(text), 5)).toEqual(query);
  });
  it('drops each bad parameter on its own', () => {
    const decoded = decodeTimelineQuery(
      readQuery('?from=9&to=3&hours=Infinity&start=2027-02-30&horizon=121'),
      5,
    );
    expect(decoded).toEqual({ to: 3 });
    expect(decodeTimelineQuery(readQuery('?from=<b>&hours=0&horizon=2.5&start=yesterday'), 5)).toEqual({});
  });
});
