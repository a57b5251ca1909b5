// Issue 23: the log never loses, duplicates or misreads a worker's record: commas read by their context, two tabs that
// never double a day, files as spreadsheets write them, a tab left open past midnight, failures said, and a backup of
// the fullest log the page allows restored.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { addEntry, daysAgo, fillEntry, importFile, logEntries as entries, openWorkLog as open } from '../support/tools';
import { toBackup } from '../../src/lib/work-log/files';
import { MAX_LOG_ENTRIES, MAX_NOTES, unsplit, type Entry } from '../../src/lib/work-log/fields';

const HEADER = 'date,platform,project,level,paid_hours,unpaid_hours,tasks,earnings_usd,quality_pct,rejected,notes';
const form = (page: Page) => page.getByRole('form', { name: /Add an entry|Edit the entry/ });
const preview = (page: Page) => page.getByRole('region', { name: 'Import preview' });

test.describe('a comma is read by its context', () => {
  test('“0,125” is a decimal; “12,345” is read as English does and says so; the import preview shows the values as saved', async ({ page }) => {
    await open(page);
    await fillEntry(page, { date: daysAgo(1), paid: '0,25', earnings: '12,345' });
    await expect(form(page).locator('#log-earningsUsd-note')).toHaveText('Read as 12,345.');
    await expect(form(page).locator('#log-paidHours-note')).toHaveCount(0);
    await page.getByRole('button', { name: 'Add entry' }).click();
    await expect(entries(page).first()).toContainText('0.25 paid h');
    await expect(entries(page).first()).toContainText('$12,345.00');

    await importFile(page, 'semicolons.csv', `${HEADER.replaceAll(',', ';')}\n${daysAgo(2)};Appen;;1;0,5;0;1;1,240;;;\n`);
    await expect(preview(page)).toContainText('every comma in a number is read as a decimal comma');
    const sample = preview(page).getByRole('table', { name: /as they will be saved/ });
    await expect(sample.getByRole('row').nth(1)).toContainText('0.5');
    await expect(sample.getByRole('row').nth(1)).toContainText('$1.24');

    // In the pay estimator too: an eighth of a dollar, written exactly in the address.
    await page.goto('/tools/pay-estimator/');
    await expect(page.locator('.pay-estimator[data-ready]')).toHaveCount(1);
    await page.getByLabel('Hourly rate (USD)').fill('0,125');
    await expect(page).toHaveURL(/[?&]rate=0\.125(&|$)/);
    await expect(page.locator('#pay-rate-note')).toHaveCount(0);
  });
});

test.describe('in a language that writes decimals with a comma', () => {
  test.use({ locale: 'pt-BR' });

  test('“12,345” is twelve point three, in the work log and the pay estimator, and the field says so', async ({ page }) => {
    await page.goto('/tools/pay-estimator/');
    await expect(page.locator('.pay-estimator[data-ready]')).toHaveCount(1);
    await page.getByLabel('Hourly rate (USD)').fill('12,345');
    await expect(page.locator('#pay-rate-note')).toHaveText('Read as 12.345.');
    await open(page);
    await fillEntry(page, { date: daysAgo(1), paid: '1', earnings: '12,34' });
    await page.getByRole('button', { name: 'Add entry' }).click();
    await expect(entries(page).first()).toContainText('$12.34');
  });
});

test.describe('two tabs never double a day', () => {
  test('an import preview left open re-checks the log on confirming, so rows another tab imported are not added twice', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await open(first);
    await open(second);
    const file = [HEADER, `${daysAgo(1)},Appen,,1,12,0,10,100,,,`, `${daysAgo(2)},Appen,,1,12,0,10,100,,,`].join('\n');
    await importFile(first, 'log.csv', file);
    await expect(preview(first)).toContainText('2 new entries');
    await second.bringToFront();
    await importFile(second, 'log.csv', file);
    await second.getByRole('button', { name: 'Import 2 entries' }).click();
    await expect(entries(second)).toHaveCount(2);

    await first.bringToFront();
    await first.getByRole('button', { name: 'Import 2 entries' }).click();
    await expect(first.locator('.work-log__files').getByRole('status')).toContainText('The log changed in another tab since this preview was made, so nothing was imported');
    await expect(preview(first)).toContainText('0 new entries, 2 already in the log');
    await expect(entries(first)).toHaveCount(2);
  });

  test('an edit of an entry another tab deleted or changed is not written until the reader chooses', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await open(first);
    await addEntry(first, { date: daysAgo(1), tasks: '10' });
    await open(second);
    await first.bringToFront();
    await entries(first).first().getByRole('button', { name: /^Edit/ }).click();
    await form(first).getByLabel('Tasks', { exact: true }).fill('11');

    // The other tab changes it first.
    await second.bringToFront();
    await entries(second).first().getByRole('button', { name: /^Edit/ }).click();
    await form(second).getByLabel('Tasks', { exact: true }).fill('50');
    await second.getByRole('button', { name: 'Save changes' }).click();
    await first.bringToFront();
    await first.getByRole('button', { name: 'Save changes' }).click();
    await expect(first.getByRole('alert').filter({ hasText: 'changed in another tab' })).toContainText('Nothing was saved.');
    await first.getByRole('button', { name: 'Use the other tab’s version' }).click();
    await expect(form(first).getByLabel('Tasks', { exact: true })).toHaveValue('50');

    // The other tab deletes it; saving here says so, and nothing comes back unless the reader asks.
    await second.bringToFront();
    await second.getByRole('button', { name: /^Delete/ }).first().click();
    await expect(entries(second)).toHaveCount(0);
    await first.bringToFront();
    await form(first).getByLabel('Tasks', { exact: true }).fill('12');
    await first.getByRole('button', { name: 'Save changes' }).click();
    await expect(first.getByRole('alert').filter({ hasText: 'deleted in another tab' })).toBeVisible();
    await first.getByRole('button', { name: 'Discard my changes' }).click();
    await expect(entries(first)).toHaveCount(0);
  });

  test('Undo is withdrawn once another tab changes the log', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await open(first);
    await addEntry(first, { date: daysAgo(1) });
    await open(second);
    await first.bringToFront();
    await entries(first).first().getByRole('button', { name: /^Delete/ }).click();
    await expect(first.getByRole('button', { name: 'Undo' })).toBeFocused();
    await second.bringToFront();
    await addEntry(second, { date: daysAgo(3) });
    await first.bringToFront();
    await expect(first.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    await expect(first.locator('.work-log__entries').getByRole('status')).toHaveText('The log changed in another tab, so Undo is no longer offered.');
  });
});

