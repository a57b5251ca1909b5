import { describe, expect, it } from 'vitest';
import { sourceSchema, type Source } from '../../src/schemas/sources';
import type { Platform } from '../../src/schemas/platforms';
import { findMatchSourceProblems, findSourceProblems as findProblems } from '../../src/content/rules/sources';
import { describeProblem } from '../../src/content/problems';
import {
  monthsAfter,
  citePlatforms,
  groupSources,
  isPossiblyOutdated,
  sourceMarker,
} from '../../src/lib/platforms/sources';
import { realContent } from '../support/content';
import { answerSourceIds } from '../../src/content/rules/answers';
import { answerCitations } from '../../src/lib/platforms/answers';

const realSources = realContent().sources;
const realPlatforms = realContent().platforms;
const realRows = realContent().platformRows;
const byId = (id: string) => realSources.find((s) => s.id === id)!;
const findSourceProblems = (...args: Parameters<typeof findProblems>) => findProblems(...args).map(describeProblem);

function schemaProblems(value: unknown): string {
  const result = sourceSchema.safeParse(value);
  return result.success ? '' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

const official: Source = {
  id: 'help-page',
  title: 'When will I be paid?',
  publisher: 'Appen',
  url: 'https://example.com/help',
  kind: 'official',
  pageDate: null,
  checked: '2026-12-02',
};

describe('the real sources', () => {
  it('each pass the schema, and the article is the source "article" with no address', () => {
    for (const source of realSources) expect(schemaProblems(source), source.id).toBe('');
    expect(byId('article')).toMatchObject({ kind: 'article', url: null });
  });
  it('break no rule with the facts: every fact cites a known source and every source is cited', () => {
    expect(findSourceProblems(realSources, realPlatforms, answerSourceIds(realContent().answers))).toEqual([]);
  });
  it('every fact, old and new, names its source', () => {
    const facts = realPlatforms.flatMap((p) => Object.values(p.facts).flatMap((list) => list ?? []));
    expect(facts.length).toBeGreaterThan(40);
    for (const fact of facts) expect(realSources.map((s) => s.id)).toContain(fact.source);
  });
});

describe('source schema rejects malformed entries with the fix', () => {
  it.each([
    ['a relative address', { ...official, url: '/help' }, 'url: must be a full address that starts with https://'],
    ['a script address', { ...official, url: 'javascript:alert(1)' }, 'url: must be a full address'],
    ['an address with no host name', { ...official, url: 'https://localhost' }, 'url: must be a full address'],
    ['no address for a web page', { ...official, url: null }, 'url: is required'],
    ['an address for the article', { ...official, id: 'article', kind: 'article', url: 'https://example.com' }, 'url: must be null for the article'],
    ['a date in another format', { ...official, checked: '02/12/2026' }, 'checked: must be a date written YYYY-MM-DD'],
    ['an unquoted date (YAML reads a Date)', { ...official, checked: new Date('2026-12-02') }, 'checked: must be a date in quotes'],
    ['a day that does not exist', { ...official, checked: '2026-02-30' }, 'checked: is not a real calendar day'],
    ['a month that does not exist', { ...official, pageDate: '2024-13', pageDateMeans: 'published' }, 'pageDate: is not a real calendar date'],
    ['a page date without its meaning', { ...official, pageDate: '2024-03-14' }, 'pageDateMeans: is required with pageDate'],
    ['a page date after the check', { ...official, pageDate: '2027-01-01', pageDateMeans: 'published' }, 'pageDate: is after the day it was checked'],
    ['an unknown kind', { ...official, kind: 'rumour' }, 'kind'],
    ['a typo in a field name', { ...official, chekced: '2026-12-02' }, 'chekced'],
  ])('%s', (_name, value, expected) => {
    expect(schemaProblems(value)).toContain(expected);
  });
  it('accepts a month-only page date such as "data up to 2023-09"', () => {
    expect(schemaProblems({ ...official, pageDate: '2023-09', pageDateMeans: 'data up to' })).toBe('');
  });
});

describe('rules between sources and facts', () => {
  const article: Source = { ...official, id: 'article', kind: 'article', url: null, publisher: null };
  const platform = (facts: Platform['facts']) => ({ id: 'alpha', facts });

  it('names the file, the entry and the fact that cites an unknown source', () => {
    const problems = findSourceProblems([article], [platform({ pay: [{ text: 'x', source: 'article' }, { text: 'y', source: 'nope' }] })]);
    expect(problems).toEqual([
      'content/data/platforms.yaml, entry "alpha": facts.pay.1 cites the unknown source "nope"; add it to content/data/sources.yaml or fix the id',
    ]);
  });
  it('names a source no fact cites', () => {
    expect(findSourceProblems([article, official], [platform({ pay: [{ text: 'x', source: 'article' }] })])).toEqual([
      'content/data/sources.yaml, entry "help-page": no fact cites this source; cite it from a fact in content/data/platforms.yaml or content/data/answers.yaml, or remove it',
    ]);
  });
  it('requires the article, only once, and only it of kind article', () => {
    const cites = platform({ pay: [{ text: 'x', source: 'help-page' }, { text: 'y', source: 'other' }] });
    expect(findSourceProblems([official, { ...official, id: 'other', kind: 'article' }], [cites])).toEqual([
      'content/data/sources.yaml: there is no entry "article"; add the career-ladder article as a source with that id and kind "article"',
      'content/data/sources.yaml, entry "other": only the entry "article" may have kind "article"; choose official, press, third-party or worker-report',
    ]);
    expect(findSourceProblems([article, article], [platform({ a: [{ text: 'x', source: 'article' }] })])).toEqual([
      'content/data/sources.yaml: source id "article" is used more than once; give each source its own id',
    ]);
  });
});

describe('a ranking match rests on a fact that still holds', () => {
  const article: Source = { ...official, id: 'article', kind: 'article', url: null, publisher: null };
  const old: Source = { ...official, id: 'old-page', pageDate: '2023-09-01' };
  const alpha = (source: string, fit: 'strong' | 'partial' | 'weak') => ({
    id: 'alpha',
    facts: { paySchedule: [{ text: 'Paid every week.', source }] },
    matches: [{ priority: 'payouts' as const, fit, trait: 'every week' }],
  });
  const problems = (...args: Parameters<typeof findMatchSourceProblems>) => findMatchSourceProblems(...args).map(describeProblem);

  it('finds none in the real data on the day it was checked', () => {
    expect(problems(realPlatforms, realSources, '2026-12-07')).toEqual([]);
  });
  it('refuses a trait quoted from a source marked as possibly out of date', () => {
    expect(problems([alpha('old-page', 'partial')], [article, old], '2026-12-07')).toEqual([
      'content/data/platforms.yaml, entry "alpha": the payouts match quotes "every week" from a fact whose source "old-page" is marked as possibly out of date; re-read the source and update its checked date in content/data/sources.yaml, or match the priority on a fact that still holds',
    ]);
    // The same page two years after its date is still within its time.
    expect(problems([alpha('old-page', 'partial')], [article, old], '2025-09-01')).toEqual([]);
    // An undated current page ages from the day it was checked.
    expect(problems([alpha('help-page', 'partial')], [official], '2027-12-03')).toHaveLength(1);
  });
  it('refuses a strong fit on the undated article alone, not a partial or weak one', () => {
    expect(problems([alpha('article', 'strong')], [article], '2026-12-07')).toEqual([
      'content/data/platforms.yaml, entry "alpha": the payouts match is strong on "every week", a fact from the undated article alone; set fit to partial, or quote a fact from a dated or current source',
    ]);
    expect(problems([alpha('article', 'partial'), alpha('article', 'weak')], [article], '2026-12-07')).toEqual([]);
    expect(problems([alpha('help-page', 'strong')], [official], '2026-12-07')).toEqual([]);
  });
});

describe('when a source may be out of date', () => {
  it('adds whole months, keeping the day inside short months', () => {
    expect(monthsAfter('2024-03-14', 24)).toBe('2026-03-14');
    expect(monthsAfter('2024-01-31', 1)).toBe('2024-02-29');
    expect(monthsAfter('2023-09', 24)).toBe('2025-09-01');
    expect(monthsAfter('2025-12-02', 12)).toBe('2026-12-02');
  });
  it('a dated page is out of date once it is over 24 months old', () => {
    const dated = { pageDate: '2024-03-14', checked: '2026-12-02' };
    expect(isPossiblyOutdated(dated, '2026-03-14')).toBe(false); // exactly 24 months
    expect(isPossiblyOutdated(dated, '2026-03-15')).toBe(true);
    expect(isPossiblyOutdated({ pageDate: '2025-01-30', checked: '2026-12-02' }, '2026-12-02')).toBe(false); // 22 months
  });
  it('an undated page is out of date once it was checked over 12 months ago', () => {
    expect(isPossiblyOutdated({ pageDate: null, checked: '2026-12-02' }, '2027-12-02')).toBe(false);
    expect(isPossiblyOutdated({ pageDate: null, checked: '2026-12-02' }, '2027-12-03')).toBe(true);
  });
  it('on the research date, the sources dated before December 2024 are flagged and the rest are not', () => {
    const flagged = realSources.filter((s) => isPossiblyOutdated(s, '2026-12-02')).map((s) => s.id);
    // The copy of the Computerworld report shows no date of its own, so it ages from the day it was read. The
    // Prolific post of 29 November 2024 turned 24 months old three days before.
    expect(flagged.sort()).toEqual(
      [
        'braintrust-fees',
        'kenyan-post-remotasks',
        'prolific-underpaying-studies',
        'sej-google-appen',
        'inc-outlier-nonpayment',
        'scale-community-guidelines',
        'remotasks-working-location',
        'prolific-waitlist-post',
        'irs-form-w8ben',
        'kahn-litwin-foreign-1099',
      ].sort(),
    );
  });
});

describe('markers', () => {
  it('read fully to a screen reader: publisher, kind, date and the day it was checked', () => {
    expect(sourceMarker({ ...official, publisher: 'Appen help centre' }, '2026-12-02')).toEqual({
      href: '/sources/#help-page',
      kind: 'official',
      name: 'Appen help centre',
      kindLabel: 'Official',
      dateLabel: 'no date',
      checkedLabel: 'checked 2 December 2026',
      spoken: 'Source: Appen help centre, Official, no date, checked 2 December 2026',
      outdated: false,
    });
    const press = sourceMarker(byId('kenyan-post-remotasks'), '2026-12-02');
    expect(press.spoken).toBe('Source: The Kenyan Daily Post, Press, 14 Mar 2024, checked 2 December 2026');
    expect(press.outdated).toBe(true);
    expect(sourceMarker(byId('article'), '2026-12-02').spoken).toBe(
      'Source: the career-ladder article, The article, no date, checked 2 December 2026',
    );
    expect(sourceMarker(byId('outlier-oracle-thread'), '2026-12-02')).toMatchObject({ kind: 'worker-report', kindLabel: 'Worker report' });
  });
  it('are attached to every fact of every platform', () => {
    const cited = citePlatforms(realPlatforms, realSources, '2026-12-02');
    const appenSchedule = cited.find((p) => p.id === 'appen')!.facts.paySchedule!;
    expect(appenSchedule[0]!.marker.href).toBe('/sources/#appen-when-paid');
    expect(() => citePlatforms(realPlatforms, [], '2026-12-02')).toThrow(/No source "article"/);
  });
});

describe('the sources page grouping', () => {
  const sections = groupSources(realSources, realPlatforms, realRows, '2026-12-02', answerCitations(realContent().answers, realPlatforms));
  it('lists the article first, then each platform, holding every source once', () => {
    expect(sections.map((s) => s.heading)).toEqual([
      'The article',
      'Appen',
      'Mercor',
      'Braintrust',
      'Remotasks',
      'Outlier',
      'TELUS International AI',
      'Prolific',
      'Toloka',
      'Alignerr',
      'Every platform',
    ]);
    const ids = sections.flatMap((s) => s.entries.map((e) => e.source.id));
    expect(ids.sort()).toEqual(realSources.map((s) => s.id).sort());
  });
  it('shows a shared source under its first platform with the facts of each platform that cites it', () => {
    const outlier = sections.find((s) => s.heading === 'Outlier')!;
    expect(outlier.entries.map((e) => e.source.id)).toContain('outlier-oracle-thread');
    // A source the answers cite for two platforms sits under the first, with a link to each place that cites it.
    const dol = sections.find((s) => s.heading === 'Remotasks')!.entries.find((e) => e.source.id === 'techcrunch-scale-dol')!;
    expect(dol.byPlatform.map((g) => [g.platform, g.facts[0]!.href])).toEqual([
      ['Remotasks', '/answers/#legit-remotasks'],
      ['Outlier', '/answers/#legit-outlier'],
    ]);
    const scale = sections.find((s) => s.heading === 'Remotasks')!.entries.find((e) => e.source.id === 'scale-terms')!;
    expect(scale.byPlatform.map((g) => g.platform)).toEqual(['Remotasks', 'Outlier']);
    expect(scale.byPlatform[1]!.facts[0]!.topic).toBe('Recent changes');
  });
});
