// Issue 28: /answers/, what workers ask most per platform, sourced and dated, and the links to it from the comparison
// and the work log. Against the production build.
import type { Page } from '@playwright/test';
import { test, expect as baseExpect } from './fixtures';
import { QUESTION_IDS } from '../../src/schemas/answers';
import { addEntry, daysAgo, openWorkLog } from '../support/tools';

// The first search starts Pagefind's WebAssembly; on a busy machine that alone can take seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

const section = (page: Page, id: string) => page.locator(`section:has(> h2#${id})`);
const card = (page: Page, question: string, platform: string) => page.locator(`#${question}-${platform}`);
const platformChoice = (page: Page) => page.getByLabel('Show the answers for');

test('eight questions in order, each with its anchor, the site’s reading labelled, and reachable from the navigation', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Answers' }).first().click();
  await expect(page).toHaveURL(/\/answers\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Answers to what workers ask');
  const ids = await page.locator('main section.answer > h2').evaluateAll((headings) => headings.map((h) => h.id));
  expect(ids).toEqual([...QUESTION_IDS]);
  for (const id of QUESTION_IDS) await expect(section(page, id).locator('.our-reading').getByRole('link', { name: /our reading/i })).toBeVisible();
  await expect(page.getByText(/last checked on 7 December 2026/)).toBeVisible();
});

test('facts carry their source markers; worker reports and old sources are labelled; unanswered platforms are named', async ({ page }) => {
  await page.goto('/answers/');
  // A worker report says so, in words.
  await expect(card(page, 'no-tasks', 'outlier')).toContainText('Unconfirmed worker report:');
  // A 2023 policy is old news by the staleness rule.
  await expect(card(page, 'countries', 'remotasks')).toContainText('(may be out of date)');
  // Each marker links to its source's entry on /sources/, which exists.
  const marker = card(page, 'taxes', 'mercor').locator('a.source-mark').first();
  await expect(marker).toHaveAttribute('href', '/sources/#mercor-taxes');
  await marker.click();
  await expect(page.locator('#mercor-taxes')).toContainText('Taxes and work authorization');
  await page.goBack();
  // A question no source answers for a platform says so rather than guessing.
  await expect(section(page, 'legit').locator('[data-every-platform]')).toContainText(/No published answer found for .*Mercor/);
  // The comparison's numbers are not restated: Mercor's pay day here is the comparison's own fact.
  await expect(card(page, 'paid', 'mercor')).toContainText('India Standard Time');
});

test('scam signs are the ones the platforms and the FTC publish, each with a source', async ({ page }) => {
  await page.goto('/answers/#scam-signs');
  const signs = page.locator('section:has(#scam-signs) .answer-card--everyone').filter({ hasText: 'Signs of a scam' }).locator('li');
  expect(await signs.count()).toBeGreaterThanOrEqual(5);
  for (const sign of await signs.all()) expect(await sign.locator('a.source-mark').count()).toBeGreaterThan(0);
  await expect(signs.filter({ hasText: 'WhatsApp' })).toHaveCount(1);
});

test('one platform at a time: the choice shows its cards, says where it has none, and keeps the address', async ({ page }) => {
  await page.goto('/answers/?platform=mercor#legit');
  await expect(platformChoice(page)).toHaveValue('mercor');
  await expect(card(page, 'paid', 'mercor')).toBeVisible();
  await expect(card(page, 'paid', 'appen')).toBeHidden();
  // Facts for every platform stay.
  await expect(section(page, 'legit').getByRole('heading', { name: 'Every platform' })).toBeVisible();
  await expect(section(page, 'legit').getByText('No published answer found for Mercor.')).toBeVisible();
  await expect(section(page, 'legit').locator('[data-every-platform]')).toBeHidden();

  await platformChoice(page).selectOption({ label: 'Every platform' });
  await expect(page).toHaveURL(/\/answers\/#legit$/);
  await expect(card(page, 'paid', 'appen')).toBeVisible();
  await expect(section(page, 'legit').getByText('No published answer found for Mercor.')).toBeHidden();
  await platformChoice(page).selectOption({ label: 'Appen' });
  await expect(page).toHaveURL(/\/answers\/\?platform=appen#legit$/);
});

test('a platform the page does not cover, or markup, in the address: a message beside the choice, every card shown', async ({ page }) => {
  await page.goto('/answers/?platform=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(platformChoice(page)).toHaveValue('');
  await expect(page.getByText('The link names no platform this page covers, so every platform is shown.')).toBeVisible();
  await expect(card(page, 'paid', 'appen')).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
});

test('without JavaScript every card shows and the platform choice is not offered', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/answers/?platform=mercor');
  await expect(card(page, 'paid', 'appen')).toBeVisible();
  await expect(page.getByText('No published answer found for Mercor.')).toBeHidden();
  await expect(platformChoice(page)).toBeHidden();
  await context.close();
});

test('each platform’s column in the comparison links to its answers', async ({ page }) => {
  await page.goto('/tools/platform-comparison/');
  const link = page.getByRole('link', { name: /^Answers for Braintrust/ });
  await expect(link).toHaveAttribute('href', '/answers/?platform=braintrust');
  await link.click();
  await expect(platformChoice(page)).toHaveValue('braintrust');
  await expect(card(page, 'taxes', 'braintrust')).toBeVisible();
});

test('the work log links to the answers beside money owed and beside a platform’s entries', async ({ page }) => {
  await openWorkLog(page);
  await addEntry(page, { date: daysAgo(3), platform: 'Mercor', earnings: '90' });
  await expect(page.getByRole('link', { name: 'Where is my payment? What the sources say for Mercor' })).toHaveAttribute('href', '/answers/?platform=mercor#paid');
  const removed = page.locator('.work-log__removed');
  await expect(removed).toContainText('Removed or paused?');
  await expect(removed).toContainText('Your CSV export (under Import and export) is your own record of the work');
  await expect(removed.getByRole('link', { name: 'What the sources say for Mercor' })).toHaveAttribute('href', '/answers/?platform=mercor#removed');
});

test('search finds the right question first: “empty queue”, “W-8BEN”, “appeal”', async ({ page }) => {
  const box = page.getByRole('combobox', { name: 'Search the guide and tools' });
  const options = page.getByRole('main').getByRole('option');
  await page.goto('/search/');
  for (const [query, anchor] of [
    ['empty queue', 'no-tasks'],
    ['W-8BEN', 'taxes'],
    ['appeal', 'removed'],
  ] as const) {
    await box.fill(query);
    await expect(page.getByRole('main').getByRole('status')).toHaveText(new RegExp(`results? for “\u2068${query}\u2069”$`));
    const paths = await options.evaluateAll((items) => items.map((item) => new URL((item as HTMLAnchorElement).href).pathname + new URL((item as HTMLAnchorElement).href).hash));
    // The answers page first, and under it the question's own section.
    expect(paths.slice(0, 2), `${query}: ${paths.join(', ')}`).toEqual(['/answers/', `/answers/#${anchor}`]);
  }
});
