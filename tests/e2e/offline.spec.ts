// Issue 27: the site works offline after one visit and installs like an app. Chromium with the service worker allowed
// (the other tests block it), against the production build.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { DIST_DIR, sitePages } from '../support/site-pages';
import { serveStatic } from '../support/static-server';
import { writeServiceWorker } from '../../src/integrations/service-worker/index';
import { addEntry, daysAgo, logEntries, openWorkLog } from '../support/tools';

test.use({ serviceWorkers: 'allow' });

/** One online visit to the home page, and a wait until the worker has precached the site and controls the page. */
async function visitOnce(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

const goOffline = (context: BrowserContext) => context.setOffline(true);

/** The text of a built page's first heading, as the reader sees it. */
const headingOf = (html: string) =>
  (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

// One visit, then everything the reader does offline, in one browser: each visit precaches the whole site, so the
// install criteria, the pages, the work log and a search share one.
test('after one visit: installable, and every page, the work log and a search already run work offline', async ({ page, context }) => {
  test.slow(); // every page of the site, one after another, then the work log

  await test.step('the manifest and the worker meet the install criteria', async () => {
    await visitOnce(page);
    // The first worker installs without offering a "new version".
    await expect(page.getByText('A new version is ready.')).toHaveCount(0);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await page.evaluate(async (url) => (await fetch(url!)).json(), href);
    expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone' });
    expect(manifest.name.length).toBeGreaterThan(0);
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    const sizes = manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    for (const icon of manifest.icons) expect((await page.request.get(icon.src)).headers()['content-type']).toBe('image/png');
    // A worker that controls the page and answers its navigations: the start URL opens from it.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL)).toMatch(/\/sw\.js$/);
    const start = await page.goto(manifest.start_url);
    expect(start?.fromServiceWorker()).toBe(true);
  });

  const status = page.getByRole('main').getByRole('status');
  await test.step('a search run once online', async () => {
    await page.goto('/search/?q=reviewer');
    await expect(status).toHaveText(/^\d+ results? for “\u2068reviewer\u2069”$/);
  });

  await goOffline(context);
  await test.step('every page opens offline with its content; a page never kept says it is offline', async () => {
    for (const { path, html } of sitePages()) {
      await page.goto(path);
      await expect(page.locator('h1').first(), path).toHaveText(headingOf(html));
    }
    // A tool's link with its figures opens the tool itself.
    await page.goto('/tools/pay-estimator/?level=3&rate=20');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Pay estimator');
    await page.goto('/no-such-page/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
  });

  await test.step('the search run before works offline', async () => {
    await page.goto('/search/?q=reviewer');
    await expect(status).toHaveText(/^\d+ results? for “\u2068reviewer\u2069”$/);
    await expect(page.getByRole('main').getByRole('option').first()).toBeVisible();
  });

  await test.step('the work log adds, edits and exports an entry, and keeps it when opened again', async () => {
    await openWorkLog(page);
    await addEntry(page, { date: daysAgo(0), paid: '3', earnings: '60' });
    await logEntries(page).first().getByRole('button', { name: /^Edit/ }).click();
    const edit = page.getByRole('form', { name: `Edit the entry for ${daysAgo(0)}` });
    await edit.getByLabel('Tasks', { exact: true }).fill('8');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(logEntries(page).first()).toContainText('8 tasks');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    expect(readFileSync((await (await download).path())!, 'utf8')).toContain(`${daysAgo(0)},Appen,`);
    // Opened again from the cache, the log reads what it stored.
    await openWorkLog(page);
    await expect(logEntries(page)).toHaveCount(1);
    await expect(logEntries(page).first()).toContainText('8 tasks');
  });
});

test('a search never run on this device says, offline, that it needs a connection', async ({ page, context }) => {
  await visitOnce(page);
  await goOffline(context);
  await page.goto('/search/?q=reviewer');
  await expect(page.getByText(/^Search needs a connection for this/)).toBeVisible();
  await expect(page.getByText(/^Search needs a connection for this/)).toHaveCount(1);
});

test('after a rebuild, the open page offers the new version; Reload shows it, and what was typed and stored stays', async ({ browser }) => {
  // A copy of the build, served as a host would, that the test can "rebuild": change a page and write the worker again.
  const root = mkdtempSync(join(tmpdir(), 'ladder-update-'));
  cpSync(DIST_DIR, root, { recursive: true });
  const server = await serveStatic(root, { headersFile: true });
  const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: server.origin });
  try {
    const page = await context.newPage();
    await visitOnce(page);
    await page.goto('/tools/pay-estimator/');
    await expect(page.locator('.pay-estimator[data-ready]')).toHaveCount(1);
    const rate = page.getByLabel('Hourly rate (USD)');
    await rate.fill('23');
    await expect(page).toHaveURL(/rate=23/);

    const file = join(root, 'tools', 'pay-estimator', 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<h1', '<p>Rebuilt with new content.</p><h1'));
    await writeServiceWorker(root);
    // The page checks for a new worker whenever it comes back into view.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const banner = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
    await expect(banner).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('Rebuilt with new content.')).toHaveCount(0);
    await banner.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByText('Rebuilt with new content.')).toBeVisible();
    await expect(page.getByLabel('Hourly rate (USD)')).toHaveValue('23');
  } finally {
    await context.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
