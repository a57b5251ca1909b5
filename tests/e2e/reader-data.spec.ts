// Issue 18: what a reader enters is never lost or misread — commas, two tabs, the Back button, blocked storage,
// stable estimates, links that say what they hold, cited figures, plurals.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { HYDRATION_TIMEOUT, TOOL_PATHS, openPay, openReadiness, openTimeline } from '../support/tools';

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const yearly = (page: Page) =>
  page.getByRole('table', { name: /Estimated earnings/ }).getByRole('row', { name: /^Yearly/ }).getByRole('cell').first();
const hours = (page: Page) => page.getByLabel('Hours per week', { exact: true });

test.describe('numbers mean what the reader meant', () => {
  test('"12,5" hours is 12.5 on screen, in the address and in storage; "1,2,3" is refused with a message', async ({ page }) => {
    await openPay(page);
    // Level 1's midpoint rate is $25: 25 × 12.5 × 48 = $15,000 (not $150,000).
    await hours(page).fill('12,5');
    await expect(yearly(page)).toHaveText('$15,000');
    await expect(page).toHaveURL(/[?&]hours=12\.5(&|$)/);
    await expect.poll(() => stored(page, 'ladder:hours:v1')).toBe('12.5');
    await hours(page).fill('1,2,3');
    await expect(hours(page)).toHaveAccessibleDescription(/Use one comma or point for decimals/);
    await page.getByLabel('Hourly rate (USD)').fill(',,,7');
    await expect(page.getByLabel('Hourly rate (USD)')).toHaveAccessibleDescription(/Use one comma or point for decimals/);
  });

  test('a tiny rate is written back exactly, never as "4e-7", and reloads as typed', async ({ page }) => {
    await openPay(page);
    await page.getByLabel('Hourly rate (USD)').fill('0.0000004');
    await expect(page).toHaveURL(/rate=0\.0000004/);
    await page.reload();
    await expect(page.locator('.pay-estimator[data-ready]')).toHaveCount(1, { timeout: HYDRATION_TIMEOUT });
    await expect(page.getByLabel('Hourly rate (USD)')).toHaveValue('0.0000004');
    await expect(page.locator('.field__error')).toHaveCount(0);
  });

  test('a readiness rank of "1,5" is top 1.5%, which meets a top-10% bar', async ({ page }) => {
    await openReadiness(page, '?target=3');
    await page.getByLabel('Your quality rank (top %)').fill('1,5');
    const signal = page.getByRole('list', { name: 'Signals for this step' }).getByRole('listitem').first();
    await expect(signal).toContainText('top 1.5%');
    await expect(signal).toContainText('Met');
  });
});

test.describe('two tabs never destroy each other’s figures', () => {
  test('readiness: figures typed in tab A and tab B are all kept, and each tab shows the other’s', async ({ context }) => {
    test.setTimeout(60_000); // two or three page loads, each hydrating
    const a = await context.newPage();
    const b = await context.newPage();
    await openReadiness(a, '?target=2');
    await openReadiness(b, '?target=2');
    await a.getByLabel('Quality score (%)').fill('97');
    await a.getByLabel('Tasks completed').fill('500');
    // A reader moves to the other tab after typing; by then tab B has A's figures (each tab's copy of storage hears of
    // another tab's writes a few milliseconds later, with the storage event). B's own figure must not wipe them.
    await expect(b.getByLabel('Tasks completed')).toHaveValue('500');
    await b.getByLabel('Days active in the last 30').fill('20');
    await expect(b.getByLabel('Quality score (%)')).toHaveValue('97');
    await expect(a.getByLabel('Days active in the last 30')).toHaveValue('20');
    await a.reload();
    await a.locator('.readiness[data-ready]').waitFor({ state: 'attached' });
    await expect(a.getByLabel('Quality score (%)')).toHaveValue('97');
    await expect(a.getByLabel('Tasks completed')).toHaveValue('500');
    await expect(a.getByLabel('Days active in the last 30')).toHaveValue('20');
  });

  test('pay estimator: rate from tab A and fees from tab B are both kept', async ({ context }) => {
    test.setTimeout(60_000); // two or three page loads, each hydrating
    const a = await context.newPage();
    const b = await context.newPage();
    await openPay(a);
    await openPay(b);
    await a.getByLabel('Hourly rate (USD)').fill('40');
    // As above: B hears of A's rate before the reader types in B, and B's fees must not wipe it.
    await expect(b.getByLabel('Hourly rate (USD)')).toHaveValue('40');
    await b.getByLabel('Fees and taxes (%)').fill('15');
    await expect(a.getByLabel('Fees and taxes (%)')).toHaveValue('15');
    expect(JSON.parse((await stored(a, 'ladder:pay:v1'))!)).toEqual({ rate: 40, fees: 15 });
  });
});

