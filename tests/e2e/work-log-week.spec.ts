// Issue 26: what an hour really pays. "This week" first, a quick entry, unpaid time by kind, the reader's settings
// (floor, goal, week start, set-aside, currency and dated rates) in one place and in the backup, and bad values that
// save nothing.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { addEntry, daysAgo, importFile, logEntries, openWorkLog as open } from '../support/tools';

const thisWeek = (page: Page) => page.getByRole('region', { name: 'This week' });
const settings = (page: Page) => page.getByRole('region', { name: 'Your settings' });
const figures = (page: Page) => page.getByRole('region', { name: 'Your figures' });
const entryForm = (page: Page) => page.getByRole('form', { name: 'Add an entry' });
const WEEK_KEY = 'ladder:work-log:week:v1';

test('a quick entry asks for four fields; unpaid hours split by kind must add up; This week shows the entry at once', async ({ page }) => {
  await open(page);
  await expect(thisWeek(page)).toContainText(/Paid hours\s*0(?![\d.])/);
  const form = entryForm(page);
  await form.getByLabel('Platform', { exact: true }).selectOption('Appen');
  await form.getByLabel('Paid hours', { exact: true }).fill('3');
  await form.getByLabel('Earnings (USD)', { exact: true }).fill('60');
  await form.getByText('More details').click();
  await form.getByLabel('Project', { exact: true }).fill('Alpha');
  await form.getByLabel('Level').selectOption('2');
  await form.getByLabel('Unpaid hours', { exact: true }).fill('2');
  await form.getByText(/^Split the unpaid hours by kind/).click();
  await form.getByLabel('Training and onboarding', { exact: true }).fill('1');
  await form.getByLabel('Waiting for tasks', { exact: true }).fill('2');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(form).toContainText('The kinds below add up to 3 hours, not the 2 unpaid hours');
  await expect(page.getByRole('region', { name: 'Entries' })).toContainText('No entries yet');

  await form.getByLabel('Waiting for tasks', { exact: true }).fill('1');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(form.getByRole('status')).toContainText('added');
  await expect(thisWeek(page)).toContainText(/Paid hours\s*3(?![\d.])/);
  await expect(thisWeek(page)).toContainText(/Unpaid hours\s*2(?![\d.])/);
  await expect(thisWeek(page)).toContainText('$60.00');
  // 60 ÷ 5 hours, and 60 ÷ 3 before the unpaid time.
  await expect(thisWeek(page)).toContainText('$12.00 ($20.00 before unpaid time)');
  await expect(figures(page)).toContainText('Where your hours go');
  await expect(figures(page).getByRole('table', { name: /Where your hours go, by platform/ })).toContainText(/Appen\s*\$20\.00\s*\$12\.00\s*40 %\s*20 %\s*0 %\s*20 %/);

  // Back a week later, the same platform brings back its last level and project.
  await page.reload();
  await page.locator('.work-log__week[data-ready]').waitFor({ state: 'attached' });
  await form.getByLabel('Date', { exact: true }).focus();
  await page.locator('form.work-log__form[data-ready]').waitFor({ state: 'attached' });
  await form.getByLabel('Platform', { exact: true }).selectOption('Appen');
  await form.getByText('More details').click();
  await expect(form.getByLabel('Project', { exact: true })).toHaveValue('Alpha');
  await expect(form.getByLabel('Level')).toHaveValue('2');
});

test('what is typed before the form wakes is kept, and Enter then does not reload the page', async ({ page }) => {
  await page.goto('/tools/work-log/');
  await page.locator('.work-log__week[data-ready]').waitFor({ state: 'attached' });
  const form = entryForm(page);
  await expect(form).not.toHaveAttribute('data-ready', '');
  await form.getByLabel('Paid hours', { exact: true }).fill('4');
  await form.getByLabel('Earnings (USD)', { exact: true }).fill('80');
  await form.getByLabel('Platform', { exact: true }).selectOption('Mercor');
  await expect(form).toHaveAttribute('data-ready', '');
  await expect(form.getByLabel('Date', { exact: true })).toHaveValue(daysAgo(0));
  await form.getByLabel('Earnings (USD)', { exact: true }).press('Enter');
  await expect(form.getByRole('status')).toContainText('added');
  await expect(thisWeek(page)).toContainText('$80.00');
});

