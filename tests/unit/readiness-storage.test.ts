import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY_FIGURES, INPUT_SPECS, READINESS_INPUT_IDS, type Figures } from '../../src/lib/readiness/readiness';
import {
  MAX_FIGURES_FILE_BYTES,
  oversizeMessage,
  parseImportText,
  savedFiguresText,
  serialiseFigures,
  textsFrom,
  textsWithFigures,
} from '../../src/lib/readiness/storage';

const some: Figures = { ...EMPTY_FIGURES, qualityRankTopPercent: 8, tasksCompleted: 1240, monthsAtCurrentLevel: 4.5 };
const valid = { format: 'ladder-readiness', version: 1 };

describe('export and import', () => {
  it('round-trips every valid set of figures (property)', () => {
    const figureArb = (id: (typeof READINESS_INPUT_IDS)[number]) => {
      const spec = INPUT_SPECS[id];
      const value = spec.integer
        ? fc.integer({ min: spec.min, max: spec.max })
        : fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true }).filter((n) => spec.minAllowed || n > spec.min);
      return fc.option(value, { nil: null });
    };
    const arb = fc.record(Object.fromEntries(READINESS_INPUT_IDS.map((id) => [id, figureArb(id)])) as never) as fc.Arbitrary<Figures>;
    fc.assert(
      fc.property(arb, (figures) => {
        const result = parseImportText(serialiseFigures(figures));
        return result.ok && READINESS_INPUT_IDS.every((id) => Object.is(result.figures[id], figures[id]) || (result.figures[id] === 0 && figures[id] === 0));
      }),
    );
  });

  it('the export names its format and version and lists every figure, null when blank', () => {
    const parsed = JSON.parse(serialiseFigures(some));
    expect(parsed.format).toBe('ladder-readiness');
    expect(parsed.version).toBe(1);
    expect(Object.keys(parsed.figures)).toEqual([...READINESS_INPUT_IDS]);
    expect(parsed.figures.qualityScorePercent).toBeNull();
    expect(parsed.figures.tasksCompleted).toBe(1240);
  });

  it('accepts a file with some figures missing (they read as blank)', () => {
    const result = parseImportText(JSON.stringify({ ...valid, figures: { tasksCompleted: 3 } }));
    expect(result).toEqual({ ok: true, figures: { ...EMPTY_FIGURES, tasksCompleted: 3 } });
  });

  it.each([
    ['prototype pollution at the top', '{"__proto__":{"polluted":1},"format":"ladder-readiness","version":1,"figures":{}}', 'unexpected field "__proto__"'],
    ['prototype pollution in figures', '{"format":"ladder-readiness","version":1,"figures":{"__proto__":{"polluted":1}}}', 'unknown figure "__proto__"'],
    ['constructor key', JSON.stringify({ ...valid, figures: { constructor: { prototype: { polluted: 1 } } } }), 'unknown figure "constructor"'],
    ['a huge number (Infinity after parsing)', '{"format":"ladder-readiness","version":1,"figures":{"tasksCompleted":1e999}}', '"Tasks completed" in the file must be blank or a number'],
    ['a number above the field maximum', JSON.stringify({ ...valid, figures: { activeDaysLast30: 31 } }), '"Days active in the last 30"'],
    ['a negative count', JSON.stringify({ ...valid, figures: { calibrationTasksDone: -1 } }), '"Calibration tasks done"'],
    ['a fractional count', JSON.stringify({ ...valid, figures: { tasksCompleted: 2.5 } }), '"Tasks completed"'],
    ['a rank of zero', JSON.stringify({ ...valid, figures: { qualityRankTopPercent: 0 } }), '"Your quality rank (top %)"'],
    ['a number as text', JSON.stringify({ ...valid, figures: { qualityScorePercent: '96' } }), '"Quality score (%)"'],
    ['an HTML string', JSON.stringify({ ...valid, figures: { qualityScorePercent: '<img src=x onerror=alert(1)>' } }), '"Quality score (%)"'],
    ['a boolean', JSON.stringify({ ...valid, figures: { tasksCompleted: true } }), '"Tasks completed"'],
    ['an object figure', JSON.stringify({ ...valid, figures: { tasksCompleted: { valueOf: 3 } } }), '"Tasks completed"'],
    ['an unknown top-level field', JSON.stringify({ ...valid, figures: {}, target: 3 }), 'unexpected field "target"'],
    ['an HTML field name, quoted as text', JSON.stringify({ ...valid, figures: {}, '<script>alert(1)</script>': 1 }), 'unexpected field "<script>alert(1)</script>"'],
    ['another format', JSON.stringify({ format: 'pay', version: 1, figures: {} }), 'not a readiness export'],
    ['another version', JSON.stringify({ ...valid, version: 2, figures: {} }), 'version'],
    ['figures as an array', JSON.stringify({ ...valid, figures: [1, 2] }), 'no figures'],
    ['an array', '[]', 'does not hold a readiness export'],
    ['null', 'null', 'does not hold a readiness export'],
    ['a number', '42', 'does not hold a readiness export'],
    ['not JSON', '{format: ladder}', 'not valid JSON'],
    ['empty', '', 'not valid JSON'],
    ['too large', JSON.stringify({ ...valid, figures: {} }).padEnd(MAX_FIGURES_FILE_BYTES + 1, ' '), 'larger than 4 KB'],
  ])('rejects %s', (_name, text, message) => {
    const result = parseImportText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('cuts a very long hostile field name short in the message', () => {
    const result = parseImportText(JSON.stringify({ ...valid, ['x'.repeat(500)]: 1 }));
    expect(!result.ok && result.message.length).toBeLessThan(100);
  });

  it('names a work-log backup given here by mistake, large or small', () => {
    const message = 'This is a backup of your work log, not your readiness figures: import it on the work log page (/tools/work-log/).';
    expect(parseImportText('{"format": "ladder-work-log", "schemaVersion": 1, "entries": []}')).toEqual({ ok: false, message });
    const large = `{\n "format": "ladder-work-log",\n "entries": [${'{},'.repeat(3000)}{}]}`;
    expect(parseImportText(large)).toEqual({ ok: false, message });
    expect(oversizeMessage(large.length, large.slice(0, 200))).toBe(message);
  });

  it('checks the size before reading a file', () => {
    expect(oversizeMessage(MAX_FIGURES_FILE_BYTES)).toBeNull();
    expect(oversizeMessage(MAX_FIGURES_FILE_BYTES + 1)).toMatch(/larger than/);
  });
});

