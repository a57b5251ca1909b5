import { describe, expect, it } from 'vitest';
import { realContent } from '../support/content';
import {
  PAY_ERRORS,
  compareLevels,
  decodePayQuery,
  defaultPayForm,
  encodePayQuery,
  estimatePay,
  isOutsideRange,
  payFormFrom,
  payFormFromLink,
  validatePay,
  type PayForm,
} from '../../src/lib/pay/pay';
import { formatCents, formatDollars, formatMultiple } from '../../src/lib/core/format';
import { readQuery, buildQuery } from '../../src/lib/core/url-state';
import { NUMBER_PROBLEMS } from '../../src/lib/core/numbers';
import { midpoint } from '../../src/lib/core/levels';

const levels = realContent().levels;
const form = (changes: Partial<PayForm> = {}): PayForm => ({ ...defaultPayForm(levels, changes.level), ...changes });
const estimateOf = (f: PayForm) => {
  const { values, hourlyRate } = validatePay(f);
  return estimatePay({ ...values, hourlyRate });
};

describe('estimatePay', () => {
  it('matches the worked example: Level 3, $60 an hour, 20 hours, 48 weeks, no fees', () => {
    const { beforeFees, afterFees } = estimateOf(form({ level: 3, rate: '60', hours: '20', weeks: '48', fees: '0' }));
    expect(formatDollars(beforeFees.weekly)).toBe('$1,200');
    expect(formatDollars(beforeFees.monthly)).toBe('$4,800');
    expect(formatDollars(beforeFees.yearly)).toBe('$57,600');
    expect(afterFees).toEqual(beforeFees);
  });

  it('takes fees and taxes off every figure', () => {
    const { beforeFees, afterFees } = estimateOf(form({ rate: '50', hours: '10', weeks: '40', fees: '25' }));
    expect(beforeFees.yearly).toBe(20_000);
    expect(afterFees.yearly).toBe(15_000);
    expect(afterFees.weekly).toBe(375);
    expect(afterFees.hourly).toBe(37.5);
  });

  it('spreads paid earnings over paid and unpaid hours for the effective rate', () => {
    const { beforeFees, afterFees } = estimateOf(form({ rate: '30', hours: '20', unpaid: '5', fees: '10' }));
    expect(beforeFees.effectiveHourly).toBe(24);
    expect(formatCents(afterFees.effectiveHourly)).toBe('$21.60');
  });

  it('uses pay per task × tasks per hour as the hourly rate in per-task mode', () => {
    const f = form({ mode: 'perTask', perTask: '0.75', tasksPerHour: '40', rate: 'ignored in this mode' });
    expect(validatePay(f).hourlyRate).toBe(30);
    expect(validatePay(f).errors.rate).toBeNull();
    expect(estimateOf(f).beforeFees.weekly).toBe(600);
  });

  it('blanks only the results a bad field feeds', () => {
    const badFees = estimateOf(form({ fees: '120' }));
    expect(badFees.beforeFees.yearly).not.toBeNull();
    expect(Object.values(badFees.afterFees).every((v) => v === null)).toBe(true);
    const badWeeks = estimateOf(form({ weeks: '53' }));
    expect(badWeeks.beforeFees.weekly).not.toBeNull();
    expect(badWeeks.beforeFees.yearly).toBeNull();
    expect(badWeeks.beforeFees.monthly).toBeNull();
    const badRate = estimateOf(form({ rate: 'abc' }));
    expect([badRate.beforeFees.weekly, badRate.beforeFees.yearly, badRate.afterFees.monthly]).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('validatePay', () => {
  const cases: [keyof typeof PAY_ERRORS, Partial<PayForm>][] = [
    ['rate', { rate: '' }],
    ['rate', { rate: '-5' }],
    ['rate', { rate: '10000.01' }],
    ['rate', { rate: 'NaN' }],
    ['hours', { hours: '0' }],
    ['hours', { hours: '169' }],
    ['hours', { hours: 'Infinity' }],
    ['weeks', { weeks: '52.5' }],
    ['weeks', { weeks: '53' }],
    ['fees', { fees: '100.5' }],
    ['fees', { fees: '-1' }],
    ['unpaid', { unpaid: 'lots' }],
    ['unpaidTooMany', { hours: '100', unpaid: '69' }],
    ['perTask', { mode: 'perTask', perTask: '0' }],
    ['tasksPerHour', { mode: 'perTask', tasksPerHour: '1001' }],
    ['perTaskTooHigh', { mode: 'perTask', perTask: '5000', tasksPerHour: '3' }],
  ];
  it.each(cases)('shows the %s message for %o', (message, changes) => {
    const { errors, values } = validatePay(form(changes));
    const messages = Object.values(errors).filter(Boolean);
    expect(messages).toEqual([PAY_ERRORS[message]]);
    expect(Object.values(values).some((v) => typeof v === 'number' && !Number.isFinite(v))).toBe(false);
  });

  it('accepts the limits themselves', () => {
    const { errors } = validatePay(form({ rate: '10000', hours: '168', weeks: '52', fees: '100', unpaid: '0' }));
    expect(Object.values(errors).filter(Boolean)).toEqual([]);
  });

  it('marks a rate outside the level range without rejecting it', () => {
    // Level 3 (Reviewer/QA) pays $40–80 an hour: $81 is above it, $60 inside, $39.99 below.
    const reviewer = levels[2]!.pay;
    expect(isOutsideRange(81, reviewer)).toBe(true);
    expect(isOutsideRange(60, reviewer)).toBe(false);
    expect(isOutsideRange(39.99, reviewer)).toBe(true);
    expect(validatePay(form({ level: 3, rate: '81' })).errors.rate).toBeNull();
  });
});

describe('defaults', () => {
  it('open on the midpoint of the chosen level', () => {
    // (min + max) ÷ 2 for each level: (15 + 35) ÷ 2 = 25, (25 + 50) ÷ 2 = 37.5, (40 + 80) ÷ 2 = 60,
    // (50 + 100) ÷ 2 = 75, (60 + 120) ÷ 2 = 90.
    expect(levels.map((level) => defaultPayForm(levels, level.rank).rate)).toEqual(['25', '37.5', '60', '75', '90']);
    expect(midpoint({ min: 15, max: 35 })).toBe(25);
  });
});

describe('compareLevels', () => {
  it('gives low, midpoint and high yearly earnings and the multiple of the first level', () => {
    // Worked by hand for the pay ranges in content/data/levels.yaml (Level 1 $15–35 … Level 5 $60–120 an hour),
    // at 20 hours a week for 48 weeks = 960 hours a year:
    //   Level 1: 15 × 960 = 14,400; midpoint 25 × 960 = 24,000; 35 × 960 = 33,600; 25 ÷ 25 = 1
    //   Level 2: 25 × 960 = 24,000; midpoint 37.5 × 960 = 36,000; 50 × 960 = 48,000; 37.5 ÷ 25 = 1.5
    //   Level 3: 40 × 960 = 38,400; midpoint 60 × 960 = 57,600; 80 × 960 = 76,800; 60 ÷ 25 = 2.4
    //   Level 4: 50 × 960 = 48,000; midpoint 75 × 960 = 72,000; 100 × 960 = 96,000; 75 ÷ 25 = 3
    //   Level 5: 60 × 960 = 57,600; midpoint 90 × 960 = 86,400; 120 × 960 = 115,200; 90 ÷ 25 = 3.6
    const rows = compareLevels(levels, 20, 48).map(({ rank, low, mid, high, multipleOfFirst }) => [rank, low, mid, high, multipleOfFirst]);
    expect(rows).toEqual([
      [1, 14_400, 24_000, 33_600, 1],
      [2, 24_000, 36_000, 48_000, 1.5],
      [3, 38_400, 57_600, 76_800, 2.4],
      [4, 48_000, 72_000, 96_000, 3],
      [5, 57_600, 86_400, 115_200, 3.6],
    ]);
  });

  it('formats multiples with one decimal', () => {
    expect(formatMultiple(1)).toBe('1.0×');
    expect(formatMultiple(2.4)).toBe('2.4×');
    expect(formatMultiple(3.6666)).toBe('3.7×');
  });
});

describe('links', () => {
  const linkOf = (f: PayForm) => buildQuery(encodePayQuery(levels, f));
  const opened = (query: string) => payFormFromLink(levels, decodePayQuery(levels, readQuery(query)));

  it('the default estimate is the bare address', () => {
    expect(linkOf(defaultPayForm(levels))).toBe('');
  });

  it('carries what differs from the defaults, each number written exactly', () => {
    expect(linkOf(form({ level: 3, rate: '75', fees: '20' }))).toBe('?level=3&rate=75&fees=20');
    // Level 3's midpoint, (40 + 80) ÷ 2 = 60, is its default rate: it stays out of the link.
    expect(linkOf(form({ level: 3, rate: '60' }))).toBe('?level=3');
    expect(linkOf(form({ mode: 'perTask', perTask: '0.5', tasksPerHour: '30' }))).toBe('?perTask=0.5&tasksPerHour=30');
    // A decimal comma and a thousands comma are written as the number they mean.
    expect(linkOf(form({ rate: '12,5', hours: '1,0' }))).toBe('?rate=12.5&hours=1');
    expect(linkOf(form({ rate: '0.0000004' }))).toBe('?rate=0.0000004');
  });

  it('keeps a refused value as written, so the link reopens with the same message, not another estimate', () => {
    expect(linkOf(form({ hours: 'abc', weeks: '60' }))).toBe('?hours=abc&weeks=60');
    const tooHigh = opened('?perTask=100&tasksPerHour=1000');
    expect(validatePay(tooHigh).errors.tasksPerHour).toBe(PAY_ERRORS.perTaskTooHigh);
    expect(linkOf(tooHigh)).toBe('?perTask=100&tasksPerHour=1000');
    const unpaid = opened('?hours=168&unpaid=5');
    expect(validatePay(unpaid).errors.unpaid).toBe(PAY_ERRORS.unpaidTooMany);
    expect(linkOf(unpaid)).toBe('?hours=168&unpaid=5');
  });

  it('opens garbage parameters as typed, each with its message; a level that is not one is left out', () => {
    const garbage = opened('?level=9&rate=NaN&hours=-1&weeks=Infinity&fees=<script>&unpaid=1e9&tasksPerHour=5');
    expect(garbage).toMatchObject({ level: 1, mode: 'hourly', rate: 'NaN', hours: '-1', weeks: 'Infinity', fees: '<script>', unpaid: '1e9' });
    const { errors } = validatePay(garbage);
    expect([errors.rate, errors.hours, errors.weeks, errors.fees, errors.unpaid]).toEqual([
      PAY_ERRORS.rate,
      PAY_ERRORS.hours,
      PAY_ERRORS.weeks,
      PAY_ERRORS.fees,
      PAY_ERRORS.unpaid,
    ]);
    expect(validatePay(opened('?rate=1,2,3')).errors.rate).toBe(NUMBER_PROBLEMS.comma);
    expect(payFormFrom(levels, {})).toEqual(defaultPayForm(levels));
  });

  it('reads a shared link back', () => {
    const restored = opened('?level=4&hours=30&perTask=2&tasksPerHour=12&unpaid=3');
    expect(restored).toMatchObject({
      level: 4,
      mode: 'perTask',
      hours: '30',
      perTask: '2',
      tasksPerHour: '12',
      unpaid: '3',
    });
    // Level 4's midpoint rate, (50 + 100) ÷ 2.
    expect(restored.rate).toBe('75');
  });

});
