// Static gates over the built files: valid HTML on every page, every internal link and #anchor resolves, the article's
// undated figures are said to be undated once per page, and the byte tricks are in effect.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test, expect } from '@playwright/test';
import { htmlErrors } from '../support/html-validation';
import { findBrokenLinks } from '../support/links';
import { articleUndatedProblems } from '../support/article-undated';
import { CHUNK_GROUPS } from '../../src/integrations/byte-tricks/chunk-groups';
import { DIST_DIR, htmlFilesUnder, pathOfFile, sitePages, siteOrigin } from '../support/site-pages';
import { precachedPaths, precacheSize } from '../support/precache';
import { realContent } from '../support/content';
import { siteFactsSchema } from '../../src/schemas/site';

test('html-validate finds no error in any page of dist/', async () => {
  const files = htmlFilesUnder(DIST_DIR);
  expect(files.length).toBeGreaterThan(0);
  expect(await htmlErrors(files)).toEqual([]);
});

test('every internal link and #anchor in dist/ resolves', () => {
  expect(findBrokenLinks(DIST_DIR, siteOrigin())).toEqual([]);
});

test("every page showing the article's pay ranges or platform descriptions says once that the article is undated", () => {
  const pages = htmlFilesUnder(DIST_DIR).map((file) => ({ path: pathOfFile(DIST_DIR, file), html: readFileSync(file, 'utf8') }));
  const problems = pages.flatMap(({ path, html }) => articleUndatedProblems(html).map((problem) => `${path}: ${problem}`));
  expect(problems).toEqual([]);
  // The pages that carry the figures are there to be checked.
  expect(pages.filter(({ html }) => html.includes('data-article-undated')).length).toBeGreaterThanOrEqual(10);
});

test('the three byte tricks are in effect in the build (src/integrations/byte-tricks/)', () => {
  const dir = join(DIST_DIR, '_astro');
  const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
  const containing = (text: string) => scripts.filter((name) => readFileSync(join(dir, name), 'utf8').includes(text));
  expect(scripts.length).toBeGreaterThan(0);
  expect.soft(containing('preactSignals'), 'trick 1: a chunk still reads signals passed as props (is the Preact client alias in place?)').toEqual([]);
  expect.soft(containing('modulepreload'), "trick 2: Vite's preload helper is back in a chunk").toEqual([]);
  // The site-chrome group holds the layout's script, an entry, so its chunk takes that script's name instead.
  for (const { name } of CHUNK_GROUPS.filter((group) => group.name !== 'site-chrome')) {
    const chunks = scripts.filter((script) => script.startsWith(`${name}.`));
    expect.soft(chunks, `trick 3: no "${name}" chunk: are the chunk groups applied?`).toHaveLength(1);
  }
});

test('the service worker precaches every page and what it loads, not the search index; site.yaml states its size', () => {
  const precached = new Set(precachedPaths(DIST_DIR));
  const assets = readdirSync(join(DIST_DIR, '_astro')).map((name) => `_astro/${name}`);
  const pages = sitePages().map(({ file }) => relative(DIST_DIR, file).split(sep).join('/'));
  const missing = [...pages, ...assets, 'manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png', 'icons/maskable-512.png'].filter(
    (path) => !precached.has(path),
  );
  expect(missing).toEqual([]);
  expect([...precached].filter((path) => path.startsWith('pagefind/'))).toEqual([]);
  // The figure the README and /about/ give (kB gzip): within 15% of what this build downloads.
  const { offlineDownloadKb } = siteFactsSchema.parse(realContent().site[0]);
  const measuredKb = precacheSize(DIST_DIR).gzip / 1000;
  expect(Math.abs(measuredKb - offlineDownloadKb) / measuredKb, `precache is ${measuredKb.toFixed(0)} kB gzip; set offlineDownloadKb in content/data/site.yaml`).toBeLessThanOrEqual(0.15);
});
