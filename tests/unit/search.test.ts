import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEV_NO_INDEX_MESSAGE,
  LOAD_FAILED_MESSAGE,
  MAX_QUERY_LENGTH,
  MAX_SUB_RESULTS,
  excerptParts,
  normaliseQuery,
  queryFromSearch,
  resultsMessage,
  searchPageHref,
  shapeResult,
  unavailableMessage,
  type PagefindResultData,
} from '../../src/lib/search';

describe('normaliseQuery', () => {
  it('trims, folds whitespace and drops control characters', () => {
    expect(normaliseQuery('  qualification \n\t test  ')).toBe('qualification test');
    expect(normaliseQuery('demo\u0000ted\u200b')).toBe('demo ted');
  });

  it('turns anything but a string into an empty query', () => {
    for (const value of [null, undefined, 42, {}, ['x']]) expect(normaliseQuery(value)).toBe('');
  });

  it('always returns a trimmed string no longer than the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (raw) => {
        const query = normaliseQuery(raw);
        expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(query).toBe(query.trim());
        expect(normaliseQuery(query)).toBe(query);
      }),
    );
  });
});

describe('search page address', () => {
  it('reads ?q= and writes it back', () => {
    expect(queryFromSearch('?q=qualification+test')).toBe('qualification test');
    expect(queryFromSearch('?q=%3Cimg%3E')).toBe('<img>');
    expect(queryFromSearch('')).toBe('');
    expect(queryFromSearch('?q=%E0%A4%A')).not.toBe('');
    expect(searchPageHref('calibration & tiers')).toBe('/search/?q=calibration%20%26%20tiers');
    expect(searchPageHref('   ')).toBe('/search/');
  });

  it('round-trips any query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (raw) => {
        const query = normaliseQuery(raw);
        expect(queryFromSearch(new URL(searchPageHref(query), 'https://x.test').search)).toBe(query);
      }),
    );
  });
});

describe('excerptParts', () => {
  it('splits Pagefind marks into runs and decodes escaped text', () => {
    expect(excerptParts('Volunteer for <mark>calibration</mark> rounds &amp; <mark>review</mark> &lt;b&gt;')).toEqual([
      { text: 'Volunteer for ', marked: false },
      { text: 'calibration', marked: true },
      { text: ' rounds & ', marked: false },
      { text: 'review', marked: true },
      { text: ' <b>', marked: false },
    ]);
  });

  it('merges adjacent runs and drops any other tag', () => {
    expect(excerptParts('<mark>qual</mark><mark>ification</mark> <img src=x onerror=alert(1)>test')).toEqual([
      { text: 'qualification', marked: true },
      { text: ' test', marked: false },
    ]);
  });

  it('keeps every visible character of a plain excerpt', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !/[<&]/.test(s)), (text) => {
        expect(excerptParts(text).map((part) => part.text).join('')).toBe(text);
      }),
    );
  });
});

describe('shapeResult', () => {
  const page = (subs: PagefindResultData['sub_results']): PagefindResultData => ({
    url: '/guide/reviewer/?highlight=calibration',
    excerpt: 'about <mark>calibration</mark>',
    meta: { title: 'Becoming a reviewer' },
    sub_results: subs,
  });
  const sub = (title: string, hits: number, anchor = true) => ({
    title,
    url: `/guide/reviewer/?highlight=calibration${anchor ? `#${title.toLowerCase().replace(/ /g, '-')}` : ''}`,
    excerpt: `<mark>calibration</mark> in ${title}`,
    locations: Array.from({ length: hits }, (_, i) => i),
  });

  it('keeps the page title, link and marked excerpt', () => {
    const hit = shapeResult(page([]));
    expect(hit.title).toBe('Becoming a reviewer');
    expect(hit.url).toBe('/guide/reviewer/?highlight=calibration');
    expect(hit.excerpt).toEqual([
      { text: 'about ', marked: false },
      { text: 'calibration', marked: true },
    ]);
    expect(hit.sections).toEqual([]);
  });

  it('keeps at most three heading sections, the most matched, in page order', () => {
    const hit = shapeResult(page([sub('One', 1), sub('Two', 5), sub('Three', 2), sub('Four', 4), sub('Five', 3)]));
    expect(hit.sections.map((section) => section.title)).toEqual(['Two', 'Four', 'Five']);
    expect(hit.sections).toHaveLength(MAX_SUB_RESULTS);
    expect(hit.sections[0]!.url).toBe('/guide/reviewer/?highlight=calibration#two');
  });

  it('leaves out the page-top entry and sections named like the page', () => {
    const hit = shapeResult(page([sub('Intro', 9, false), sub('Becoming a reviewer', 8), sub('Practice', 1)]));
    expect(hit.sections.map((section) => section.title)).toEqual(['Practice']);
  });

  it('falls back to the address when a page has no title', () => {
    expect(shapeResult({ url: '/x/', excerpt: '', meta: {} }).title).toBe('/x/');
  });
});

describe('resultsMessage', () => {
  it('counts results and quotes the query', () => {
    expect(resultsMessage('reviewer', 5)).toBe('5 results for “reviewer”');
    expect(resultsMessage('reviewer', 1)).toBe('1 result for “reviewer”');
    expect(resultsMessage('', 3)).toBe('');
  });

  it('explains an empty result with a hint', () => {
    expect(resultsMessage('zzz', 0)).toMatch(/^No results for “zzz”\. Try /);
  });
});

describe('unavailableMessage', () => {
  it('under the dev server says there is no index, without trying to load one', () => {
    expect(unavailableMessage({ dev: true, loadFailed: false })).toBe(DEV_NO_INDEX_MESSAGE);
    expect(DEV_NO_INDEX_MESSAGE).toMatch(/npm run build/);
  });

  it('in a build reports a failed load, and otherwise lets search run', () => {
    expect(unavailableMessage({ dev: false, loadFailed: true })).toBe(LOAD_FAILED_MESSAGE);
    expect(unavailableMessage({ dev: false, loadFailed: false })).toBeNull();
  });
});
