// Properties that must hold for every valid input, not just the examples.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { realContent } from '../support/content';
import {
  MAX_HOURLY_RATE,
  MAX_TASKS_PER_HOUR,
  decodePayQuery,
  encodePayQuery,
  estimatePay,
  defaultPayForm,
  payFormFromLink,
  validatePay,
  type PayForm,
  type PayValues,
} from '../../src/lib/pay/pay';
import { buildQuery, readQuery } from '../../src/lib/core/url-state';
import { formatNumber } from '../../src/lib/core/numbers';

const levels = realContent().levels;

/** Decimals with at most two places, as readers type them. */
const decimal = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);
const rate = decimal(0.01, MAX_HOURLY_RATE);
const hours = decimal(1, 84);
const weeks = fc.integer({ min: 1, max: 52 });
const fees = decimal(0, 100);
const unpaid = decimal(0, 84);

const inputs = fc.record({ hourlyRate: rate, hours, weeks, fees, unpaid });

describe('estimatePay properties', () => {
  it('never gives NaN, Infinity or a negative amount for valid input', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const { beforeFees, afterFees } = estimatePay(input);
        return [...Object.values(beforeFees), ...Object.values(afterFees)].every(
          (v) => v !== null && Number.isFinite(v) && v >= 0,
        );
      }),
    );
  });

  it('yearly = weekly × weeks and monthly = yearly ÷ 12', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const { beforeFees } = estimatePay(input);
        expect(beforeFees.yearly).toBeCloseTo(beforeFees.weekly! * input.weeks, 6);
        expect(beforeFees.monthly).toBeCloseTo(beforeFees.yearly! / 12, 6);
      }),
    );
  });

  it('earnings never fall when the rate or the hours rise', () => {
    fc.assert(
      fc.property(inputs, decimal(0, 100), decimal(0, 80), (input, moreRate, moreHours) => {
        const base = estimatePay(input);
        const higherRate = estimatePay({ ...input, hourlyRate: input.hourlyRate + moreRate });
        const longerHours = estimatePay({ ...input, hours: input.hours + moreHours });
        for (const key of ['weekly', 'monthly', 'yearly'] as const) {
          expect(higherRate.afterFees[key]!).toBeGreaterThanOrEqual(base.afterFees[key]!);
          expect(longerHours.afterFees[key]!).toBeGreaterThanOrEqual(base.afterFees[key]!);
        }
      }),
    );
  });

  it('fees never raise earnings, and the effective rate never exceeds the hourly rate', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const { beforeFees, afterFees } = estimatePay(input);
        return afterFees.yearly! <= beforeFees.yearly! + 1e-9 && beforeFees.effectiveHourly! <= input.hourlyRate + 1e-9;
      }),
    );
  });
});

describe('link round trip', () => {
  const values: fc.Arbitrary<PayValues> = fc.oneof(
    fc.record({
      level: fc.integer({ min: 1, max: levels.length }),
      mode: fc.constant('hourly' as const),
      rate,
      hours,
      weeks,
      fees,
      unpaid,
      perTask: fc.constant(null),
      tasksPerHour: fc.constant(null),
    }),
    fc.record({
      level: fc.integer({ min: 1, max: levels.length }),
      mode: fc.constant('perTask' as const),
      rate: fc.constant(null),
      hours,
      weeks,
      fees,
      unpaid,
      perTask: decimal(0.01, 10),
      tasksPerHour: decimal(0.01, MAX_TASKS_PER_HOUR),
    }),
  );

  const formOf = (values: PayValues): PayForm => {
    const text = (n: number | null, fallback: string) => (n === null ? fallback : formatNumber(n));
    const defaults = defaultPayForm(levels, values.level);
    return {
      level: values.level,
      mode: values.mode,
      rate: text(values.rate, defaults.rate),
      hours: text(values.hours, defaults.hours),
      weeks: text(values.weeks, defaults.weeks),
      fees: text(values.fees, defaults.fees),
      unpaid: text(values.unpaid, defaults.unpaid),
      perTask: text(values.perTask, defaults.perTask),
      tasksPerHour: text(values.tasksPerHour, defaults.tasksPerHour),
    };
  };
  const open = (link: string) => payFormFromLink(levels, decodePayQuery(levels, readQuery(link)));

  it('a link restores exactly the values it was made from', () => {
    fc.assert(
      fc.property(values, (original) => {
        const link = buildQuery(encodePayQuery(levels, formOf(original)));
        const restored = validatePay(open(link)).values;
        const expected = validatePay(formOf(original)).values;
        const { rate: _ignored, ...rest } = restored;
        const { rate: expectedRate, ...expectedRest } = expected;
        expect(rest).toEqual(expectedRest);
        if (original.mode === 'hourly') expect(restored.rate).toBe(expectedRate);
      }),
    );
  });

  it('any link reopens as the same screen: the same values and the same messages, and writes itself back unchanged', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('level', 'rate', 'hours', 'weeks', 'fees', 'unpaid', 'perTask', 'tasksPerHour'),
          fc.oneof(fc.string({ maxLength: 8 }), fc.stringMatching(/^[0-9.,]{1,8}$/)),
        ),
        (query) => {
          const first = payFormFromLink(levels, decodePayQuery(levels, query));
          const link = buildQuery(encodePayQuery(levels, first));
          const second = open(link);
          expect(validatePay(second)).toEqual(validatePay(first));
          expect(buildQuery(encodePayQuery(levels, second))).toBe(link);
        },
      ),
    );
  });
});
