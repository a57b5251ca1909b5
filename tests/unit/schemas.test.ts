import { describe, expect, it } from 'vitest';
import { levelSchema } from '../../src/schemas/levels';
import { transitionSchema } from '../../src/schemas/transitions';
import { guidePageSchema } from '../../src/schemas/guide';
import { rawDataFile } from '../support/content';

type Schema = { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } } };

function problems(schema: Schema, value: unknown): string {
  const result = schema.safeParse(value);
  return result.success ? '' : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

const realLevels = rawDataFile('levels.yaml') as Record<string, unknown>[];
const realTransitions = rawDataFile('transitions.yaml') as Record<string, unknown>[];
const reviewer = realLevels[2]!;
const lastStep = realTransitions.at(-1)!;

describe('the real data files pass their schemas', () => {
  it.each([
    ['levels.yaml', realLevels, levelSchema],
    ['transitions.yaml', realTransitions, transitionSchema],
  ] as const)('%s', (_name, entries, schema) => {
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(problems(schema as Schema, entry)).toBe('');
  });

  it('has one step up from every level but the top, however many levels there are', () => {
    expect(realTransitions).toHaveLength(realLevels.length - 1);
  });
});

describe('levels schema rejects bad data with a clear message', () => {
  it.each([
    ['min above max', { ...reviewer, pay: { min: 90, max: 40 } }, 'min must not be greater than max'],
    ['negative pay', { ...reviewer, pay: { min: -5, max: 40 } }, 'pay.min'],
    ['rank below 1', { ...reviewer, rank: 0 }, 'rank'],
    ['fractional rank', { ...reviewer, rank: 2.5 }, 'rank'],
    ['empty role', { ...reviewer, role: '  ' }, 'role: must not be empty'],
    ['missing does', { ...reviewer, does: undefined }, 'does'],
    ['pay as text', { ...reviewer, pay: '40-80' }, 'pay'],
    ['unknown field (typo)', { ...reviewer, payy: 1 }, 'payy'],
    ['bad id', { ...reviewer, id: 'Team Lead' }, 'lowercase slug'],
  ])('%s', (_name, value, expected) => {
    expect(problems(levelSchema, value)).toContain(expected);
  });
});

describe('transitions schema rejects bad data with a clear message', () => {
  it('accepts an open-ended step (max: null)', () => {
    expect(problems(transitionSchema, lastStep)).toBe('');
    expect((lastStep.months as { max: unknown }).max).toBeNull();
  });
  it.each([
    ['missing max is not silently open-ended', { ...lastStep, months: { min: 12 } }, 'months.max'],
    ['min above max', { ...lastStep, months: { min: 12, max: 6 } }, 'min must not be greater than max'],
    ['zero months', { ...lastStep, months: { min: 0, max: 3 } }, 'months.min'],
    ['bad id', { ...lastStep, id: 'four-five' }, 'must be "from-to"'],
    ['weekly hours reversed', { ...lastStep, weeklyHours: { min: 20, max: 15 } }, 'weeklyHours'],
    ['guide path without slashes', { ...lastStep, guidePath: 'guide' }, 'must be a site path'],
    ['nothing to look for', { ...lastStep, lookFor: [] }, 'lookFor'],
  ])('%s', (_name, value, expected) => {
    expect(problems(transitionSchema, value)).toContain(expected);
  });
});

describe('guide page frontmatter', () => {
  const good = { title: 'Reviewer', description: 'How to become a reviewer.', order: 2, tools: [{ tool: 'readiness', target: 3 }] };
  it('accepts a complete frontmatter', () => expect(problems(guidePageSchema, good)).toBe(''));
  it('fails without a tool to link to', () => {
    expect(problems(guidePageSchema, { ...good, tools: undefined })).toContain('add tools');
    expect(problems(guidePageSchema, { ...good, tools: [] })).toContain('at least one tool');
  });
  it('fails on a tool the registry does not have, or a preset it does not take', () => {
    expect(problems(guidePageSchema, { ...good, tools: [{ tool: 'calculator' }] })).toContain('tool must be one of');
    expect(problems(guidePageSchema, { ...good, tools: [{ tool: 'readiness', level: 3 }] })).toContain('level');
  });
  it('fails without a title', () => expect(problems(guidePageSchema, { ...good, title: undefined })).toContain('add a title'));
  it('fails with a blank description', () =>
    expect(problems(guidePageSchema, { ...good, description: ' ' })).toContain('add a description'));
  it('fails without an order', () => expect(problems(guidePageSchema, { ...good, order: undefined })).toContain('order'));
});
