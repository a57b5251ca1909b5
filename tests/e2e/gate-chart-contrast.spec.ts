// Chart-text contrast gate: every <text> in an <svg> on every sitemap page meets WCAG AA against what is behind it,
// in the light and the dark theme (axe does not check SVG text). Charts that draw when scrolled into view are drawn
// first. A fixture page with faint chart labels shows the gate failing.
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { setTheme, THEMES } from '../support/accessibility';
import { drawCharts, lowContrastChartText } from '../support/chart-contrast';
import { settlePage } from '../support/settle';
import { sitePages } from '../support/site-pages';
import { serveStatic } from '../support/static-server';

// Page loads with slow scrolling, on a shared two-core machine.
test.describe.configure({ timeout: 90_000 });
test.use({ colorScheme: 'light' });

test.describe('chart text meets AA contrast in both themes', () => {
  for (const { path } of sitePages()) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await settlePage(page);
      await drawCharts(page);
      for (const theme of THEMES) {
        await setTheme(page, theme);
        expect(await lowContrastChartText(page), `${path} in the ${theme} theme`).toEqual([]);
      }
    });
  }

  test('the charts on the tool pages are checked (they have SVG text to check)', async ({ page }) => {
    for (const path of ['/', '/tools/pay-estimator/', '/tools/promotion-timeline/']) {
      await page.goto(path);
      await settlePage(page);
      await drawCharts(page);
      expect(await page.locator('svg text').count(), path).toBeGreaterThan(3);
    }
  });
});

test('the gate reports faint chart labels on a fixture page, and only those', async ({ page }) => {
  const server = await serveStatic(fileURLToPath(new URL('../fixtures/gates/', import.meta.url)));
  try {
    await page.goto(`${server.origin}/low-contrast-chart.html`);
    const problems = await lowContrastChartText(page);
    expect(problems).toEqual([
      'SVG text "Faint label": contrast 2.32:1 < 4.5:1',
      'SVG text "Label on a light bar": contrast 2.14:1 < 4.5:1',
    ]);
  } finally {
    await server.close();
  }
});
