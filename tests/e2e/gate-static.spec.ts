// Static gates over the built files: valid HTML on every page, and every internal link and #anchor resolves.
import { test, expect } from '@playwright/test';
import { htmlErrors } from '../support/html-validation';
import { findBrokenLinks } from '../support/links';
import { DIST_DIR, htmlFilesUnder, siteOrigin } from '../support/site-pages';

test('html-validate finds no error in any page of dist/', async () => {
  const files = htmlFilesUnder(DIST_DIR);
  expect(files.length).toBeGreaterThan(0);
  expect(await htmlErrors(files)).toEqual([]);
});

test('every internal link and #anchor in dist/ resolves', () => {
  expect(findBrokenLinks(DIST_DIR, siteOrigin())).toEqual([]);
});
