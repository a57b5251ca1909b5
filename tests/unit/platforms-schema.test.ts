import { describe, expect, it } from 'vitest';
import { platformRowSchema, platformSchema, type Platform, type PlatformRow } from '../../src/schemas/platforms';
import { findPlatformProblems } from '../../src/content/rules/platforms';
import { describeProblem } from '../../src/content/problems';
import { rawDataFile } from '../support/content';

type Schema = { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } } };

function problems(schema: Schema, value: unknown): string {
  const result = schema.safeParse(value);
  return result.success ? '' : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

const realPlatforms = rawDataFile('platforms.yaml') as Platform[];
const realRows = rawDataFile('platform-rows.yaml') as PlatformRow[];
const appen = realPlatforms[0]!;

describe('the real platform data', () => {
  it('has the four platforms of the article first, then five more, each passing the schema', () => {
    expect(realPlatforms.map((p) => p.id)).toEqual(['appen', 'mercor', 'braintrust', 'remotasks', 'outlier', 'telus', 'prolific', 'toloka', 'alignerr']);
    expect(realPlatforms.filter((p) => p.inArticle).map((p) => p.name)).toEqual(['Appen', 'Mercor', 'Braintrust', 'Remotasks']);
    for (const platform of realPlatforms) expect(problems(platformSchema, platform)).toBe('');
  });
  it('has rows that pass the schema, including the article topics and the new pay topics', () => {
    for (const row of realRows) expect(problems(platformRowSchema, row)).toBe('');
    expect(realRows.filter((r) => r.inGuideTable).map((r) => r.id)).toEqual(['structure', 'drivers', 'rates', 'levelJumps', 'suits']);
    expect(realRows.map((r) => r.id)).toEqual(expect.arrayContaining(['roles', 'payMethods', 'paySchedule', 'payoutRules', 'fees', 'changes']));
  });
  it('breaks none of the rules between rows and platforms', () => {
    expect(findPlatformProblems(realRows, realPlatforms)).toEqual([]);
  });
  it('gives each of the article’s priorities a platform that matches it, none strongly on the undated article alone', () => {
    for (const priority of ['ladder', 'expertise', 'reputation', 'tests']) {
      const matching = realPlatforms.filter((p) => p.matches.some((m) => m.priority === priority));
      expect(matching.length, priority).toBeGreaterThan(0);
      expect(matching.flatMap((p) => p.matches).filter((m) => m.priority === priority && m.fit === 'strong'), priority).toEqual([]);
    }
  });
  it('keeps both sides where a later source disagrees with the article (Appen’s levels)', () => {
    const structure = appen.facts.structure!;
    expect(structure.map((f) => f.source)).toEqual(['article', 'appen-contributors-channels']);
    expect(structure[1]!.text).toMatch(/deprecated/);
  });
});

describe('platform schema rejects bad data with a clear message', () => {
  it.each([
    ['unknown priority', { ...appen, matches: [{ priority: 'speed', fit: 'strong', trait: 'Quality scores' }] }, 'matches.0.priority'],
    ['unknown fit', { ...appen, matches: [{ priority: 'ladder', fit: 'great', trait: 'Quality scores' }] }, 'matches.0.fit'],
    ['empty name', { ...appen, name: '' }, 'name: must not be empty'],
    ['a blank fact', { ...appen, facts: { suits: [{ text: ' ', source: 'article' }] } }, 'facts.suits.0.text: must not be empty'],
    ['a fact without a source', { ...appen, facts: { suits: [{ text: 'A good start.' }] } }, 'facts.suits.0.source'],
    ['a bare string instead of a fact', { ...appen, facts: { suits: 'A good start.' } }, 'facts.suits'],
    ['an empty topic', { ...appen, facts: { suits: [] } }, 'leave the row out when no source covers it'],
    ['a source id that is not an id', { ...appen, facts: { suits: [{ text: 'x', source: 'The Article' }] } }, 'lowercase id'],
    ['a fact key that is not an id', { ...appen, facts: { 'Starting rates': [{ text: 'x', source: 'article' }] } }, 'Starting rates'],
    ['missing inArticle', { ...appen, inArticle: undefined }, 'inArticle'],
    ['unknown field (typo)', { ...appen, fact: {} }, 'fact'],
    ['bad id', { ...appen, id: 'Appen Inc' }, 'lowercase id'],
  ])('%s', (_name, value, expected) => {
    expect(problems(platformSchema, value)).toContain(expected);
  });
  it('rejects a row without a label, a place or its table flag', () => {
    expect(problems(platformRowSchema, { id: 'pay', order: 1, inGuideTable: false })).toContain('label');
    expect(problems(platformRowSchema, { id: 'pay', label: 'Pay', order: 0, inGuideTable: false })).toContain('order');
    expect(problems(platformRowSchema, { id: 'pay', label: 'Pay', order: 1 })).toContain('inGuideTable');
  });
});

describe('rules between rows and platforms', () => {
  const rows: PlatformRow[] = [
    { id: 'structure', order: 1, label: 'Structure', inGuideTable: true },
    { id: 'pay', order: 2, label: 'Pay', inGuideTable: false },
  ];
  let nextOrder = 1;
  const said = (text: string) => [{ text, source: 'article' }];
  const platform = (id: string, facts: Platform['facts'], matches: Platform['matches'] = []): Platform => ({
    id,
    order: nextOrder++,
    name: id.toUpperCase(),
    inArticle: false,
    facts,
    matches,
  });

  it('accepts a new platform and a new row given purely as data, with topics left out where no source covers them', () => {
    const platforms = [
      platform('alpha', { structure: said('Tiers.') }, [{ priority: 'ladder', fit: 'strong', trait: 'Tiers' }]),
      platform('beta', { structure: said('None.'), pay: said('High.') }),
      platform('gamma', {}),
    ];
    expect(findPlatformProblems(rows, platforms)).toEqual([]);
  });
  it('names a fact that has no row', () => {
    expect(findPlatformProblems(rows, [platform('alpha', { structure: said('Tiers.'), pya: said('x') })]).map(describeProblem)).toEqual([
      'content/data/platforms.yaml, entry "alpha": facts.pya is not a row of content/data/platform-rows.yaml; add that row or fix the spelling',
    ]);
  });
  it('requires a trait to be quoted word for word from the facts', () => {
    const bad = platform('alpha', { structure: said('Tiers.') }, [{ priority: 'ladder', fit: 'strong', trait: 'Formal tiers' }]);
    expect(findPlatformProblems(rows, [bad]).map(describeProblem).join()).toContain(
      'the trait "Formal tiers" for priority "ladder" is not in any of its facts; the trait must be quoted word for word',
    );
  });
  it("refuses pay data the fact's text does not state, or on a row that does not hold it", () => {
    const rowsWithPay = [...rows, { id: 'paySchedule', order: 90, label: 'When you are paid', inGuideTable: false }];
    const monthly = (text: string, dayOfMonth: number) =>
      platform('alpha', { paySchedule: [{ text, source: 'article', schedules: [{ kind: 'monthly', method: 'Payoneer', dayOfMonth }] }] });
    expect(findPlatformProblems(rowsWithPay, [monthly('Payoneer: once a month, on the 14th.', 14)])).toEqual([]);
    expect(findPlatformProblems(rowsWithPay, [monthly('Payoneer: once a month, on the 14th.', 15)]).map(describeProblem)).toEqual([
      'content/data/platforms.yaml, entry "alpha": facts.paySchedule.0 gives "15" in its pay data, which its text does not say; say it in the text as the source does, or correct the pay data',
    ]);
    // "14" is not found inside "114", nor "PayPal" in a text that names only Payoneer.
    expect(findPlatformProblems(rowsWithPay, [monthly('Once a month, on day 114.', 14)]).map(describeProblem).join()).toContain('"Payoneer", "14"');
    const misplaced = platform('beta', { structure: [{ text: 'Held for 7 days.', source: 'article', firstPayoutHold: { days: 7 } }] });
    expect(findPlatformProblems(rows, [misplaced]).map(describeProblem)).toEqual([
      'content/data/platforms.yaml, entry "beta": facts.structure.0 gives firstPayoutHold, which belongs to a payoutRules fact; move it to the fact under payoutRules',
    ]);
  });
  it('rejects the same priority twice on one platform', () => {
    const twice = platform('alpha', { structure: said('Tiers.') }, [
      { priority: 'ladder', fit: 'strong', trait: 'Tiers' },
      { priority: 'ladder', fit: 'partial', trait: 'Tiers' },
    ]);
    expect(findPlatformProblems(rows, [twice]).map(describeProblem).join()).toContain('priority "ladder" is matched more than once');
  });
  it('rejects repeated ids and places, and empty files', () => {
    const a = platform('alpha', {});
    expect(findPlatformProblems([...rows, rows[0]!], [a, a]).map(describeProblem)).toEqual([
      'content/data/platform-rows.yaml: row id "structure" is used more than once; give each row its own id',
      'content/data/platforms.yaml: platform id "alpha" is used more than once; give each platform its own id',
      'content/data/platform-rows.yaml: order 1 is used by more than one row; give each row its own place',
      `content/data/platforms.yaml: order ${a.order} is used by more than one platform; give each platform its own place`,
    ]);
    expect(findPlatformProblems([], []).map(describeProblem)).toEqual([
      'content/data/platform-rows.yaml: there are no rows; add at least one',
      'content/data/platforms.yaml: there are no platforms; add at least one',
    ]);
  });
});
