// Chart-text contrast gate: every <text> in an <svg> meets WCAG AA against what is behind it, in the light and the
// dark theme (axe does not check SVG text). The check runs on every page, width, theme and page state in the gate
// pass (tests/e2e/gate-pages.spec.ts); here, proof that it has charts to read and that it fails on faint labels.
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { lowContrastChartText } from '../support/chart-contrast';
import { settlePage } from '../support/settle';
import { serveStatic } from '../support/static-server';

test('the charts on the home and tool pages have SVG text for the gate to check', async ({ page }) => {
  for (const path of ['/', '/tools/pay-estimator/', '/tools/promotion-timeline/']) {
    await page.goto(path);
    await settlePage(page);
    expect(await page.locator('svg text').count(), path).toBeGreaterThan(3);
  }
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