describe('the fields and the saved-figures line', () => {
  it('shows a figure as its plain number and a blank one as empty', () => {
    expect(textsFrom(some)).toMatchObject({ qualityRankTopPercent: '8', tasksCompleted: '1240', monthsAtCurrentLevel: '4.5', qualityScorePercent: '' });
  });
  it('takes a figure changed elsewhere, but keeps a field that already reads as it', () => {
    const texts = { ...textsFrom(EMPTY_FIGURES), qualityRankTopPercent: '8.0', tasksCompleted: '12' };
    expect(textsWithFigures(texts, { ...EMPTY_FIGURES, qualityRankTopPercent: 8, activeDaysLast30: 20 })).toEqual({
      ...textsFrom(EMPTY_FIGURES),
      qualityRankTopPercent: '8.0',
      activeDaysLast30: '20',
    });
  });
  it('counts the figures kept', () => {
    expect(savedFiguresText(EMPTY_FIGURES, false)).toBe('No figures saved in this browser yet.');
    expect(savedFiguresText({ ...EMPTY_FIGURES, tasksCompleted: 0 }, false)).toBe('1 figure saved in this browser.');
    expect(savedFiguresText(some, false)).toBe('3 figures saved in this browser.');
    // Blocked or full storage: never "saved".
    expect(savedFiguresText(some, true)).not.toMatch(/saved/);
    expect(savedFiguresText(some, true)).toMatch(/will not be kept/);
  });
});
