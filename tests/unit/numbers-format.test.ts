import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseIntInRange, parseNumber } from '../../src/lib/numbers';
import { NO_VALUE, formatCents, formatDollars, formatMonthsRange, formatRateRange, levelLabel, levelOptionLabel } from '../../src/lib/format';

describe('parseNumber', () => {
  it.each(['', ' ', 'NaN', 'Infinity', '-Infinity', '1e999', '12abc', 'abc', '1.2.3', '--1', null, undefined, {}, NaN, Infinity])(
    'rejects %p',
    (raw) => expect(parseNumber(raw)).toBeNull(),
  );
  it.each([
    ['20', 20],
    [' 27.5 ', 27.5],
    ['1,200', 1200],
    ['.5', 0.5],
    ['-3', -3],
    [42, 42],
  ])('reads %p as %p', (raw, value) => expect(parseNumber(raw)).toBe(value));
  it('round-trips every finite double written in plain decimal', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => parseNumber(String(n)) === n));
  });
});

describe('parseIntInRange', () => {
  it('keeps whole numbers inside the range only', () => {
    expect(parseIntInRange('3', 1, 5)).toBe(3);
    expect(parseIntInRange('0', 1, 5)).toBeNull();
    expect(parseIntInRange('6', 1, 5)).toBeNull();
    expect(parseIntInRange('2.5', 1, 5)).toBeNull();
  });
});

describe('formatting', () => {
  it('formats whole dollars and cents the US way', () => {
    expect(formatDollars(57600)).toBe('$57,600');
    expect(formatCents(27.5)).toBe('$27.50');
  });
  it('shows a dash instead of NaN, Infinity or undefined', () => {
    for (const bad of [NaN, Infinity, -Infinity, null, undefined]) {
      expect(formatDollars(bad)).toBe(NO_VALUE);
      expect(formatCents(bad)).toBe(NO_VALUE);
    }
  });
  it('formats ranges and labels', () => {
    expect(formatRateRange({ min: 15, max: 35 })).toBe('$15–$35');
    expect(formatMonthsRange({ min: 1, max: 3 })).toBe('1–3 months');
    expect(formatMonthsRange({ min: 12, max: null })).toBe('12+ months');
    expect(levelLabel({ rank: 3, role: 'Reviewer/QA' })).toBe('Level 3 — Reviewer/QA');
    expect(levelOptionLabel({ rank: 3, role: 'Reviewer/QA' })).toBe('3 · Reviewer/QA');
  });
});