test('a Windows-1252 file from Excel is decoded and said to be, and “café” is not a new duplicate', async ({ page }) => {
  await open(page);
  await addEntry(page, { date: daysAgo(1), project: 'café', paid: '1', unpaid: '0', tasks: '1', earnings: '1' });
  const row = Buffer.concat([Buffer.from(`${HEADER}\r\n${daysAgo(1)},Appen,caf`), Buffer.from([0xe9]), Buffer.from(',1,1,0,1,1,,,\r\n')]);
  await importFile(page, 'excel.csv', row);
  await expect(preview(page)).toContainText('read as Windows-1252');
  await expect(preview(page)).toContainText('0 new entries, 1 already in the log');
});

test('a tab left open past midnight takes the new day’s entry', async ({ page }) => {
  await page.clock.install({ time: new Date('2027-03-01T23:59:00') });
  await open(page);
  await expect(form(page).getByLabel('Date', { exact: true })).toHaveValue('2027-03-01');
  await page.clock.runFor('02:00');
  await expect(form(page).getByLabel('Date', { exact: true })).toHaveValue('2027-03-02');
  await fillEntry(page, { date: '2027-03-02' });
  await page.getByRole('button', { name: 'Add entry' }).click();
  await expect(form(page).getByRole('status')).toContainText('Entry for 2027-03-02 added.');
});

test('a log the browser cannot open says so and offers another try or this tab, never “Opening your log…” for ever', async ({ page }) => {
  await page.addInitScript(() => {
    const realOpen = IDBFactory.prototype.open;
    // The first open fails as Chromium's does when its storage is damaged; a retry succeeds.
    let failures = 1;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
      if (failures-- > 0) throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
      return realOpen.apply(this, args);
    };
  });
  await page.goto('/tools/work-log/');
  await page.getByRole('heading', { name: 'Entries' }).scrollIntoViewIfNeeded();
  const alert = page.locator('.work-log__entries').getByRole('alert');
  await expect(alert).toContainText('It said: “Internal error opening backing store for indexedDB.open.”');
  await expect(page.getByText('Opening your log…')).toHaveCount(0);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.work-log__entries[data-ready]')).toHaveCount(1);
  await addEntry(page, { date: daysAgo(0) });
  await expect(entries(page)).toHaveCount(1);
});

test('an edit in progress asks before the page is left', async ({ page }) => {
  await open(page);
  await addEntry(page, { date: daysAgo(1) });
  await entries(page).first().getByRole('button', { name: /^Edit/ }).click();
  await form(page).getByLabel('Tasks', { exact: true }).fill('99');
  const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))));
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Guide' }).click({ noWaitAfter: true });
  expect(await asked).toBe('beforeunload');
  await expect(form(page).getByLabel('Tasks', { exact: true })).toHaveValue('99');
});

test('a backup of the fullest log the page allows is restored whole', async ({ page }) => {
  test.slow(); // 10,000 entries with 2,000-character notes: a 23 MB file read, checked and written in one transaction.
  const notes = 'n'.repeat(MAX_NOTES);
  const day = (index: number) => new Date(Date.UTC(2001, 0, 1) + Math.floor(index / 2) * 86_400_000).toISOString().slice(0, 10);
  const log: Entry[] = Array.from({ length: MAX_LOG_ENTRIES }, (_, index) => ({
    date: day(index), platform: 'Appen', project: '', level: 1, paidHours: 4, unpaidHours: 0, ...unsplit(0), tasks: index, earningsUsd: 40, qualityPct: null,
    rejected: null, notes, id: String(index), createdAt: index, updatedAt: index, payoutId: null,
  }));
  await open(page);
  await importFile(page, 'backup.json', toBackup(log, daysAgo(0)), 'application/json');
  await expect(preview(page)).toContainText('10,000 new entries, 0 already in the log, 0 rows with errors.', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Import 10,000 entries' }).click();
  await expect(page.locator('.work-log__files').getByRole('status')).toHaveText(/^10,000 entries imported\./, { timeout: 30_000 });
  await expect(page.getByText('10,000 entries, newest first')).toBeVisible();
});

test('on a phone the charts keep their text readable and label their top value and dates', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page);
  await addEntry(page, { date: daysAgo(1), quality: '90' });
  await addEntry(page, { date: daysAgo(8), quality: '80' });
  // The weekly hours and the quality chart (the third, "Where your hours go", has its own test).
  const charts = page.locator('.log-chart > svg:is([aria-labelledby="log-hours-title"], [aria-labelledby="log-quality-title"])');
  await expect(charts).toHaveCount(2);
  const sizes = await page.locator('.log-chart svg text').evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect().height));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  await expect(charts.first()).toContainText('hours');
  await expect(charts.first()).toContainText(/\d+ \w{3} \d{4}/);
  await expect(charts.nth(1)).toContainText('100%');
});