test('history never rolls storage back: Back to an older estimate, then an edit, keeps the newer level and hours', async ({ page }) => {
  test.setTimeout(60_000); // two or three page loads, each hydrating
  await openPay(page);
  await page.getByLabel('Hourly rate (USD)').fill('40');
  await hours(page).fill('25');
  await expect(page).toHaveURL(/rate=40&hours=25/);
  await openTimeline(page);
  await page.getByLabel('Current level').selectOption('2');
  await page.getByLabel('Hours per week').fill('30');
  await expect.poll(() => stored(page, 'ladder:hours:v1')).toBe('30');
  await page.goBack();
  await expect(page.getByLabel('Fees and taxes (%)')).toBeVisible();
  await expect(page.locator('.pay-estimator[data-ready]')).toHaveCount(1, { timeout: HYDRATION_TIMEOUT });
  // The page shows what its address says…
  await expect(hours(page)).toHaveValue('25');
  await page.getByLabel('Fees and taxes (%)').fill('10');
  await expect.poll(async () => JSON.parse((await stored(page, 'ladder:pay:v1')) ?? '{}').fees).toBe(10);
  // …but writes only the fees: storage keeps the newer level and hours.
  expect([await stored(page, 'ladder:level:v1'), await stored(page, 'ladder:hours:v1')]).toEqual(['2', '30']);
});

test.describe('honest saving', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: refuse });
    });
  });

  test('with storage blocked, every tool says figures will not be kept, and the readiness check never says "saved"', async ({ page }) => {
    test.setTimeout(60_000); // two or three page loads, each hydrating
    await openPay(page);
    await expect(page.getByRole('note').filter({ hasText: 'will not be kept' })).toBeVisible();
    await openTimeline(page);
    await expect(page.getByRole('note').filter({ hasText: 'will not be kept' })).toBeVisible();
    await openReadiness(page, '?target=2');
    await page.getByLabel('Tasks completed').fill('12');
    await expect(page.getByText(/your figures will not be kept/)).toBeVisible();
    // Every sentence about saving follows what storage did: nothing anywhere on the page says the figures are saved.
    await expect(page.getByRole('main')).not.toContainText(/saved in this browser/);
    await expect(page.getByText('so your figures go when you leave the page')).toBeVisible();
  });
});

test.describe('reset and forget can be undone', () => {
  test('pay estimator: Undo reset brings the estimate and the stored values back', async ({ page }) => {
    await openPay(page, '?level=3&rate=70&fees=20');
    await hours(page).fill('30');
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(page.getByLabel('Level', { exact: true })).toHaveValue('1');
    await page.getByRole('button', { name: 'Undo reset' }).click();
    await expect(page.getByLabel('Level', { exact: true })).toHaveValue('3');
    await expect(page.getByLabel('Hourly rate (USD)')).toHaveValue('70');
    await expect(hours(page)).toHaveValue('30');
    await expect.poll(() => stored(page, 'ladder:hours:v1')).toBe('30');
  });

  test('readiness: Undo forget restores the figures in the fields and in storage', async ({ page }) => {
    await openReadiness(page, '?target=2');
    await page.getByLabel('Tasks completed').fill('1240');
    await page.getByRole('button', { name: 'Forget my figures' }).click();
    await expect(page.getByLabel('Tasks completed')).toHaveValue('');
    expect(await stored(page, 'ladder:readiness:v1')).toBeNull();
    await page.getByRole('button', { name: 'Undo forget' }).click();
    await expect(page.getByLabel('Tasks completed')).toHaveValue('1240');
    await expect.poll(() => stored(page, 'ladder:readiness:v1')).toContain('"tasksCompleted": 1240');
  });
});

