// The per-page quality gates in one pass: each page of the sitemap (and the 404 page) is loaded once per width
// with JavaScript on, and every check of tests/support/page-gates.ts (page weight, axe in both themes, keyboard
// operation, reduced motion, visible focus, CSP violations) reads that load; one more load with JavaScript off checks
// the main content. Page states that need input (search results, tool results) get axe too.
import { test, expect } from './fixtures';
import { formatWeightTable } from '../support/page-weight';
import { PAGE_STATES } from '../support/page-states';
import { WIDTHS, gatePageAtWidth, gatePageState, gatePageWithoutJs, type Finding } from '../support/page-gates';
import { sitePages } from '../support/site-pages';

const pages = sitePages();

function expectNoProblems(findings: Finding[]): void {
  expect(findings.length, 'checks that ran').toBeGreaterThan(0);
  for (const { check, where, problems } of findings) expect.soft(problems, `${check} (${where})`).toEqual([]);
}

test.describe.configure({ mode: 'parallel' });

for (const subject of pages) {
  for (const width of WIDTHS) {
    test(`${subject.path} at ${width} px`, async ({ page }) => {
      const { findings, load } = await gatePageAtWidth(page, subject, width);
      if (load) console.log(`Bytes loaded by ${subject.path} (raw/gzip):\n${formatWeightTable([load])}`);
      expectNoProblems(findings);
    });
  }
  test.describe(() => {
    test.use({ javaScriptEnabled: false });
    test(`${subject.path} without JavaScript`, async ({ page }) => {
      expectNoProblems(await gatePageWithoutJs(page, subject));
    });
  });
}

for (const state of PAGE_STATES) {
  for (const width of WIDTHS) {
    test(`${state.path}: ${state.name} at ${width} px`, async ({ page }) => {
      expectNoProblems(await gatePageState(page, state, width));
    });
  }
}

test('the build has tool pages for the keyboard check to cover', () => {
  expect(pages.filter((page) => page.isTool).length).toBeGreaterThan(0);
});
