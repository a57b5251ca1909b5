// Accessibility gates over every page of the build: axe (WCAG 2.2 A/AA) in both themes at desktop and phone width,
// visible focus on everything Tab reaches, no motion for reduced motion, and tool controls operable by keyboard alone.
import { test, expect } from './fixtures';
import { THEMES, WIDTHS, axeViolations, elementsWithInvisibleFocus, keyboardChangeFailures, runningMotion, setTheme } from '../support/accessibility';
import { settlePage } from '../support/settle';
import { sitePages } from '../support/site-pages';

const pages = sitePages();
const toolPages = pages.filter((page) => page.isTool);

test.describe('accessibility', () => {
  // Four full axe runs and a Tab through the whole page, on one load per page.
  test.describe.configure({ timeout: 180_000 });

  for (const { path } of pages) {
    test(`${path}: axe in both themes at ${WIDTHS.join(' and ')} px, visible focus, no motion when reduced`, async ({ page }) => {
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
      expect.soft(violations, 'axe violations (WCAG 2.2 A and AA)').toEqual([]);

      await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect.soft(await runningMotion(page), 'motion with reduced motion requested').toEqual([]);
      expect.soft(await elementsWithInvisibleFocus(page), 'elements focused without a visible indicator').toEqual([]);
      // Hover and focus states are where transitions usually hide.
      await page.locator('header a').first().hover();
      expect.soft(await runningMotion(page), 'motion on hover and focus with reduced motion requested').toEqual([]);
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
    expect(toolPages.length).toBeGreaterThan(0);
  });
});
