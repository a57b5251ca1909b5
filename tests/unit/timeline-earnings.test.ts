import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { realContent } from '../support/content';
import { planClimb } from '../../src/lib/timeline/timeline';
import { midpoint } from '../../src/lib/core/levels';
import { climbOrStay, levelInMonth, milestoneMonths, monthlyEarnings } from '../../src/lib/timeline/earnings';
import { decodeTimelineQuery, encodeTimelineQuery } from '../../src/lib/timeline/url';
import { readQuery } from '../../src/lib/core/url-state';

const steps = realContent().transitions;
const levels = realContent().levels;

describe('climb or stay', () => {
  it('a promotion after N months pays the new rate from month index N', () => {
    expect(levelInMonth(1, [2, 7], 1)).toBe(1);
    expect(levelInMonth(1, [2, 7], 2)).toBe(2);
    expect(levelInMonth(1, [2, 7], 7)).toBe(3);
    expect(levelInMonth(4, [null], 500)).toBe(4);
  });
  it('Level 1 → 3 at 10 hours over 12 months, by hand', () => {
    // 10 hours × 48 weeks ÷ 12 = 40 hours a month, paid at each level's midpoint rate:
    //   Level 1 $25 → $1,000 a month; Level 2 $37.50 → $1,500; Level 3 $60 → $2,400.
    // The steps take 1–3 and 3–6 months at 15 hours a week; at 10 hours they take 1.5 times as long, rounded up:
    //   fast: Level 2 after 2 months, Level 3 after 2 + 5 = 7 → 2 × 1,000 + 5 × 1,500 + 5 × 2,400 = 21,500
    //   slow: Level 2 after 5 months, Level 3 after 5 + 9 = 14 (past the horizon) → 5 × 1,000 + 7 × 1,500 = 15,500
    //   stay: 12 × 1,000 = 12,000
    const plan = planClimb(steps, 1, 3, 10)!;
    const result = climbOrStay({ levels, plan, from: 1, hoursPerWeek: 10, weeksPerYear: 48, horizonMonths: 12 });
    expect(result.stay.total).toBeCloseTo(12_000);
    expect(result.fast.total).toBeCloseTo(21_500);
    expect(result.slow.total).toBeCloseTo(15_500);
    expect(result.fast.cumulative.slice(0, 3)).toEqual([1_000, 2_000, 3_500]);
  });
  it('monthly earnings are rate × weekly hours × weeks ÷ 12', () => {
    // $60 × 20 hours × 48 weeks = $57,600 a year; ÷ 12 = $4,800 a month. (15 + 35) ÷ 2 = 25.
    expect(monthlyEarnings(60, 20, 48)).toBe(4_800);
    expect(midpoint({ min: 15, max: 35 })).toBe(25);
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
