// The one calendar (src/lib/core/dates.ts). Every expected value is worked by hand.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  dateInZone,
  daysInMonth,
  formatDate,
  formatDay,
  formatMonthYear,
  formatSpan,
  isIsoDate,
  parseIsoDate,
  readerToday,
  toIsoDate,
} from '../../src/lib/core/dates';

const dateArb = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map((d) => ({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));

describe('calendar months', () => {
  it('1 March 2027 + 4 and + 9 months', () => {
    const start = parseIsoDate('2027-03-01')!;
    expect(formatMonthYear(addMonths(start, 4))).toBe('July 2027');
    expect(formatMonthYear(addMonths(start, 9))).toBe('December 2027');
  });
  it('crosses year ends', () => {
    expect(addMonths({ year: 2027, month: 12, day: 15 }, 1)).toEqual({ year: 2028, month: 1, day: 15 });
    expect(addMonths({ year: 2027, month: 11, day: 1 }, 26)).toEqual({ year: 2030, month: 1, day: 1 });
  });
  it('month ends: 31 January + 1 month is the last day of February, 28 or 29', () => {
    expect(addMonths({ year: 2027, month: 1, day: 31 }, 1)).toEqual({ year: 2027, month: 2, day: 28 });
    expect(addMonths({ year: 2028, month: 1, day: 31 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addMonths({ year: 2027, month: 8, day: 31 }, 1)).toEqual({ year: 2027, month: 9, day: 30 });
    expect(addMonths({ year: 2027, month: 10, day: 31 }, 3)).toEqual({ year: 2028, month: 1, day: 31 });
  });
  it('29 February + 12 months is 28 February; + 48 months is 29 February again', () => {
    expect(addMonths({ year: 2028, month: 2, day: 29 }, 12)).toEqual({ year: 2029, month: 2, day: 28 });
    expect(addMonths({ year: 2028, month: 2, day: 29 }, 48)).toEqual({ year: 2032, month: 2, day: 29 });
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

describe('days', () => {
  it('adds days across month and year ends and 29 February', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-01-31', 30)).toBe('2026-03-02');
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
  it('rejects impossible and malformed dates, and any space around them', () => {
    for (const bad of ['2027-02-29', '2027-02-30', '2027-13-01', '2027-00-10', '2027-4-1', ' 2027-03-01', '', 'today', null, 20270301]) {
      expect(parseIsoDate(bad)).toBeNull();
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });
  it('formats days, months and spans for readers', () => {
    expect(formatDate('2024-03-14')).toBe('14 March 2024');
    expect(formatDate('2024-03-14', true)).toBe('14 Mar 2024');
    expect(formatDate('2023-09')).toBe('September 2023');
    expect(formatDay('2026-01-03')).toBe('3 Jan 2026');
    expect(formatSpan('2025-12-05', '2026-01-03')).toBe('5 Dec 2025 to 3 Jan 2026');
    expect(formatSpan('2026-01-03', '2026-01-03')).toBe('3 Jan 2026');
  });
});

describe("today is the reader's own date", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('a reader at UTC−8 at 23:30 is still on their day, though UTC has moved on', () => {
    process.env.TZ = 'America/Los_Angeles';
    // 7 December 2026 23:30 in Los Angeles (UTC−8 in winter) is 8 December 07:30 UTC.
    const evening = new Date('2026-12-08T07:30:00Z');
    expect(readerToday(evening)).toBe('2026-12-07');
    expect(evening.toISOString().slice(0, 10)).toBe('2026-12-08');
  });

  it('a reader at UTC+14 just after midnight is on the next day, though UTC is not', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    // 8 December 2026 00:05 at UTC+14 is 7 December 10:05 UTC.
    const justAfterMidnight = new Date('2026-12-07T10:05:00Z');
    expect(readerToday(justAfterMidnight)).toBe('2026-12-08');
  });

  it('reads the date in a named zone, whatever the reader’s zone', () => {
    const instant = new Date('2026-12-07T20:00:00Z');
    expect(dateInZone(instant, 'Asia/Kolkata')).toEqual({ year: 2026, month: 12, day: 8 }); // 01:30 IST
    expect(dateInZone(instant, 'America/Los_Angeles')).toEqual({ year: 2026, month: 12, day: 7 }); // 12:00 PST
  });
});

