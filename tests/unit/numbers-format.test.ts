import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NUMBER_PROBLEMS, formatNumber, parseIntInRange, parseNumber, readNumber, setReaderCommaConvention } from '../../src/lib/core/numbers';
import { commaConventionOf } from '../../src/browser/locale';
import { NO_VALUE, formatCents, formatDollars, formatMonthsRange, formatRateRange, levelLabel, levelOptionLabel } from '../../src/lib/core/format';

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

describe('commas, digits and the one number format (issue 18)', () => {
  it.each([
    ['12,345,678.5', 12345678.5],
    ['12,5', 12.5],
    ['1,5', 1.5],
    ['0,25', 0.25],
    ['-0', 0],
    ['0.0000004', 4e-7],
  ])('reads %p as %p', (raw, value) => expect(readNumber(raw)).toEqual({ value, problem: null }));
  it.each(['1,2,3', ',,,7', '12,', ',5', '1,240,5'])('refuses %p with a message about commas', (raw) => {
    expect(readNumber(raw)).toEqual({ value: null, problem: NUMBER_PROBLEMS.comma });
  });
});

describe('a comma is read by its context (issue 23)', () => {
  it.each([
    ['0,125', 0.125],
    ['12,5', 12.5],
    ['12,50', 12.5],
    ['1,2345', 1.2345],
    ['1234,567', 1234.567],
  ])('a comma that cannot group thousands is a decimal comma, whatever the reader’s language: %p is %p', (raw, value) => {
    for (const convention of ['thousands', 'decimal', 'allDecimal'] as const) expect(readNumber(raw, convention)).toEqual({ value, problem: null });
  });

  it('a comma that could be either is read by the reader’s language, and says how it was read', () => {
    expect(readNumber('12,345', 'thousands')).toEqual({ value: 12345, problem: null, readAs: 'Read as 12,345.' });
    expect(readNumber('12,345', 'decimal')).toEqual({ value: 12.345, problem: null, readAs: 'Read as 12.345.' });
    expect(readNumber('1,240', 'decimal')).toEqual({ value: 1.24, problem: null, readAs: 'Read as 1.24.' });
    // Two groups or a point after them can only be thousands, in any language.
    expect(readNumber('1,234,567', 'decimal')).toEqual({ value: 1234567, problem: null });
    expect(readNumber('1,240.5', 'decimal')).toEqual({ value: 1240.5, problem: null });
  });

  it('in a file split by semicolons, every single comma is a decimal comma', () => {
    expect(readNumber('12,345', 'allDecimal')).toEqual({ value: 12.345, problem: null });
    expect(readNumber('1,240', 'allDecimal')).toEqual({ value: 1.24, problem: null });
    expect(readNumber('1,234,567', 'allDecimal').problem).toBe(NUMBER_PROBLEMS.comma);
  });

  it('follows the reader’s language by default, as the browser sets it', () => {
    try {
      setReaderCommaConvention('decimal');
      expect(parseNumber('12,345')).toBe(12.345);
    } finally {
      setReaderCommaConvention('thousands');
    }
    expect(parseNumber('12,345')).toBe(12345);
  });

  it('tells a comma-decimal language from the browser’s language tag', () => {
    expect(commaConventionOf('pt-BR')).toBe('decimal');
    expect(commaConventionOf('es')).toBe('decimal');
    expect(commaConventionOf('fr')).toBe('decimal');
    expect(commaConventionOf('en-US')).toBe('thousands');
    expect(commaConventionOf('en-IN')).toBe('thousands');
    expect(commaConventionOf('not a tag')).toBe('thousands');
  });

  it('refuses a number with more digits than can be kept, so what is stored is what was typed', () => {
    expect(readNumber('0.1000000000000000000001')).toEqual({ value: null, problem: NUMBER_PROBLEMS.digits });
    expect(readNumber('12345678901234567')).toEqual({ value: null, problem: NUMBER_PROBLEMS.digits });
    expect(readNumber('8.333333333333334').value).toBe(25 / 3);
  });
  it('"-0" is 0, never "-0"', () => {
    expect(Object.is(parseNumber('-0'), 0)).toBe(true);
    expect(formatNumber(-0)).toBe('0');
  });
  it('writes numbers as plain decimals, never in exponent form', () => {
    expect(formatNumber(4e-7)).toBe('0.0000004');
    expect(formatNumber(-1.5e-10)).toBe('-0.00000000015');
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(12.5)).toBe('12.5');
  });
  it('property: every finite double is written back exactly', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => parseNumber(formatNumber(n)) === n + 0));
  });
  it('property: for every accepted text, parse → format → parse is stable', () => {
    const typed = fc.oneof(
      fc.stringMatching(/^[+-]?\d{0,7}([.,]\d{0,6})?$/),
      fc.stringMatching(/^\d{1,3}(,\d{3}){0,3}(\.\d{1,4})?$/),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(typed, (raw) => {
        const value = parseNumber(raw);
        if (value === null) return;
        const written = formatNumber(value);
        expect(parseNumber(written)).toBe(value);
        expect(formatNumber(parseNumber(written)!)).toBe(written);
      }),
    );
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