test.describe('stable estimates and links that say what they hold', () => {
  test('switching pay mode and back keeps the yearly figure and the rate exactly (25 at 3 tasks an hour, 0.5 at 1,000)', async ({ page }) => {
    for (const [tasksPerHour, rate] of [['3', '25'], ['1000', '0.5']] as const) {
      await openPay(page, `?perTask=1&tasksPerHour=${tasksPerHour}`);
      await page.getByRole('radio', { name: 'By the hour' }).check();
      await page.getByLabel('Hourly rate (USD)').fill(rate);
      const before = await yearly(page).innerText();
      await page.getByRole('radio', { name: 'By the task' }).check();
      await expect(page.getByLabel('Tasks per hour')).toHaveValue(tasksPerHour);
      await expect(yearly(page)).toHaveText(before);
      await expect(page.locator('.field__error')).toHaveCount(0);
      await page.getByRole('radio', { name: 'By the hour' }).check();
      await expect(page.getByLabel('Hourly rate (USD)')).toHaveValue(rate);
      await expect(yearly(page)).toHaveText(before);
    }
  });

  test('a link whose values are refused opens with the message, and the address is not rewritten', async ({ page }) => {
    await openPay(page, '?perTask=100&tasksPerHour=1000');
    await expect(page.getByText(/comes to more than \$10,000 an hour/)).toBeVisible();
    expect(new URL(page.url()).search).toBe('?perTask=100&tasksPerHour=1000');
    await openPay(page, '?hours=168&unpaid=5');
    await expect(page.getByText(/can be at most 168 a week/)).toBeVisible();
    expect(new URL(page.url()).search).toBe('?hours=168&unpaid=5');
    await openTimeline(page, '?from=1&to=3&hours=0.5&start=2027-03-01');
    await expect(page.getByLabel('Hours per week')).toHaveValue('0.5');
    await expect(page.getByLabel('Hours per week')).toHaveAttribute('aria-invalid', 'true');
    expect(new URL(page.url()).search).toBe('?from=1&to=3&hours=0.5&start=2027-03-01&horizon=24');
  });
});

test.describe('cited figures and the draft', () => {
  test('99.999 is cited as entered, a rank below 1% keeps its decimals, and "-0" is 0', async ({ page }) => {
    await openReadiness(page, '?target=2');
    await page.getByLabel('Quality score (%)').fill('99.999');
    await page.getByLabel('Your quality rank (top %)').fill('0.001');
    await page.getByLabel('Tasks completed').fill('-0');
    await expect(page.getByRole('list', { name: 'Signals for this step' })).toContainText('top 0.001%');
    await page.getByRole('button', { name: 'Draft my request' }).click();
    const text = await page.getByLabel('Your message').inputValue();
    expect(text).toContain('Quality score: 99.999%');
    expect(text).toContain('top 0.001%');
    expect(text).toContain('Tasks completed: 0');
    expect(text).not.toMatch(/100%|-0|top 0%/);
  });

  test('the download always matches the target on screen: a new target clears the old draft', async ({ page }) => {
    await openReadiness(page, '?target=3');
    await page.getByRole('button', { name: 'Draft my request' }).click();
    await expect(page.getByLabel('Your message')).toHaveValue(/Level 3/);
    await page.getByLabel('Target level').selectOption('5');
    await expect(page.getByLabel('Your message')).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Download as .txt' })).toBeDisabled();
    await page.getByRole('button', { name: 'Draft my request' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as .txt' }).click()]);
    expect(download.suggestedFilename()).toBe('promotion-request-level-5.txt');
    expect(readFileSync((await download.path())!, 'utf8')).toContain('(Level 5)');
  });
});

test('plurals: 1 hour a week, earnings over 1 month', async ({ page }) => {
  await openTimeline(page, '?from=1&to=2&hours=1&start=2027-03-01&horizon=1');
  await expect(page.getByRole('status').filter({ hasText: 'at 1 hour a week' })).toBeVisible();
  await page.getByRole('heading', { name: 'Climb or stay' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('table', { name: /^Earnings over 1 month at 48 weeks a year/ })).toBeVisible();
  expect(await page.getByRole('main').innerText()).not.toMatch(/\b1 (hours|months|weeks)\b/);
});

test('without JavaScript the pay estimator says its fields need JavaScript to update', async ({ page }) => {
  // Chromium with scripting turned off by Playwright still parses <noscript> as scripting-on, so the served page is
  // checked: the note is in it, ahead of the fields.
  const html = await (await page.request.get(TOOL_PATHS.pay)).text();
  const note = html.indexOf('<noscript><p class="pay-noscript">The estimator needs JavaScript to update');
  expect(note).toBeGreaterThan(0);
  expect(note).toBeLessThan(html.indexOf('id="pay-hours"'));
});