test('the floor marks weeks and names two in a row; the goal shows progress; the set-aside shows this week and month', async ({ page }) => {
  await open(page);
  await addEntry(page, { date: daysAgo(14), paid: '4', unpaid: '4', earnings: '48' }); // $6.00 an hour
  await addEntry(page, { date: daysAgo(7), paid: '4', unpaid: '4', earnings: '40' }); // $5.00 an hour
  await addEntry(page, { date: daysAgo(0), paid: '3', unpaid: '1', earnings: '60' }); // $15.00 an hour
  await settings(page).getByRole('heading', { name: 'Your settings' }).scrollIntoViewIfNeeded();
  await page.locator('.work-log__settings[data-ready]').waitFor({ state: 'attached' });

  const floor = settings(page).getByLabel('My minimum hourly rate (USD)');
  await floor.fill('-3');
  await expect(settings(page)).toContainText('above 0');
  await floor.fill('10');
  await expect(settings(page).getByText('Saved.')).toBeVisible();
  await expect(figures(page)).toContainText(`On Appen, an hour paid under your $10.00 floor 2 weeks in a row: $6.00 in the week of`);
  await expect(figures(page).getByRole('table', { name: /against your \$10\.00 floor/ })).toContainText('$5.00 (under your floor)');

  await settings(page).getByLabel('Paid hours a week').fill('10');
  await expect(thisWeek(page)).toContainText('Goal: 3 of 10 paid hours (30 %)');
  await expect(thisWeek(page).getByRole('progressbar')).toHaveAttribute('value', '0.3');

  const setAside = settings(page).getByLabel('Set aside (% of earnings)');
  await setAside.fill('150');
  await expect(settings(page)).toContainText('A share cannot be more than 100 %.');
  await expect(figures(page)).not.toContainText('To set aside');
  await setAside.fill('20');
  await expect(figures(page)).toContainText(/To set aside \(20 % of earnings\): \$12\.00 this week/);

  // The settings live beside the log and are shared: a reload keeps them.
  await page.reload();
  await page.locator('.work-log__week[data-ready]').waitFor({ state: 'attached' });
  await expect(thisWeek(page)).toContainText('Goal: 3 of 10 paid hours (30 %)');
});

test('my own currency: amounts show beside US dollars at the latest rate on or before their day; bad rates save nothing', async ({ page }) => {
  await open(page);
  await addEntry(page, { date: daysAgo(0), paid: '3', unpaid: '0', earnings: '60' });
  await settings(page).getByRole('heading', { name: 'Your settings' }).scrollIntoViewIfNeeded();
  await page.locator('.work-log__settings[data-ready]').waitFor({ state: 'attached' });
  const code = settings(page).getByLabel('Show amounts in');
  await code.fill('XQZ');
  await expect(settings(page)).toContainText('XQZ is not a currency this browser knows');
  await expect(settings(page).getByLabel(/you got for 1 US dollar/)).toHaveCount(0);
  await code.fill('php');
  // Nothing converts until a rate is entered, and nothing says it did.
  await expect(thisWeek(page)).not.toContainText('₱');
  const rate = settings(page).getByLabel('PHP you got for 1 US dollar');
  const day = settings(page).getByLabel('On', { exact: true });
  const add = settings(page).getByRole('button', { name: 'Add the rate' });
  await rate.fill('0');
  await add.click();
  await expect(settings(page)).toContainText('above 0');
  await rate.fill('-56');
  await add.click();
  await expect(settings(page)).toContainText('above 0');
  await rate.fill('56.20');
  await day.fill(daysAgo(-3));
  await add.click();
  await expect(settings(page)).toContainText('A rate cannot be dated in the future');
  await expect(thisWeek(page)).not.toContainText('₱');

  await day.fill(daysAgo(1));
  await add.click();
  await expect(settings(page).getByText(/^Rate of .* saved\.$/)).toBeVisible();
  await expect(thisWeek(page)).toContainText('$60.00 (₱3,372.00)');
  await expect(thisWeek(page).locator('.local-money').first()).toHaveAttribute('title', /56\.2 PHP to the dollar/);
  await expect(thisWeek(page)).toContainText(/Amounts in PHP use the rates you entered/);
  await expect(logEntries(page).first()).toContainText('₱3,372.00');

  // A payout may note what arrived in pesos: the rate the reader really got shows beside it.
  await page.getByRole('heading', { level: 2, name: 'Money owed to you' }).scrollIntoViewIfNeeded();
  await page.locator('.work-log__money[data-ready]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Record a payout', exact: true }).click();
  const payout = page.getByRole('form', { name: 'Record a payout' });
  await payout.getByLabel('Platform', { exact: true }).selectOption('Appen');
  await payout.getByLabel('Amount received (USD)').fill('60');
  await payout.getByLabel('Covers work up to').fill(daysAgo(0));
  const arrived = payout.getByLabel('Amount that arrived (PHP)');
  await arrived.fill('0');
  await payout.getByRole('button', { name: 'Record the payout' }).click();
  await expect(payout).toContainText('Enter the amount that arrived, above 0');
  await arrived.fill('3300');
  await expect(payout).toContainText('You got 55 PHP to the dollar.');
  await payout.getByRole('button', { name: 'Record the payout' }).click();
  await expect(page.locator('.payout-entry').first()).toContainText('₱3,300.00 arrived: 55 PHP to the dollar');
});

