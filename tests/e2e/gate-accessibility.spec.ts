// Accessibility gates over every page of the build: axe (WCAG 2.2 A/AA) in both themes at desktop and phone width,
// visible focus on everything Tab reaches, tool controls operable by keyboard alone, no motion for reduced motion.
import { test, expect } from './fixtures';
import { THEMES, WIDTHS, axeViolations, elementsWithInvisibleFocus, keyboardChangeFailures, runningMotion, setTheme } from '../support/accessibility';
import { settlePage } from '../support/settle';
import { sitePages } from '../support/site-pages';

const pages = sitePages();
const toolPages = pages.filter((page) => page.isTool);

test.describe('axe: WCAG 2.2 A and AA', () => {
  // Four full axe runs per page.
  test.describe.configure({ timeout: 120_000 });
  for (const { path } of pages) {
    test(`${path} has no violations in light and dark themes at ${WIDTHS.join(' and ')} px`, async ({ page }) => {
      // One load per page; the theme and width change in place, as a reader's would.
      await page.goto(path);
      await settlePage(page);
      const violations: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        for (const theme of THEMES) {
          await setTheme(page, theme);
          violations.push(...(await axeViolations(page)).map((violation) => `${theme} ${width}px: ${violation}`));
        }
      }
      expect(violations).toEqual([]);
    });
  }
});

test.describe('keyboard', () => {
  for (const { path } of pages) {
    test(`${path}: focus is visible on every element Tab reaches`, async ({ page }) => {
      await page.goto(path);
      await settlePage(page);
      expect(await elementsWithInvisibleFocus(page)).toEqual([]);
    });
  }

  for (const { path } of toolPages) {
    test(`${path}: every form control is reached with Tab and changed with the keyboard`, async ({ page }) => {
      await page.goto(path);
      await settlePage(page);
      expect(await keyboardChangeFailures(page)).toEqual([]);
    });
  }
  test('the build has tool pages for the keyboard test to cover', () => {
    test.skip(toolPages.length === 0, 'no page in this build has a hydrated widget yet');
    expect(toolPages.length).toBeGreaterThan(0);
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  for (const { path } of pages) {
    test(`${path}: nothing animates or transitions for more than 0.01 s`, async ({ page }) => {
      await page.goto(path);
      await settlePage(page);
      expect(await runningMotion(page)).toEqual([]);
      // Hover and focus states are where transitions usually hide.
      await page.keyboard.press('Tab');
      await page.locator('header a').first().hover();
      expect(await runningMotion(page)).toEqual([]);
    });
  }
});
