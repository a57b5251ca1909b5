// Without JavaScript every page still shows its heading and first paragraph, and each widget its default result.
import { test, expect } from './fixtures';
import { missingMainContent } from '../support/no-js';
import { sitePages } from '../support/site-pages';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const { path } of sitePages()) {
    test(`${path} shows its main content`, async ({ page }) => {
      await page.goto(path);
      expect(await missingMainContent(page)).toEqual([]);
    });
  }
});