test('the backup carries the settings; an older CSV without the kinds imports its unpaid hours as other unpaid', async ({ page, browser }) => {
  await open(page);
  await addEntry(page, { date: daysAgo(0), paid: '3', unpaid: '1', earnings: '60' });
  await settings(page).getByRole('heading', { name: 'Your settings' }).scrollIntoViewIfNeeded();
  await page.locator('.work-log__settings[data-ready]').waitFor({ state: 'attached' });
  await settings(page).getByLabel('Paid hours a week').fill('12');
  await expect(thisWeek(page)).toContainText('Goal: 3 of 12 paid hours');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup (JSON)' }).click();
  const backup = readFileSync((await (await download).path())!, 'utf8');
  expect(JSON.parse(backup)).toMatchObject({ schemaVersion: 3, settings: { goal: { kind: 'paidHours', amount: 12 } } });

  // Another browser: the preview says the settings will be replaced, and importing puts them in place.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await open(fresh);
  await importFile(fresh, 'backup.json', backup, 'application/json');
  await expect(fresh.getByRole('region', { name: 'Import and export' })).toContainText(/settings/i);
  await fresh.getByRole('button', { name: 'Import 1 entry' }).click();
  await expect(thisWeek(fresh)).toContainText('Goal: 3 of 12 paid hours');
  await other.close();

  // A CSV written before the kinds (issue 25's columns): its unpaid hours count as other unpaid time.
  const old = [
    'date,platform,project,level,paid_hours,unpaid_hours,tasks,earnings_usd,quality_pct,rejected,notes',
    `${daysAgo(2)},Mercor,,1,2,2,,40,,,`,
  ].join('\r\n');
  await importFile(page, 'old.csv', old);
  await page.getByRole('button', { name: 'Import 1 entry' }).click();
  await expect(figures(page).getByRole('table', { name: /Where your hours go, by platform/ })).toContainText(/Mercor\s*\$20\.00\s*\$10\.00\s*50 %\s*0 %\s*0 %\s*0 %\s*0 %\s*50 %/);
});

test('This week shows from its kept copy at load; garbage in the copy, or no copy beside an older log, still shows the week', async ({ page }) => {
  await open(page);
  await addEntry(page, { date: daysAgo(0), paid: '3', unpaid: '1', earnings: '60' });
  const kept = await page.evaluate((key) => localStorage.getItem(key), WEEK_KEY);
  expect(JSON.parse(kept!)).toMatchObject({ writtenOn: daysAgo(0), days: [{ date: daysAgo(0), paidHours: 3, unpaidHours: 1, earnings: 60 }] });

  // At load, before anything else is read, the card shows the kept week: the log's storage code has not loaded.
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
  await page.reload();
  await expect(thisWeek(page)).toContainText(/Paid hours\s*3(?![\d.])/);
  expect(scripts.filter((url) => /work-log-db|records|validate/.test(url))).toEqual([]);

  for (const garbage of ['{"writtenOn":"yesterday","days":"<script>"}', 'not json', '{"writtenOn":"2026-12-01","days":[{"date":"2026-12-01","paidHours":1e9}]}']) {
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [WEEK_KEY, garbage]);
    await page.reload();
    await expect(thisWeek(page)).toContainText(/Paid hours\s*3(?![\d.])/);
    await expect(thisWeek(page)).not.toContainText(/NaN|undefined|Infinity/);
  }
  // A log kept before the copy existed: the card opens the log and writes the copy.
  await page.evaluate((key) => localStorage.removeItem(key), WEEK_KEY);
  await page.reload();
  await expect(thisWeek(page)).toContainText('$60.00');
  expect(await page.evaluate((key) => localStorage.getItem(key), WEEK_KEY)).not.toBeNull();
});

test('the pay estimator and the timeline show amounts in my currency once I enter a rate, live from another tab', async ({ context }) => {
  const pay = await context.newPage();
  await pay.goto('/tools/pay-estimator/');
  await expect(pay.locator('.pay-estimator[data-ready]')).toHaveCount(1);
  const results = pay.getByRole('table', { name: /^Estimated earnings at/ });
  await expect(results).toContainText('$');
  await expect(results).not.toContainText('₱');

  const log = await context.newPage();
  await open(log);
  await settings(log).getByRole('heading', { name: 'Your settings' }).scrollIntoViewIfNeeded();
  await log.locator('.work-log__settings[data-ready]').waitFor({ state: 'attached' });
  await settings(log).getByLabel('Show amounts in').fill('PHP');
  await settings(log).getByLabel('PHP you got for 1 US dollar').fill('56.20');
  await settings(log).getByRole('button', { name: 'Add the rate' }).click();
  await expect(settings(log).getByText(/^Rate of .* saved\.$/)).toBeVisible();

  // The estimator, open in another tab, follows: each figure with its amount in pesos, and the rate named with its date.
  await pay.bringToFront();
  await expect(results).toContainText(/\$[\d,.]+ \(₱[\d,.]+\)/);
  await expect(pay.getByText(/^Amounts in PHP are at 56\.2 PHP to the dollar, the rate of/)).toBeVisible();

  const timeline = await context.newPage();
  await timeline.goto('/tools/promotion-timeline/');
  const climb = timeline.getByRole('table', { name: /^Earnings over/ });
  await expect(climb).toContainText(/\$[\d,.]+ \(₱[\d,.]+\)/);

  // Back to US dollars only: nothing converts, and nothing says it did.
  await settings(log).getByLabel('Show amounts in').fill('');
  await pay.bringToFront();
  await expect(results).not.toContainText('₱');
  await expect(pay.getByText(/^Amounts in PHP/)).toHaveCount(0);
});
