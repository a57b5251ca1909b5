import { readHoursPerWeek } from '../../src/lib/core/profile';
import { formatMonthsRange } from '../../src/lib/core/format';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { realContent } from '../support/content';
import {
  addRanges,
  monthTickStep,
  planClimb,
  slowdownFactor,
  stepMonths,
  type StepData,
} from '../../src/lib/timeline/timeline';

// The real steps, so the examples of the issue are checked against the data the site ships.
const steps = realContent().transitions;
const hoursArb = fc.double({ min: 1, max: 168, noNaN: true });
const stepArb: fc.Arbitrary<StepData> = fc
  .record({
    min: fc.integer({ min: 1, max: 24 }),
    extra: fc.option(fc.integer({ min: 0, max: 24 }), { nil: null }),
    assumed: fc.integer({ min: 1, max: 40 }),
  })
  .map(({ min, extra, assumed }) => ({
    from: 1,
    to: 2,
    months: { min, max: extra === null ? null : min + extra },
    weeklyHours: { min: assumed },
    guidePath: '/guide/',
  }));
const ladderArb = fc
  .array(stepArb, { minLength: 4, maxLength: 4 })
  .map((list) => list.map((step, i) => ({ ...step, from: i + 1, to: i + 2 })));

describe('the examples of the issue', () => {
  it('Level 1 → 3 at 20 hours a week: 4–9 months', () => {
    expect(planClimb(steps, 1, 3, 20)?.total).toEqual({ min: 4, max: 9 });
  });
  it('Level 1 → 3 at 10 hours a week: 7–14 months', () => {
    const plan = planClimb(steps, 1, 3, 10)!;
    expect(plan.steps.map((s) => s.months)).toEqual([
      { min: 2, max: 5 },
      { min: 5, max: 9 },
    ]);
    expect(plan.total).toEqual({ min: 7, max: 14 });
    expect(formatMonthsRange(plan.total)).toBe('7–14 months');
  });
  it('Level 1 → 5: at least 22 months', () => {
    const plan = planClimb(steps, 1, 5, 20)!;
    expect(plan.total).toEqual({ min: 22, max: null });
    expect(formatMonthsRange(plan.total)).toBe('22+ months');
  });
});

describe('scaling and rounding', () => {
  it('stretches in proportion below the assumed hours and not at all above', () => {
    expect(slowdownFactor(10, 15)).toBe(1.5);
    expect(slowdownFactor(15, 15)).toBe(1);
    expect(slowdownFactor(40, 15)).toBe(1);
  });
  it('does not add a month for floating-point noise', () => {
    // 3 × 15 ÷ 9 = 5 exactly in arithmetic, a hair above in floating point.
    expect(stepMonths({ ...steps[1]!, months: { min: 3, max: 3 } }, 9)).toEqual({ min: 5, max: 5 });
  });
  it('accepts hours from 1 to 168 only', () => {
    expect(readHoursPerWeek('12.5')).toBe(12.5);
    for (const bad of ['0', '0.5', '169', 'abc', '', 'NaN', 'Infinity', null]) expect(readHoursPerWeek(bad)).toBeNull();
  });
  it('reports no plan when the target is not above the current level', () => {
    expect(planClimb(steps, 3, 3, 20)).toBeNull();
    expect(planClimb(steps, 4, 2, 20)).toBeNull();
  });
  it('formats single and plural months', () => {
    expect(formatMonthsRange({ min: 1, max: 1 })).toBe('1 month');
    expect(formatMonthsRange({ min: 1, max: null })).toBe('1+ months');
  });
  it('picks axis ticks that keep eight or fewer', () => {
    expect(monthTickStep(9)).toBe(3);
    expect(monthTickStep(8)).toBe(1);
    expect(monthTickStep(500)).toBeLessThanOrEqual(500 / 8 + 12);
  });
});

describe('properties', () => {
  it('a range never shrinks as weekly hours fall', () => {
    fc.assert(
      fc.property(stepArb, hoursArb, hoursArb, (step, a, b) => {
        const [fewer, more] = a < b ? [a, b] : [b, a];
        const slow = stepMonths(step, fewer);
        const fast = stepMonths(step, more);
        expect(slow.min).toBeGreaterThanOrEqual(fast.min);
        if (fast.max !== null) expect(slow.max!).toBeGreaterThanOrEqual(fast.max);
      }),
    );
  });
  it('min ≤ max, whole months, never below the typical duration', () => {
    fc.assert(
      fc.property(stepArb, hoursArb, (step, hours) => {
        const range = stepMonths(step, hours);
        expect(Number.isInteger(range.min)).toBe(true);
        expect(range.min).toBeGreaterThanOrEqual(step.months.min);
        if (range.max !== null) {
          expect(range.min).toBeLessThanOrEqual(range.max);
          expect(Number.isInteger(range.max)).toBe(true);
        }
      }),
    );
  });
  it('the total is the sum of the rounded steps, and open-ended stays open', () => {
    fc.assert(
      fc.property(ladderArb, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 2, max: 5 }), hoursArb, (ladder, from, to, hours) => {
        fc.pre(to > from);
        const plan = planClimb(ladder, from, to, hours)!;
        expect(plan.steps.map((s) => s.step.from)).toEqual(Array.from({ length: to - from }, (_, i) => from + i));
        const sum = plan.steps.reduce((acc, s) => addRanges(acc, s.months), { min: 0, max: 0 as number | null });
        expect(plan.total).toEqual(sum);
        const anyOpen = plan.steps.some((s) => s.step.months.max === null);
        expect(plan.total.max === null).toBe(anyOpen);
        expect(plan.steps.at(-1)!.arrival).toEqual(plan.total);
      }),
    );
  });
});
