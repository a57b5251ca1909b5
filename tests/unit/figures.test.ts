import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { figureSchema, type Figure } from '../../src/schemas/figures';
import { formatFigure, multipleInWords, spellNumber } from '../../src/lib/figures';
import { realContent } from '../support/content';

const rawFigures = realContent().figures;
const figures: Figure[] = rawFigures.map((f) => figureSchema.parse(f));
const levels = realContent().levels;

function problems(value: unknown): string {
  const result = figureSchema.safeParse(value);
  return result.success ? '' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

describe('figures.yaml', () => {
  it('every entry passes the schema and ids are unique', () => {
    for (const figure of rawFigures) expect(problems(figure)).toBe('');
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
  });

  it('the Level 1 to 3 pay multiple agrees with the pay ranges in levels.yaml', () => {
    // If someone edits one file and not the other, the headline would stop matching the table beside it.
    const multiple = figures.find((figure) => figure.id === 'pay-multiple-level-1-to-3')!.value as { min: number; max: number };
    const midpoint = (rank: number) => {
      const { pay } = levels.find((l) => l.rank === rank)!;
      return (pay.min + pay.max) / 2;
    };
    const ratio = midpoint(3) / midpoint(1);
    expect(ratio).toBeGreaterThanOrEqual(multiple.min);
    expect(ratio).toBeLessThanOrEqual(multiple.max);
  });

  it.each([
    ['a reversed range', { id: 'x', value: { min: 3, max: 2 }, unit: 'times', about: 'a' }, 'min must not be greater than max'],
    ['an unknown unit', { id: 'x', value: 3, unit: 'hours', about: 'a' }, 'unit'],
    ['a number as text', { id: 'x', value: '30', unit: 'minutes', about: 'a' }, 'value'],
    ['a negative number', { id: 'x', value: -1, unit: 'count', about: 'a' }, 'value'],
    ['a missing description', { id: 'x', value: 1, unit: 'count' }, 'about'],
    ['a bad id', { id: 'Daily Minimum', value: 1, unit: 'count', about: 'a' }, 'kebab-case'],
    ['an unknown field', { id: 'x', value: 1, unit: 'count', about: 'a', note: 'b' }, 'note'],
  ])('rejects %s with a clear message', (_name, value, expected) => {
    expect(problems(value)).toContain(expected);
  });
});

describe('formatting figures for prose', () => {
  it.each([
    [{ value: 95, unit: 'percent' }, {}, '95%'],
    [{ value: { min: 50, max: 100 }, unit: 'percent' }, {}, '50–100%'],
    [{ value: { min: 2, max: 3 }, unit: 'times' }, {}, '2–3 times'],
    [{ value: 30, unit: 'minutes' }, {}, '30 minutes'],
    [{ value: 1, unit: 'minutes' }, {}, '1 minute'],
    [{ value: 1500, unit: 'count' }, {}, '1,500'],
    [{ value: 3, unit: 'count' }, { spelled: true }, 'three'],
    [{ value: 10, unit: 'count' }, { spelled: true }, 'ten'],
    [{ value: 150, unit: 'count' }, { spelled: true }, '150'],
  ] as const)('%j %j → %s', (figure, options, expected) => {
    expect(formatFigure(figure, options)).toBe(expected);
  });

  it('spells 0–10 and writes larger or fractional numbers in digits', () => {
    expect(spellNumber(0)).toBe('zero');
    expect(spellNumber(11)).toBe('11');
    expect(spellNumber(2.5)).toBe('2.5');
  });

  it('never prints NaN, undefined or Infinity for any valid figure', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.nat({ max: 1e6 }), fc.record({ min: fc.nat({ max: 100 }), max: fc.nat({ max: 100 }) })),
        fc.constantFrom('percent', 'times', 'minutes', 'count' as const),
        fc.boolean(),
        (value, unit, spelled) => {
          expect(formatFigure({ value, unit }, { spelled })).not.toMatch(/NaN|undefined|Infinity/);
        },
      ),
    );
  });

  it('says a multiple in words, as in "roughly doubles or triples your pay"', () => {
    expect(multipleInWords({ min: 2, max: 3 })).toBe('doubles or triples');
    expect(multipleInWords({ min: 2, max: 2 })).toBe('doubles');
    expect(multipleInWords({ min: 5, max: 6 })).toBe('multiplies by five or six');
    expect(multipleInWords({ min: 2, max: 5 })).toBe('multiplies by two or five');
  });
});
