import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ReadinessInputId } from '../../src/schemas/transitions';
import { citedFigures, draftFileName, draftPromotionRequest } from '../../src/lib/readiness/request';
import { EMPTY_FIGURES, INPUT_SPECS, READINESS_INPUT_IDS, type Figures } from '../../src/lib/readiness/readiness';

const reviewer = { rank: 3, role: 'Reviewer/QA' };
const advanced = { rank: 2, role: 'Advanced Tasker' };
const reviewerInputs: ReadinessInputId[] = ['qualityRankTopPercent', 'calibrationTasksDone', 'qualityScorePercent', 'tasksCompleted'];
const draft = (figures: Partial<Figures>, inputs = reviewerInputs) =>
  draftPromotionRequest({ target: reviewer, current: advanced, figures: { ...EMPTY_FIGURES, ...figures }, inputs });
const bullets = (text: string) => text.split('\n').filter((line) => line.startsWith('- '));

describe('the promotion request draft', () => {
  it('names the target role and the current level', () => {
    const text = draft({});
    expect(text.split('\n')[0]).toBe('Subject: Interest in the Reviewer/QA role');
    expect(text).toContain('the Reviewer/QA role (Level 3)');
    expect(text).toContain('Level 2 (Advanced Tasker)');
  });

  it('cites exactly the figures given, in a fixed order, formatted', () => {
    const text = draft({ tasksCompleted: 1240, qualityRankTopPercent: 8, qualityScorePercent: 96.5 });
    expect(bullets(text)).toEqual([
      '- Quality score: 96.5%',
      '- Quality rank: top 8% of the workers on my projects',
      '- Tasks completed: 1,240',
    ]);
    expect(text).not.toContain('Calibration');
  });

  it('cites a zero, because zero is a figure the reader gave', () => {
    expect(bullets(draft({ calibrationTasksDone: 0 }))).toEqual(['- Calibration tasks completed: 0']);
  });

  it('leaves out figures this step does not ask for, even when known', () => {
    expect(bullets(draft({ monthsAtCurrentLevel: 9, activeDaysLast30: 30 }))).toEqual([]);
    expect(bullets(draft({ monthsAtCurrentLevel: 1 }, ['monthsAtCurrentLevel']))).toEqual(['- Time at my current level: 1 month']);
    expect(bullets(draft({ activeDaysLast30: 28 }, ['activeDaysLast30']))).toEqual(['- Days active: 28 of the last 30']);
  });

  it('without figures it offers to share them instead of listing blanks', () => {
    const text = draft({});
    expect(bullets(text)).toEqual([]);
    expect(text).toContain('glad to share my quality scores');
  });

  it('never holds a placeholder, NaN or undefined, whatever the figures (property)', () => {
    const figureArb = (id: ReadinessInputId) => {
      const spec = INPUT_SPECS[id];
      const value = spec.integer
        ? fc.integer({ min: spec.min, max: spec.max })
        : fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true });
      return fc.option(value, { nil: null });
    };
    const figuresArb = fc.record(Object.fromEntries(READINESS_INPUT_IDS.map((id) => [id, figureArb(id)])) as Record<ReadinessInputId, fc.Arbitrary<number | null>>);
    fc.assert(
      fc.property(figuresArb, fc.subarray([...READINESS_INPUT_IDS]), (figures, inputs) => {
        const text = draftPromotionRequest({ target: reviewer, current: advanced, figures, inputs });
        const given = inputs.filter((id) => figures[id] !== null).length;
        return !/undefined|NaN|Infinity|null|\{|\}/.test(text) && bullets(text).length === given;
      }),
    );
  });

  it('skips a non-finite figure that slipped through', () => {
    expect(citedFigures({ figures: { ...EMPTY_FIGURES, tasksCompleted: Number.NaN }, inputs: ['tasksCompleted'] })).toEqual([]);
  });

  it('names the download after the target level', () => expect(draftFileName(4)).toBe('promotion-request-level-4.txt'));
});
