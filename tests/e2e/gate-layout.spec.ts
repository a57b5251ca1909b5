// Layout gate (issue 17): every sitemap page (and the 404 page) at 320 and 768 px: no sideways scroll, a one-row
// header, no clipped text in HTML or SVG, selects that show their whole options, and no table that scrolls sideways
// on a reading page. The gate pass (tests/e2e/gate-pages.spec.ts) runs the same checks at 360 and 1280 px on its own
// loads, so together they cover 320, 360, 768 and 1280 px. Layout does not depend on the theme: light only.
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { headerMetrics, layoutProblems, pageLayoutProblems, sidewaysScrollBoxes } from '../support/layout';
import { settlePage } from '../support/settle';
import { PRIMARY_NAV } from '../../src/lib/site';
import { sitePages } from '../support/site-pages';
import { serveStatic } from '../support/static-server';

/** The widths the gate pass does not load. */
const OTHER_WIDTHS = [320, 768] as const;

test.use({ colorScheme: 'light' });

test.describe('every page lays out at every width', () => {
  for (const { path } of sitePages()) {
    test(`${path} at ${OTHER_WIDTHS.join(' and ')} px`, async ({ page }) => {
      // One load, settled once (every island hydrated), then each width: the layout follows the window's width.
      await page.setViewportSize({ width: OTHER_WIDTHS[0], height: 800 });
      await page.goto(path);
      await settlePage(page);
      for (const width of OTHER_WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        expect(await pageLayoutProblems(page, path), `${path} at ${width} px`).toEqual([]);
      }
    });
  }
});

test('the header is one row: under 64 px with a menu button on a phone, the navigation shown at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/guide/');
  expect((await headerMetrics(page)).height).toBeLessThanOrEqual(64);
  const menu = page.locator('summary.site-menu__button');
  const nav = page.getByRole('navigation', { name: 'Primary' });
  await expect(menu).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Guide' })).toBeHidden();
  await expect(page.getByRole('button', { name: /Search/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();

  await menu.click();
  await expect(nav.getByRole('link', { name: 'Guide' })).toBeVisible();
  await expect(page.locator('details.site-menu')).toHaveAttribute('open', '');
  await page.keyboard.press('Escape');
  await expect(page.locator('details.site-menu')).not.toHaveAttribute('open');
  await expect(menu).toBeFocused();

  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(menu).toBeHidden();
  // Every item of the registry is shown in the row, and the row ends inside the window (nothing pushed off the edge).
  for (const item of PRIMARY_NAV) await expect(nav.getByRole('link', { name: item.label, exact: true })).toBeVisible();
  expect((await headerMetrics(page)).rows).toBe(1);
  const themeBox = await page.getByRole('button', { name: 'Dark theme' }).boundingBox();
  expect(themeBox!.x + themeBox!.width).toBeLessThanOrEqual(1280);
});

test('the menu opens without JavaScript', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  await page.goto('/');
  await page.locator('summary.site-menu__button').click();
  await expect(page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Pay estimator' })).toBeVisible();
  await page.close();
});

test('a table reflows into stacked rows on a phone, its headers kept for screen readers', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/guide/timeline/');
  const table = page.getByRole('table', { name: /Typical time for each promotion step/ });
  // Still a table with column headers in the accessibility tree, while each row is drawn as a card.
  await expect(table.getByRole('columnheader', { name: 'Typical time' })).toHaveCount(1);
  expect(await table.locator('tbody tr').first().evaluate((row) => getComputedStyle(row).display)).toBe('block');
  expect(await table.locator('td[data-label="Typical time"]').first().evaluate((cell) => getComputedStyle(cell, '::before').content)).toContain('Typical time');
});

test.describe('the layout checks catch a broken page', () => {
  test('sideways scroll, a tall header, clipped HTML and SVG text, a cut select and a scrolling box', async ({ page }) => {
    const server = await serveStatic(fileURLToPath(new URL('../fixtures/gates/', import.meta.url)));
    try {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(`${server.origin}/layout-breakage.html`);
      const problems = (await layoutProblems(page)).join('\n');
      expect(problems).toMatch(/^the page is \d+ px wide in a 360 px window/m);
      expect(problems).toMatch(/the header has [2-9] rows/);
      expect(problems).toMatch(/the header is \d+ px tall/);
      expect(problems).toContain('p.narrow "Unbreakable-words-like-this-one-run-out-of-their-b" runs');
      expect(problems).toContain('SVG text "A label past the edge" lies outside its <svg>');
      expect(problems).toContain('select "Level" cuts "Level 1 — Tasker/Annotator"');
      expect((await sidewaysScrollBoxes(page)).join('\n')).toContain('div[aria-label="A wide box"] scrolls sideways');
    } finally {
      await server.close();
    }
  });
});
