import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEV_NO_INDEX_MESSAGE,
  LOAD_FAILED_MESSAGE,
  MAX_QUERY_LENGTH,
  MAX_SUB_RESULTS,
  excerptParts,
  foldWord,
  looseStem,
  matchedWords,
  matchesEveryTerm,
  normaliseQuery,
  queryFromSearch,
  isolate,
  resultsMessage,
  searchPageHref,
  separateNearMatches,
  shapeResult,
  unavailableMessage,
  type PagefindResultData,
} from '../../src/lib/search/search';

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

describe('a query in the sentence around it', () => {
  it('is isolated, so right-to-left text keeps the English words and quotes in order', () => {
    expect(resultsMessage('مراجع', 2)).toBe('2 results for “\u2068مراجع\u2069”');
    expect(isolate('שלום')).toBe('\u2068שלום\u2069');
  });
});

describe('resultsMessage', () => {
  it('counts results and quotes the query', () => {
    expect(resultsMessage('reviewer', 5)).toBe('5 results for “\u2068reviewer\u2069”');
    expect(resultsMessage('reviewer', 1)).toBe('1 result for “\u2068reviewer\u2069”');
    expect(resultsMessage('', 3)).toBe('');
  });

  it('explains an empty result with a hint', () => {
    expect(resultsMessage('zzz', 0)).toMatch(/^No results for “\u2068zzz\u2069”\. Try /);
  });

  it('says how many near matches were left out', () => {
    expect(resultsMessage('Paystack', 0, 11)).toBe(
      'No results for “\u2068Paystack\u2069”. 11 pages share only its first letters and are not shown. Try fewer words, another spelling, or a broader term such as “reviewer”.',
    );
    expect(resultsMessage('Paystack', 0, 1)).toContain('1 page shares only its first letters and is not shown.');
    expect(resultsMessage('pay', 4, 2)).toBe('4 results for “\u2068pay\u2069”');
  });
});

describe('near matches (a word found nowhere on the site)', () => {
  // Shaped like Pagefind's data(): the matched words sit at `locations` in the whitespace-split content.
  const page = (content: string, ...words: string[]) => {
    const split = content.split(/\s+/);
    return { content, locations: words.map((w) => split.indexOf(w)) };
  };
  const payPage = page('How your pay grows: the payThe step pays more higher-paying PayPal.', 'pay', 'payThe', 'pays', 'higher-paying', 'PayPal.');

  it('reads the matched words at their locations', () => {
    expect(matchedWords(payPage)).toEqual(['pay', 'payThe', 'pays', 'higher-paying', 'PayPal.']);
    expect(matchedWords({ content: 'a b', locations: [5] })).toEqual([]);
    expect(matchedWords({})).toEqual([]);
  });

  it('folds words to lower-case letters and digits', () => {
    expect(foldWord("Attempters'")).toBe('attempters');
    expect(foldWord('Net')).toBe('net');
    expect(foldWord('Pérez')).toBe('perez');
    expect(foldWord('$5')).toBe('5');
  });

  it('takes at most one common ending off a term, keeping three letters', () => {
    expect(looseStem('reviewers')).toBe('review');
    expect(looseStem('qualifications')).toBe('qualific');
    expect(looseStem('payouts')).toBe('payout');
    expect(looseStem('value')).toBe('valu');
    expect(looseStem('pay')).toBe('pay');
    expect(looseStem('paystack')).toBe('paystack');
    expect(looseStem('payoneer')).toBe('payone');
  });

  it('a word that is on the page matches, in any case or inflection', () => {
    expect(matchesEveryTerm('PayPal', payPage)).toBe(true);
    expect(matchesEveryTerm('pay', payPage)).toBe(true);
    expect(matchesEveryTerm('paying', payPage)).toBe(true); // "higher-paying", read at the hyphen
    expect(matchesEveryTerm('reviewers', page('A review of the work.', 'review'))).toBe(true);
    expect(matchesEveryTerm('Attempter', page("checks Attempters' work", "Attempters'"))).toBe(true);
  });

  it('a half-typed word matches the words it starts', () => {
    expect(matchesEveryTerm('payo', page('Payoneer payout', 'Payoneer', 'payout'))).toBe(true);
  });

  it('reads words the index ran together at a change of case', () => {
    expect(matchesEveryTerm('net 30', page('you are paidNet 30, sooner', 'paidNet', '30,'))).toBe(true);
    expect(matchesEveryTerm('QA', page('Reviewer/QALevel', 'Reviewer/QALevel'))).toBe(true);
  });

  it('a page that only shares the first letters is a near match', () => {
    // Pagefind answers "Paystack" and "Payoneer" with "pay" words when the site has neither.
    expect(matchesEveryTerm('Paystack', payPage)).toBe(false);
    expect(matchesEveryTerm('Payoneer', payPage)).toBe(false);
    expect(matchesEveryTerm('Payoneer', page('a payout', 'payout'))).toBe(false);
  });

  it('every word of a longer query must be there', () => {
    expect(matchesEveryTerm('net 30', page('the network grows 30 percent', 'network', '30'))).toBe(true);
    expect(matchesEveryTerm('paystack fees', page('pay fees', 'pay', 'fees'))).toBe(false);
  });

  it('does not judge a query of punctuation alone', () => {
    expect(matchesEveryTerm('—', payPage)).toBe(true);
  });

  it('separates matches from near matches, keeping Pagefind’s order', () => {
    const paypal = page('Paid by PayPal weekly', 'PayPal');
    const { matches, near } = separateNearMatches('PayPal', [payPage, paypal, page('pay', 'pay')]);
    expect(matches).toEqual([payPage, paypal]);
    expect(near).toHaveLength(1);
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
