import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  NOT_STATED,
  PRIORITIES,
  defaultComparison,
  factText,
  parseComparison,
  rankPlatforms,
  rowDiffers,
  serialiseComparison,
  togglePlatform,
  visibleRows,
  type ComparisonState,
} from '../../src/lib/platforms';
import type { Platform, PlatformRow } from '../../src/schemas/platforms';
import { readDataFile } from './data-files';

const realPlatforms = readDataFile('platforms.yaml') as Platform[];
const realRows = readDataFile('platform-rows.yaml') as PlatformRow[];
const ids = realPlatforms.map((p) => p.id);
const byId = (id: string) => realPlatforms.find((p) => p.id === id)!;

describe('cells and differences', () => {
  it('shows "Not stated in the guide" where the source is silent', () => {
    expect(NOT_STATED).toBe('Not stated in the guide');
    expect(factText({ facts: { pay: null } }, 'pay')).toBe(NOT_STATED);
    expect(factText({ facts: { pay: 'High.' } }, 'pay')).toBe('High.');
  });
  it('hides a row only when every chosen platform says the same', () => {
    const rows = [{ id: 'same' }, { id: 'silent' }, { id: 'split' }];
    const a = { facts: { same: 'Tiers.', silent: null, split: 'Yes.' } };
    const b = { facts: { same: 'Tiers.', silent: null, split: null } };
    expect(visibleRows(rows, [a, b], true).map((r) => r.id)).toEqual(['split']);
    expect(visibleRows(rows, [a, b], false).map((r) => r.id)).toEqual(['same', 'silent', 'split']);
  });
  it('finds no difference with a single platform', () => {
    expect(realRows.some((row) => rowDiffers(row, [byId('appen')]))).toBe(false);
  });
  it('on the real data, Appen and Braintrust agree only where the guide is silent on both', () => {
    const shown = visibleRows(realRows, [byId('appen'), byId('braintrust')], true).map((r) => r.id);
    expect(shown).toEqual(['structure', 'drivers', 'suits']);
  });
  it('a row that differs for some platforms still differs when more are added', () => {
    fc.assert(
      fc.property(fc.subarray(realPlatforms, { minLength: 1 }), fc.subarray(realPlatforms), (some, more) => {
        for (const row of realRows) {
          if (rowDiffers(row, some)) expect(rowDiffers(row, [...some, ...more])).toBe(true);
        }
      }),
    );
  });
});

describe('ranking for a priority', () => {
  it.each([
    ['ladder', 'appen', 'The guide notes “fairly formal tier system with clear criteria for moving up”.'],
    ['expertise', 'mercor', 'The guide notes “Showing domain expertise”.'],
    ['reputation', 'braintrust', 'The guide notes “the reputation you build inside it”.'],
    ['tests', 'remotasks', 'The guide notes “regular qualification tests to move up”.'],
  ] as const)('%s puts %s first, quoting its trait', (priority, first, reason) => {
    const ranked = rankPlatforms(realPlatforms, priority);
    expect(ranked[0]).toEqual({ id: first, name: byId(first).name, fit: 'strong', reason });
    expect(ranked.map((r) => r.id).sort()).toEqual([...ids].sort());
  });
  it('puts a partial match after strong ones and before platforms with no match', () => {
    const ranked = rankPlatforms(realPlatforms, 'ladder');
    expect(ranked.map((r) => [r.id, r.fit])).toEqual([
      ['appen', 'strong'],
      ['remotasks', 'partial'],
      ['mercor', null],
      ['braintrust', null],
    ]);
    expect(ranked[1]!.reason).toBe('The guide notes “Structured tiers”.');
    expect(ranked[2]!.reason).toBe('Nothing the guide says about Mercor points to this.');
  });
  it('every trait quoted in a reason appears in that platform’s facts', () => {
    for (const { id: priority } of PRIORITIES) {
      for (const r of rankPlatforms(realPlatforms, priority)) {
        const quote = /“(.+)”/.exec(r.reason)?.[1];
        if (quote) expect(Object.values(byId(r.id).facts).some((f) => f?.includes(quote))).toBe(true);
      }
    }
  });
  it('ranks only the platforms it is given', () => {
    expect(rankPlatforms([byId('mercor'), byId('braintrust')], 'tests').map((r) => r.id)).toEqual(['mercor', 'braintrust']);
  });
});

describe('state in the URL', () => {
  const defaults = defaultComparison(ids);

  it('the default state is an empty query, and an empty query is the default', () => {
    expect(serialiseComparison(defaults, ids)).toBe('');
    expect(parseComparison('', ids)).toEqual(defaults);
    expect(defaults.platforms).toEqual(ids);
  });
  it('writes the chosen platforms in data order, the priority and the differences switch', () => {
    const state: ComparisonState = { platforms: ['remotasks', 'appen'], priority: 'tests', onlyDifferences: true };
    expect(serialiseComparison(state, ids)).toBe('?platforms=appen,remotasks&priority=tests&differences=1');
  });
  it('ignores unknown platforms and priorities', () => {
    expect(parseComparison('?platforms=appen,nope,MERCOR&priority=speed', ids)).toEqual({
      platforms: ['appen', 'mercor'],
      priority: null,
      onlyDifferences: false,
    });
  });
  it.each(['?platforms=', '?platforms=,,,', '?platforms=<script>', '?platforms=%E2%80%AE&priority=&differences=yes', '?%%%'])(
    'garbage %s loads the defaults',
    (search) => {
      expect(parseComparison(search, ids)).toEqual(defaults);
    },
  );
  it('round-trips every possible state', () => {
    const state = fc.record({
      platforms: fc.subarray(ids, { minLength: 1 }),
      priority: fc.constantFrom(null, ...PRIORITIES.map((p) => p.id)),
      onlyDifferences: fc.boolean(),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(parseComparison(serialiseComparison(s, ids), ids)).toEqual(s);
      }),
    );
  });
  it('never yields an empty or unknown platform list, whatever the query', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (platforms, priority) => {
        const search = `?platforms=${encodeURIComponent(platforms)}&priority=${encodeURIComponent(priority)}`;
        const state = parseComparison(search, ids);
        expect(state.platforms.length).toBeGreaterThan(0);
        expect(state.platforms.every((id) => ids.includes(id))).toBe(true);
        expect(state.priority === null || PRIORITIES.some((p) => p.id === state.priority)).toBe(true);
      }),
    );
  });
});

describe('ticking platforms', () => {
  it('adds and removes, keeping data order', () => {
    expect(togglePlatform(['remotasks'], 'appen', ids)).toEqual(['appen', 'remotasks']);
    expect(togglePlatform(['appen', 'remotasks'], 'appen', ids)).toEqual(['remotasks']);
  });
  it('refuses to untick the last platform', () => {
    expect(togglePlatform(['mercor'], 'mercor', ids)).toBeNull();
  });
});
