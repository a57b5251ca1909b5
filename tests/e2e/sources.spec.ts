import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from './fixtures';
import type { Source } from '../../src/schemas/sources';
import type { Platform } from '../../src/schemas/platforms';

const read = (name: string) => parse(readFileSync(new URL(`../../content/data/${name}`, import.meta.url), 'utf8'));
const sources = read('sources.yaml') as Source[];
const platforms = read('platforms.yaml') as Platform[];

test.describe('the sources page', () => {
  test('lists every source with publisher, kind, dates, a plain link and the facts that cite it', async ({ page }) => {
    test.slow(); // one check per source: about 25 entries, each with several locators
    await page.goto('/sources/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where the platform facts come from');
    await expect(page.getByRole('main')).toContainText('we do not guess');
    await expect(page.getByRole('main')).toContainText('Pay, fees and rules change');
    for (const source of sources) {
      const entry = page.locator(`article[id="${source.id}"]`);
      await expect(entry, source.id).toHaveCount(1);
      await expect(entry.getByRole('heading', { level: 3 })).toHaveText(source.title);
      if (source.publisher) await expect(entry).toContainText(source.publisher);
      await expect(entry).toContainText(/Checked\s*\d{1,2} \w+ \d{4}/);
      if (source.url) await expect(entry.getByRole('link', { name: source.url })).toHaveAttribute('href', source.url);
      const citing = platforms.flatMap((p) => Object.values(p.facts).flatMap((list) => list ?? []).filter((f) => f.source === source.id));
      const text = (await entry.textContent()) ?? '';
      for (const fact of citing) expect(text, source.id).toContain(fact.text);
      // A source only the answers cite links to each place on /answers/ that cites it.
      if (citing.length === 0) expect(await entry.locator('a[href^="/answers/#"]').count(), source.id).toBeGreaterThan(0);
    }
    // Grouped by platform, the article first.
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.slice(0, 3)).toEqual(['The article', 'Appen', 'Mercor']);
    // The worker report is set apart.
    await expect(page.locator('#outlier-oracle-thread')).toContainText('Worker report');
    await expect(page.locator('#sej-google-appen')).toContainText('(may be out of date)');
  });

  test('is linked from every page’s footer', async ({ page }) => {
    await page.goto('/guide/reviewer/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Sources', exact: true }).click();
    await expect(page).toHaveURL(/\/sources\/$/);
  });

  test('no page with sources requests anything from another site', async ({ page }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') foreign.push(url.href);
    });
    for (const path of ['/sources/', '/guide/platforms/', '/tools/platform-comparison/?platforms=appen,outlier,prolific']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(foreign).toEqual([]);
  });

  // Accessibility of both pages: axe in the gate pass (tests/e2e/gate-pages.spec.ts), on every page of the sitemap.
});

test.describe('the guide’s platforms page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every fact of every platform is there with a working source marker', async ({ page }) => {
    await page.goto('/guide/platforms/');
    const main = page.getByRole('main');
    const text = (await main.textContent()) ?? '';
    for (const platform of platforms) {
      for (const facts of Object.values(platform.facts)) for (const fact of facts ?? []) expect(text, platform.id).toContain(fact.text);
    }
    const markers = main.getByRole('link', { name: /^Source: / });
    const factCount = platforms.reduce((n, p) => n + Object.values(p.facts).reduce((m, list) => m + (list?.length ?? 0), 0), 0);
    await expect(markers).toHaveCount(factCount);
    await expect(main.getByRole('link', { name: 'Source: Appen (contributor help centre), Official, no date, checked 2 December 2026' }).first()).toHaveAttribute(
      'href',
      '/sources/#appen-when-paid',
    );
    await expect(main.locator('.sourced-fact--report')).toContainText('Unconfirmed worker report:');
    await expect(main).toContainText('strong performers are recommended for higher-value projects');
    await expect(main).not.toContainText('reputation decides what work you are offered');
    await main.getByRole('link', { name: /^Source: The Kenyan Daily Post/ }).click();
    await expect(page).toHaveURL(/\/sources\/#kenyan-post-remotasks$/);
  });
});
