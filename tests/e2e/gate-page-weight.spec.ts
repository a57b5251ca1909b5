// Page-weight gate: what each page downloads at load (after scrolling through it, so lazy widgets count), against
// the budgets, with a table of every page's bytes in the log.
import { test, expect } from './fixtures';
import { BUDGETS, budgetKind, budgetProblems, formatWeightTable, measurePageLoad, type PageLoad } from '../support/page-weight';
import { sitePages } from '../support/site-pages';

const measured: PageLoad[] = [];

test.describe('page weight', () => {
  test.afterAll(() => {
    if (measured.length > 0) console.log(`\nBytes loaded per page (raw/gzip):\n${formatWeightTable(measured)}\n`);
  });

  for (const { path } of sitePages()) {
    const kind = budgetKind({ path });
    const budget = BUDGETS[kind];
    test(`${path} stays within the ${kind} budget, with no web font and no other origin`, async ({ page }) => {
      const load = await measurePageLoad(page, path);
      measured.push(load);
      expect(load.bytes.html.raw, 'the page itself was measured').toBeGreaterThan(0);
      expect(budgetProblems(load, budget)).toEqual([]);
    });
  }
});
