import { describe, expect, it } from 'vitest';
import { platformRowSchema, platformSchema, type Platform, type PlatformRow } from '../../src/schemas/platforms';
import { findPlatformProblems } from '../../src/lib/platform-rules';
import { describeProblem } from '../../src/lib/data-problems';
import { readDataFile } from './data-files';

type Schema = { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } } };

function problems(schema: Schema, value: unknown): string {
  const result = schema.safeParse(value);
  return result.success ? '' : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

const realPlatforms = readDataFile('platforms.yaml') as Platform[];
const realRows = readDataFile('platform-rows.yaml') as PlatformRow[];
const appen = realPlatforms[0]!;

describe('the real platform data', () => {
  it('has the four platforms of the article, each passing the schema', () => {
    expect(realPlatforms.map((p) => p.name)).toEqual(['Appen', 'Mercor', 'Braintrust', 'Remotasks']);
    for (const platform of realPlatforms) expect(problems(platformSchema, platform)).toBe('');
  });
  it('has rows that pass the schema, including every fact the guide prints', () => {
    for (const row of realRows) expect(problems(platformRowSchema, row)).toBe('');
    expect(realRows.map((r) => r.id)).toEqual(expect.arrayContaining(['structure', 'drivers', 'startingRates', 'levelJumps', 'suits']));
  });
  it('breaks none of the rules between rows and platforms', () => {
    expect(findPlatformProblems(realRows, realPlatforms)).toEqual([]);
  });
  it('gives every priority a platform that strongly matches it', () => {
    for (const priority of ['ladder', 'expertise', 'reputation', 'tests']) {
      const strong = realPlatforms.filter((p) => p.matches.some((m) => m.priority === priority && m.fit === 'strong'));
      expect(strong, priority).toHaveLength(1);
    }
  });
});

describe('platform schema rejects bad data with a clear message', () => {
  it.each([
    ['unknown priority', { ...appen, matches: [{ priority: 'speed', fit: 'strong', trait: 'Quality scores' }] }, 'matches.0.priority'],
    ['unknown fit', { ...appen, matches: [{ priority: 'ladder', fit: 'great', trait: 'Quality scores' }] }, 'matches.0.fit'],
    ['empty name', { ...appen, name: '' }, 'name: must not be empty'],
    ['an unstated fact must be null, not blank', { ...appen, facts: { ...appen.facts, suits: ' ' } }, 'facts.suits: must not be empty'],
    ['a fact key that is not an id', { ...appen, facts: { ...appen.facts, 'Starting rates': null } }, 'facts.Starting rates: Invalid key'],
    ['unknown field (typo)', { ...appen, fact: {} }, 'fact'],
    ['bad id', { ...appen, id: 'Appen Inc' }, 'lowercase id'],
  ])('%s', (_name, value, expected) => {
    expect(problems(platformSchema, value)).toContain(expected);
  });
  it('rejects a row without a label or a place', () => {
    expect(problems(platformRowSchema, { id: 'pay', order: 1 })).toContain('label');
    expect(problems(platformRowSchema, { id: 'pay', label: 'Pay', order: 0 })).toContain('order');
  });
});

describe('rules between rows and platforms', () => {
  const rows: PlatformRow[] = [
    { id: 'structure', order: 1, label: 'Structure' },
    { id: 'pay', order: 2, label: 'Pay' },
  ];
  let nextOrder = 1;
  const platform = (id: string, facts: Record<string, string | null>, matches: Platform['matches'] = []): Platform => ({
    id,
    order: nextOrder++,
    name: id.toUpperCase(),
    facts,
    matches,
  });

  it('accepts a fifth platform and a new row given purely as data', () => {
    const platforms = [
      platform('alpha', { structure: 'Tiers.', pay: null }, [{ priority: 'ladder', fit: 'strong', trait: 'Tiers' }]),
      platform('beta', { structure: 'None.', pay: 'High.' }),
    ];
    expect(findPlatformProblems(rows, platforms)).toEqual([]);
  });
  it('names a missing fact and says to write null when the source is silent', () => {
    expect(findPlatformProblems(rows, [platform('alpha', { structure: 'Tiers.' })]).map(describeProblem)).toEqual([
      'content/data/platforms.yaml, entry "alpha": facts.pay is missing; write what the article says, or null if it says nothing',
    ]);
  });
  it('names a fact that has no row', () => {
    expect(findPlatformProblems(rows, [platform('alpha', { structure: 'Tiers.', pay: null, pya: 'x' })]).map(describeProblem)).toEqual([
      'content/data/platforms.yaml, entry "alpha": facts.pya is not a row of content/data/platform-rows.yaml; add that row or fix the spelling',
    ]);
  });
  it('requires a trait to be quoted word for word from the facts', () => {
    const bad = platform('alpha', { structure: 'Tiers.', pay: null }, [{ priority: 'ladder', fit: 'strong', trait: 'Formal tiers' }]);
    expect(findPlatformProblems(rows, [bad]).map(describeProblem).join()).toContain(
      'the trait "Formal tiers" for priority "ladder" is not in any of its facts; the trait must be quoted word for word',
    );
  });
  it('rejects the same priority twice on one platform', () => {
    const twice = platform('alpha', { structure: 'Tiers.', pay: null }, [
      { priority: 'ladder', fit: 'strong', trait: 'Tiers' },
      { priority: 'ladder', fit: 'partial', trait: 'Tiers' },
    ]);
    expect(findPlatformProblems(rows, [twice]).map(describeProblem).join()).toContain('priority "ladder" is matched more than once');
  });
  it('rejects repeated ids and places, and empty files', () => {
    const a = platform('alpha', { structure: null, pay: null });
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
