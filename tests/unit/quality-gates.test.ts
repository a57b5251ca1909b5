// The file-based quality gates (links, HTML validity, security policy, _headers, budgets) against fixture pages:
// each reports the breakage it exists to catch and stays quiet on the good page.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { metaPolicy, renderHeadersFile, siteWidePolicy } from '../../src/integrations/security-headers';
import { headersProblems, parseHeadersFile, sourcesMissingFrom } from '../support/headers-file';
import { htmlErrors } from '../support/html-validation';
import { findBrokenLinks } from '../support/links';
import { articleUndatedProblems } from '../support/article-undated';
import { BUDGETS, budgetKind, budgetProblems, formatWeightTable, scrolledProblems, splitInlineScripts, type PageLoad } from '../support/page-weight';
import { cspProblems, sha256Source } from '../support/security';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/gates/${name}`, import.meta.url));
const read = (name: string) => readFileSync(fixture(name), 'utf8');

describe('findBrokenLinks', () => {
  it('reports missing pages, missing anchors, a missing trailing slash and broken absolute links to the site', () => {
    const broken = findBrokenLinks(fixture('links/'), 'https://fixture.example');
    expect(broken.map(({ page, href, reason }) => `${page} ${href}: ${reason}`).sort()).toEqual([
      '/ #gone: no id="gone" on /',
      '/ /missing.png: no page at /missing.png',
      '/ /missing/: no page at /missing/',
      '/ /page/#nowhere: no id="nowhere" on /page/',
      '/ /page: no page at /page (add the trailing slash)',
      '/ https://fixture.example/also-missing/: no page at /also-missing/',
    ].sort());
  });
});

describe('articleUndatedProblems', () => {
  const note = '<p class="article-undated" data-article-undated>The article behind this guide is undated.</p>';
  it("reports a page with the article's pay range, or a fact marked as the article's, and no note", () => {
    expect(articleUndatedProblems('<main><p>$15–$35 an hour</p></main>')).toHaveLength(1);
    expect(articleUndatedProblems('<main><a class="source-mark source-mark--article" href="/sources/#article">Article</a></main>')).toHaveLength(1);
  });
  it('reports the note said twice, on any page', () => {
    expect(articleUndatedProblems(`<main>${note}${note}</main>`)).toEqual(['says the article is undated 2 times, not once']);
  });
  it('passes a page with its one note, or a page with neither', () => {
    expect(articleUndatedProblems(`<main>${note}<p>$15–$35 an hour</p></main>`)).toEqual([]);
    expect(articleUndatedProblems('<main><p>£6 / $8 an hour, from an official page</p></main>')).toEqual([]);
  });
});

describe('htmlErrors', () => {
  it('passes the good page and reports invalid nesting and a duplicate id', async () => {
    expect(await htmlErrors([fixture('good.html')])).toEqual([]);
    const errors = (await htmlErrors([fixture('invalid.html')])).join('\n');
    expect(errors).toContain('no-dup-id');
    expect(errors).toContain('close-order');
    // The first call loads html-validate and its rules, which takes seconds on a busy two-core machine.
  }, 30_000);
});

describe('cspProblems', () => {
  it('passes the good page', () => {
    expect(cspProblems(read('good.html'))).toEqual([]);
  });

  it('reports a page without a policy, an unhashed inline script and a script placed before the policy', () => {
    expect(cspProblems(read('foreign-request.html'))).toEqual(['no Content-Security-Policy <meta>']);
    expect(cspProblems(read('inline-script.html'))).toEqual(['inline script not in script-src: document.body.dataset.ran = "yes";']);
    expect(cspProblems(read('script-before-policy.html'))).toEqual(['a script or style comes before the CSP <meta>']);
  });

  it('accepts an inline script whose hash the policy lists, and rejects unsafe sources and inline attributes', () => {
    const script = 'document.body.dataset.ran = "yes";';
    const hashed = read('inline-script.html').replace("script-src 'self'", `script-src 'self' ${sha256Source(script)}`);
    expect(cspProblems(hashed)).toEqual([]);
    const unsafe = read('good.html').replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
    expect(cspProblems(unsafe)).toEqual(["script-src allows 'unsafe-inline'"]);
    const inlineAttributes = read('good.html').replace('<main>', '<main style="color: red" onclick="go()">');
    expect(cspProblems(inlineAttributes)).toHaveLength(2);
    const leaky = read('good.html').replace('content="no-referrer"', 'content="unsafe-url"');
    expect(cspProblems(leaky)).toEqual(['referrer policy "unsafe-url" is not strict']);
  });
});

describe('_headers', () => {
  const pagePolicies = [
    "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'",
    "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-c'",
  ];

  it('merges the pages’ policies so each page’s sources are allowed, and forbids framing', () => {
    const policy = siteWidePolicy(pagePolicies);
    expect(policy).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-c'; frame-ancestors 'none'");
    for (const page of pagePolicies) expect(sourcesMissingFrom(policy, page)).toEqual([]);
    expect(sourcesMissingFrom(siteWidePolicy(pagePolicies.slice(0, 1)), pagePolicies[1]!)).toEqual(["script-src 'sha256-b'", "style-src 'sha256-c'"]);
  });

  it('writes a file the header checks accept, and they report what is missing', () => {
    const rules = parseHeadersFile(renderHeadersFile(siteWidePolicy(pagePolicies)));
    expect(headersProblems(rules)).toEqual([]);
    const weak = parseHeadersFile("/*\n  Content-Security-Policy: default-src 'self'\n  Referrer-Policy: unsafe-url\n");
    expect(headersProblems(weak)).toEqual([
      "CSP lacks frame-ancestors 'none'",
      'X-Frame-Options is not DENY',
      'X-Content-Type-Options is not nosniff',
      'Referrer-Policy is missing or not strict',
    ]);
  });

  it('reads the policy from a page’s <meta>', () => {
    expect(metaPolicy(read('good.html'))).toBe("default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'");
    expect(metaPolicy(read('foreign-request.html'))).toBeNull();
  });
});

describe('page weight', () => {
  const load = (jsGzip: number, htmlGzip: number, cssGzip: number): PageLoad => ({
    url: 'http://127.0.0.1/tools/x/',
    requests: 4,
    bytes: {
      html: { raw: htmlGzip * 4, gzip: htmlGzip },
      css: { raw: cssGzip * 4, gzip: cssGzip },
      js: { raw: jsGzip * 3, gzip: jsGzip },
      font: { raw: 0, gzip: 0 },
      other: { raw: 10, gzip: 10 },
    },
    foreignRequests: [],
    webFonts: [],
  });

  it('holds each kind of page to its budget, at the limit and one byte over', () => {
    // Budgets are in bytes of 1,000: 3,000 B of JS and 20,000 B of HTML+CSS (10,000 + 10,000) pass, one byte more fails.
    expect(budgetProblems(load(3000, 10_000, 10_000), BUDGETS.page)).toEqual([]);
    expect(budgetProblems(load(3001, 10_000, 10_001), BUDGETS.page)).toEqual([
      'JavaScript 3001 B gzip > 3000 B',
      'HTML+CSS 20001 B gzip > 20000 B',
    ]);
    expect(budgetProblems(load(5000, 1, 1), BUDGETS.guideWithWidget)).toEqual([]);
    expect(budgetProblems(load(5001, 1, 1), BUDGETS.guideWithWidget)).toEqual(['JavaScript 5001 B gzip > 5000 B']);
    expect(budgetProblems(load(19_000, 1, 1), BUDGETS.tool)).toEqual([]);
    expect(budgetProblems(load(19_001, 1, 1), BUDGETS.tool)).toEqual(['JavaScript 19001 B gzip > 19000 B']);
  });

  it('holds a guide page with a widget to 12,000 B once scrolled to the end, a reading page to 3,000 B, a tool to none', () => {
    expect(scrolledProblems(load(12_000, 1, 1), BUDGETS.guideWithWidget)).toEqual([]);
    expect(scrolledProblems(load(12_001, 1, 1), BUDGETS.guideWithWidget)).toEqual(['JavaScript after scrolling to the end 12001 B gzip > 12000 B']);
    expect(scrolledProblems(load(3_001, 1, 1), BUDGETS.page)).toEqual(['JavaScript after scrolling to the end 3001 B gzip > 3000 B']);
    expect(scrolledProblems(load(90_000, 1, 1), BUDGETS.tool)).toEqual([]);
  });

  it('gives each page its budget by path: tools, guide pages that embed a widget, the rest', () => {
    expect(budgetKind({ path: '/tools/pay-estimator/' })).toBe('tool');
    expect(budgetKind({ path: '/tools/some-future-tool/' })).toBe('tool');
    expect(budgetKind({ path: '/guide/' })).toBe('guideWithWidget');
    expect(budgetKind({ path: '/guide/timeline/' })).toBe('guideWithWidget');
    expect(budgetKind({ path: '/guide/reviewer/' })).toBe('page');
    expect(budgetKind({ path: '/' })).toBe('page');
    expect(budgetKind({ path: '/404.html' })).toBe('page');
  });

  it('counts inline scripts as JavaScript, not HTML', () => {
    const split = splitInlineScripts('<p>a</p><script>one()</script><script type="module">two()</script><script src="/x.js"></script><script type="application/json">{}</script>');
    expect(split.scripts).toBe('one()\ntwo()');
    expect(split.markup).toBe('<p>a</p><script src="/x.js"></script><script type="application/json">{}</script>');
  });

  it('prints one row per page with raw/gzip bytes by type and the request count', () => {
    const lines = formatWeightTable([load(100, 200, 300)]).split('\n');
    expect(lines[0]).toMatch(/^page\s+html raw\/gz\s+css raw\/gz\s+js raw\/gz\s+font raw\/gz\s+other raw\/gz\s+requests$/);
    expect(lines[2]).toMatch(/^\/tools\/x\/\s+800\/200\s+1200\/300\s+300\/100\s+0\/0\s+10\/10\s+4$/);
  });
});
