import { describe, expect, it } from 'vitest';
import { readDataFile } from './data-files';
import {
  PAY_ERRORS,
  compareLevels,
  decodePayQuery,
  defaultPayForm,
  encodePayQuery,
  estimatePay,
  isOutsideRange,
  midpoint,
  payFormFrom,
  validatePay,
  type PayForm,
  type PayLevel,
} from '../../src/lib/pay';
import { formatCents, formatDollars, formatMultiple } from '../../src/lib/format';
import { readQuery, buildQuery } from '../../src/lib/url-state';

const levels = readDataFile('levels.yaml') as PayLevel[];
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
    const reviewer = levels[2]!;
    expect(isOutsideRange(reviewer.pay.max + 1, reviewer.pay)).toBe(true);
    expect(isOutsideRange(midpoint(reviewer.pay), reviewer.pay)).toBe(false);
    expect(validatePay(form({ level: 3, rate: String(reviewer.pay.max + 1) })).errors.rate).toBeNull();
  });
});

describe('defaults', () => {
  it('open on the midpoint of the chosen level', () => {
    for (const level of levels) expect(Number(defaultPayForm(levels, level.rank).rate)).toBe(midpoint(level.pay));
  });
});

describe('compareLevels', () => {
  it('gives low, midpoint and high yearly earnings and the multiple of the first level', () => {
    const rows = compareLevels(levels, 20, 48);
    expect(rows).toHaveLength(levels.length);
    rows.forEach((row, i) => {
      const level = levels[i]!;
      expect(row.low).toBe(level.pay.min * 20 * 48);
      expect(row.high).toBe(level.pay.max * 20 * 48);
      expect(row.mid).toBe(midpoint(level.pay) * 20 * 48);
      expect(row.multipleOfFirst).toBeCloseTo(midpoint(level.pay) / midpoint(levels[0]!.pay));
    });
    expect(rows[0]!.multipleOfFirst).toBe(1);
  });

  it('formats multiples with one decimal', () => {
    expect(formatMultiple(1)).toBe('1.0×');
    expect(formatMultiple(2.4)).toBe('2.4×');
    expect(formatMultiple(3.6666)).toBe('3.7×');
  });
});

describe('links', () => {
  const linkOf = (f: PayForm) => buildQuery(encodePayQuery(levels, validatePay(f).values));

  it('the default estimate is the bare address', () => {
    expect(linkOf(defaultPayForm(levels))).toBe('');
  });

  it('carries what differs from the defaults', () => {
    expect(linkOf(form({ level: 3, rate: '75', fees: '20' }))).toBe('?level=3&rate=75&fees=20');
    expect(linkOf(form({ level: 3, rate: String(midpoint(levels[2]!.pay)) }))).toBe('?level=3');
    expect(linkOf(form({ mode: 'perTask', perTask: '0.5', tasksPerHour: '30' }))).toBe('?perTask=0.5&tasksPerHour=30');
  });

  it('leaves out invalid values so they fall back to the defaults', () => {
    expect(linkOf(form({ hours: 'abc', weeks: '60' }))).toBe('');
  });

  it('ignores garbage parameters', () => {
    const query = readQuery(
      '?level=9&rate=NaN&hours=-1&weeks=Infinity&fees=<script>&unpaid=1e9&perTask=&tasksPerHour=5',
    );
    expect(decodePayQuery(levels, query)).toEqual({});
    expect(payFormFrom(levels, {})).toEqual(defaultPayForm(levels));
  });

  it('reads a shared link back', () => {
    const settings = decodePayQuery(levels, readQuery('?level=4&hours=30&perTask=2&tasksPerHour=12&unpaid=3'));
    expect(settings).toEqual({ level: 4, hours: 30, perTask: 2, tasksPerHour: 12, unpaid: 3, mode: 'perTask' });
    const restored = payFormFrom(levels, settings);
    expect(restored).toMatchObject({
      level: 4,
      mode: 'perTask',
      hours: '30',
      perTask: '2',
      tasksPerHour: '12',
      unpaid: '3',
    });
    expect(restored.rate).toBe(String(midpoint(levels[3]!.pay)));
  });
});
