// The built site has no broken internal link or #anchor. Reads dist/ directly, so it checks every page, not a sample.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { findBrokenLinks, parseTags } from '../support/links';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The origin the build was made for, taken from the home page's canonical link, so absolute self-links are checked too. */
function builtSiteOrigin(): string {
  const canonical = parseTags(readFileSync(`${dist}index.html`, 'utf8')).find(
    (t) => t.name === 'link' && t.attributes.get('rel') === 'canonical',
  );
  const href = canonical?.attributes.get('href');
  if (!href) throw new Error('dist/index.html has no canonical link; run `npm run build` first');
  return new URL(href).origin;
}

test('no internal link or #anchor in the built site is broken', () => {
  expect(findBrokenLinks(dist, { site: builtSiteOrigin() })).toEqual([]);
});
