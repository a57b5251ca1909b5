import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, calendarDateOf, daysInMonth, formatMonthYear, parseIsoDate, toIsoDate } from '../../src/lib/timeline-dates';

const dateArb = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map((d) => ({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));

describe('calendar months', () => {
  it('the issue example: 1 March 2027 + 4 and + 9 months', () => {
    const start = parseIsoDate('2027-03-01')!;
    expect(formatMonthYear(addMonths(start, 4))).toBe('July 2027');
    expect(formatMonthYear(addMonths(start, 9))).toBe('December 2027');
  });
  it('crosses year ends', () => {
    expect(addMonths({ year: 2027, month: 12, day: 15 }, 1)).toEqual({ year: 2028, month: 1, day: 15 });
    expect(addMonths({ year: 2027, month: 11, day: 1 }, 26)).toEqual({ year: 2030, month: 1, day: 1 });
  });
  it('clamps a 31st to the last day of a shorter month', () => {
    expect(addMonths({ year: 2027, month: 1, day: 31 }, 1)).toEqual({ year: 2027, month: 2, day: 28 });
    expect(addMonths({ year: 2028, month: 1, day: 31 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addMonths({ year: 2027, month: 8, day: 31 }, 1)).toEqual({ year: 2027, month: 9, day: 30 });
    expect(addMonths({ year: 2027, month: 10, day: 31 }, 3)).toEqual({ year: 2028, month: 1, day: 31 });
  });
  it('property: adding n months moves the month index by exactly n and keeps a valid day', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 600 }), (date, n) => {
        const moved = addMonths(date, n);
        expect(moved.year * 12 + moved.month - (date.year * 12 + date.month)).toBe(n);
        expect(moved.day).toBeGreaterThanOrEqual(1);
        expect(moved.day).toBeLessThanOrEqual(daysInMonth(moved.year, moved.month));
        expect(moved.day === date.day || moved.day === daysInMonth(moved.year, moved.month)).toBe(true);
      }),
    );
  });
  it('property: adding months in two goes lands in the same month as in one', () => {
    fc.assert(
      fc.property(dateArb, fc.nat(120), fc.nat(120), (date, a, b) => {
        const twice = addMonths(addMonths(date, a), b);
        const once = addMonths(date, a + b);
        expect([twice.year, twice.month]).toEqual([once.year, once.month]);
      }),
    );
  });
});

describe('parsing and printing', () => {
  it('round-trips valid dates', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        expect(parseIsoDate(toIsoDate(date))).toEqual(date);
      }),
    );
  });
  it('rejects impossible, malformed and out-of-range dates', () => {
    for (const bad of ['2027-02-29', '2027-02-30', '2027-13-01', '2027-00-10', '2027-4-1', '1899-12-31', '2201-01-01', '', 'today', null, 20270301]) {
      expect(parseIsoDate(bad)).toBeNull();
    }
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });
  it('reads the local calendar day', () => {
    expect(calendarDateOf(new Date(2027, 2, 1, 23, 59))).toEqual({ year: 2027, month: 3, day: 1 });
  });
});
