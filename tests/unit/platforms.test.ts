import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  NOT_STATED,
  PRIORITIES,
  cellFacts,
  defaultComparison,
  parseComparison,
  rankPlatforms,
  rowDiffers,
  serialiseComparison,
  togglePlatform,
  visibleRows,
  type ComparisonState,
} from '../../src/lib/platforms/platforms';
import { realContent } from '../support/content';

const realPlatforms = realContent().platforms;
const realRows = realContent().platformRows;
const ids = realPlatforms.map((p) => p.id);
const articleIds = realPlatforms.filter((p) => p.inArticle).map((p) => p.id);
const byId = (id: string) => realPlatforms.find((p) => p.id === id)!;
const said = (...texts: string[]) => texts.map((text) => ({ text }));

describe('cells and differences', () => {
  it('says plainly, about the sources rather than the guide, where no source covers a cell', () => {
    expect(NOT_STATED).toBe('No source we checked says');
    expect(cellFacts({ facts: {} }, 'pay')).toEqual([]);
    expect(cellFacts({ facts: { pay: said('High.') } }, 'pay')).toEqual([{ text: 'High.' }]);
  });
  it('hides a row only when every chosen platform says the same', () => {
    const rows = [{ id: 'same' }, { id: 'silent' }, { id: 'split' }, { id: 'more' }];
    const a = { facts: { same: said('Tiers.'), split: said('Yes.'), more: said('Yes.', 'And more.') } };
    const b = { facts: { same: said('Tiers.'), more: said('Yes.') } };
    expect(visibleRows(rows, [a, b], true).map((r) => r.id)).toEqual(['split', 'more']);
    expect(visibleRows(rows, [a, b], false).map((r) => r.id)).toEqual(['same', 'silent', 'split', 'more']);
  });
  it('finds no difference with a single platform', () => {
    expect(realRows.some((row) => rowDiffers(row, [byId('appen')]))).toBe(false);
  });
  it('on the real data, Prolific and Toloka agree only where no source covers either', () => {
    const shown = visibleRows(realRows, [byId('prolific'), byId('toloka')], true).map((r) => r.id);
    // Both have rates and payout rules; only Prolific has a payment method; the rest is empty for both.
    expect(shown).toEqual(['rates', 'payMethods', 'payoutRules']);
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
    ['ladder', 'appen', 'partial', 'Based on “fairly formal tier system with clear criteria for moving up”.'],
    ['expertise', 'mercor', 'partial', 'Based on “Showing domain expertise”.'],
    ['reputation', 'braintrust', 'partial', 'Based on “building a reputation inside it”.'],
    ['tests', 'remotasks', 'partial', 'Based on “regular qualification tests to move up”.'],
    ['payouts', 'mercor', 'strong', 'Based on “Weekly”.'],
  ] as const)('%s puts %s first (%s), quoting its trait', (priority, first, fit, reason) => {
    const ranked = rankPlatforms(realPlatforms, priority);
    expect(ranked[0]).toMatchObject({ id: first, name: byId(first).name, fit, reason });
    expect(ranked.map((r) => r.id).sort()).toEqual([...ids].sort());
  });
  it('keeps the data order between equal fits, and puts platforms with no match last', () => {
    const ranked = rankPlatforms(realPlatforms.filter((p) => p.inArticle), 'ladder');
    expect(ranked.map((r) => [r.id, r.fit])).toEqual([
      ['appen', 'partial'],
      ['remotasks', 'partial'],
      ['mercor', null],
      ['braintrust', null],
    ]);
    expect(ranked[1]!.reason).toBe('Based on “Structured tiers”.');
    expect(ranked[2]!.reason).toBe('Nothing in the sources we checked about Mercor points to this.');
    expect(ranked[2]!.fact).toBeNull();
  });
  it('ranks frequent payouts from the schedules: weekly first, then weekly for one method or monthly, net 30 last', () => {
    // Mercor and Alignerr pay each week; Appen weekly through PayPal only (Payoneer monthly); TELUS counts pay by the
    // month; Braintrust pays 30 days after an invoice, the slowest; the others publish no schedule we read.
    const ranked = rankPlatforms(realPlatforms, 'payouts');
    expect(ranked.map((r) => [r.id, r.fit])).toEqual([
      ['mercor', 'strong'],
      ['alignerr', 'strong'],
      ['appen', 'partial'],
      ['telus', 'partial'],
      ['braintrust', 'weak'],
      ['remotasks', null],
      ['outlier', null],
      ['prolific', null],
      ['toloka', null],
    ]);
    for (const r of ranked.filter((x) => x.fit !== null)) expect(byId(r.id).facts.paySchedule).toContainEqual(r.fact);
  });
  it('hands back the fact each trait is quoted from, so its source can be shown', () => {
    for (const { id: priority } of PRIORITIES) {
      for (const r of rankPlatforms(realPlatforms, priority)) {
        const quote = /“(.+)”/.exec(r.reason)?.[1];
        if (quote) expect(r.fact?.text).toContain(quote);
        else expect(r.fact).toBeNull();
      }
    }
  });
  it('ranks only the platforms it is given', () => {
    expect(rankPlatforms([byId('mercor'), byId('braintrust')], 'tests').map((r) => r.id)).toEqual(['mercor', 'braintrust']);
  });
});

describe('state in the URL', () => {
  const defaults = defaultComparison(articleIds);
  const parse = (search: string) => parseComparison(search, ids, articleIds);
  const serialise = (state: ComparisonState) => serialiseComparison(state, ids, articleIds);

  it('opens on the four platforms of the article: an empty query, and an empty query is that default', () => {
    expect(defaults.platforms).toEqual(['appen', 'mercor', 'braintrust', 'remotasks']);
    expect(serialise(defaults)).toBe('');
    expect(parse('')).toEqual(defaults);
  });
  it('reads ?platforms=prolific,toloka, and writes every platform when all are chosen', () => {
    expect(parse('?platforms=prolific,toloka').platforms).toEqual(['prolific', 'toloka']);
    expect(serialise({ ...defaults, platforms: ids })).toBe(`?platforms=${ids.join(',')}`);
    expect(serialise({ ...defaults, platforms: ['toloka', 'prolific'] })).toBe('?platforms=prolific,toloka');
  });
  it('writes the chosen platforms in data order, the priority and the differences switch', () => {
    const state: ComparisonState = { platforms: ['remotasks', 'appen'], priority: 'tests', onlyDifferences: true };
    expect(serialise(state)).toBe('?platforms=appen,remotasks&priority=tests&differences=1');
    expect(serialise({ ...state, priority: 'payouts' })).toBe('?platforms=appen,remotasks&priority=payouts&differences=1');
  });
  it('ignores unknown platforms and priorities', () => {
    expect(parse('?platforms=appen,nope,MERCOR&priority=speed')).toEqual({
      platforms: ['appen', 'mercor'],
      priority: null,
      onlyDifferences: false,
    });
  });
  it.each(['?platforms=', '?platforms=,,,', '?platforms=<script>', '?platforms=%E2%80%AE&priority=&differences=yes', '?%%%'])(
    'garbage %s loads the defaults',
    (search) => {
      expect(parse(search)).toEqual(defaults);
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
        expect(parse(serialise(s))).toEqual(s);
      }),
    );
  });
  it('never yields an empty or unknown platform list, whatever the query', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (platforms, priority) => {
        const search = `?platforms=${encodeURIComponent(platforms)}&priority=${encodeURIComponent(priority)}`;
        const state = parse(search);
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
