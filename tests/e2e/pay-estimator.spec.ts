import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { HYDRATION_TIMEOUT, openPay } from '../support/tools';
import { realContent } from '../support/content';
import { chartRecord, watchDrawnCharts } from '../support/kept-drawing';

const PATH = '/tools/pay-estimator/';
// The levels as the site reads them, so no expectation re-types a pay figure.
const { levels } = realContent();
const dollars = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;
const STORAGE_KEYS = ['ladder:level:v1', 'ladder:hours:v1', 'ladder:weeks:v1', 'ladder:pay:v1'];

const estimator = (page: Page) => {
  const results = page.getByRole('table', { name: /Estimated earnings/ });
  const cell = (row: string, column: 'before' | 'after') =>
    results
      .getByRole('row', { name: new RegExp(`^${row}`) })
      .getByRole('cell')
      .nth(column === 'before' ? 0 : 1);
  return {
    level: page.getByLabel('Level', { exact: true }),
    rate: page.getByLabel('Hourly rate (USD)'),
    hours: page.getByLabel('Hours per week', { exact: true }),
    weeks: page.getByLabel('Weeks per year'),
    fees: page.getByLabel('Fees and taxes (%)'),
    unpaid: page.getByLabel('Unpaid hours per week'),
    perTask: page.getByLabel('Pay per task (USD)'),
    tasksPerHour: page.getByLabel('Tasks per hour'),
    results,
    cell,
  };
};

/** Opens the tool and waits for the island to take over from the server-rendered defaults. */
async function open(page: Page, query = '') {
  await openPay(page, query);
  return estimator(page);
}

async function expectNoBrokenNumbers(page: Page) {
  const text = await page.getByRole('main').innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined|Invalid Date/);
}

test('the worked example: Level 3, $60 an hour, 20 hours, 48 weeks, no fees', async ({ page }) => {
  const e = await open(page);
  await e.level.selectOption({ label: '3 · Reviewer/QA' });
  await e.rate.fill('60');
  await e.hours.fill('20');
  await e.weeks.fill('48');
  await e.fees.fill('0');
  await expect(e.cell('Weekly', 'before')).toHaveText('$1,200');
  await expect(e.cell('Monthly', 'before')).toHaveText('$4,800');
  await expect(e.cell('Yearly', 'before')).toHaveText('$57,600');
  await expect(e.cell('Hourly rate', 'before')).toHaveText('$60.00');
  await expect(e.cell('Yearly', 'after')).toHaveText('$57,600');
  await expect(page.locator('.pay-summary')).toHaveText('$57,600 a year before fees and taxes, $57,600 after.');
  await expect(page).toHaveURL(/[?&]level=3(&|$)/);
});

test('choosing a level sets the rate to its midpoint and shows its range', async ({ page }) => {
  const e = await open(page);
  const teamLead = levels[3]!;
  await e.level.selectOption(String(teamLead.rank));
  await expect(e.rate).toHaveValue(String((teamLead.pay.min + teamLead.pay.max) / 2));
  await expect(
    page.getByText(`Typical range for this level: $${teamLead.pay.min}–$${teamLead.pay.max} an hour.`),
  ).toBeVisible();
  await expect(page.getByText('outside the typical range for this level')).toHaveCount(0);
  await e.rate.fill(String(teamLead.pay.max + 1));
  await expect(page.getByText('outside the typical range for this level')).toBeVisible();
  await expect(e.rate).not.toHaveAttribute('aria-invalid', 'true');
});

test('per-task mode: pay per task × tasks per hour drives everything', async ({ page }) => {
  const e = await open(page, '?rate=30');
  await expect(e.cell('Weekly', 'before')).toHaveText('$600');
  await page.getByRole('radio', { name: 'By the task' }).check();
  // Switching keeps the same hourly rate, so the result does not jump.
  await expect(e.cell('Weekly', 'before')).toHaveText('$600');
  await expect(e.rate).toHaveCount(0);
  await e.perTask.fill('1.5');
  await e.tasksPerHour.fill('12');
  await expect(page.getByText('That comes to $18.00 an hour.')).toBeVisible();
  await expect(e.cell('Hourly rate', 'before')).toHaveText('$18.00');
  await expect(e.cell('Weekly', 'before')).toHaveText('$360');
  await expect(e.cell('Yearly', 'before')).toHaveText('$17,280');
  await expect(page).toHaveURL(/perTask=1\.5&tasksPerHour=12/);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'By the task' })).toBeChecked();
  await expect(estimator(page).perTask).toHaveValue('1.5');
  await expect(estimator(page).cell('Weekly', 'before')).toHaveText('$360');
  await page.getByRole('radio', { name: 'By the hour' }).check();
  await expect(estimator(page).rate).toHaveValue('18');
});

test('fees and taxes come off every figure; unpaid hours give the effective rate', async ({ page }) => {
  const e = await open(page, '?rate=50');
  await expect(e.results.getByRole('row', { name: /Effective hourly rate/ })).toHaveCount(0);
  await e.fees.fill('20');
  await e.unpaid.fill('5');
  await expect(e.cell('Weekly', 'before')).toHaveText('$1,000');
  await expect(e.cell('Weekly', 'after')).toHaveText('$800');
  await expect(e.cell('Yearly', 'after')).toHaveText('$38,400');
  await expect(e.cell('Monthly', 'after')).toHaveText('$3,200');
  // $1,000 over 25 hours before fees, $800 over 25 hours after.
  await expect(e.cell('Effective hourly rate', 'before')).toHaveText('$40.00');
  await expect(e.cell('Effective hourly rate', 'after')).toHaveText('$32.00');
  await expect(page.locator('.pay-summary')).toHaveText('$48,000 a year before fees and taxes, $38,400 after.');
  await e.rate.fill('');
  await expect(page.locator('.pay-summary')).toHaveText(/Correct the fields marked with a message/);
});

const BAD_INPUTS = [
  {
    field: 'rate',
    label: 'Hourly rate (USD)',
    values: ['', '-5', 'abc', 'NaN', 'Infinity', '10001'],
    message: /Enter an hourly rate/,
  },
  { field: 'hours', label: 'Hours per week', values: ['', '-1', 'NaN', '169'], message: /Enter hours per week/ },
  { field: 'weeks', label: 'Weeks per year', values: ['', '0', 'Infinity', '53'], message: /Enter weeks per year/ },
  { field: 'fees', label: 'Fees and taxes (%)', values: ['', '-3', 'ten', '101'], message: /Enter fees and taxes/ },
  {
    field: 'unpaid',
    label: 'Unpaid hours per week',
    values: ['', '-2', 'NaN', '169', '160'],
    message: /Enter unpaid hours|can be at most 168/,
  },
] as const;

for (const bad of BAD_INPUTS) {
  test(`bad ${bad.field} shows its message beside the field, and no NaN`, async ({ page }) => {
    const e = await open(page);
    const input = page.getByLabel(bad.label, { exact: true });
    for (const value of bad.values) {
      await input.fill(value);
      await expect(input, value).toHaveAttribute('aria-invalid', 'true');
      const errorId = `${await input.getAttribute('id')}-error`;
      await expect(input).toHaveAttribute('aria-describedby', new RegExp(errorId));
      await expect(page.locator(`#${errorId}`)).toHaveText(bad.message);
      await expect(page.locator('.field__error')).toHaveCount(1);
      await expectNoBrokenNumbers(page);
    }
    await expect(e.results).toContainText('—');
    await input.fill(bad.field === 'fees' || bad.field === 'unpaid' ? '0' : '10');
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.field__error')).toHaveCount(0);
  });
}

test('bad per-task inputs show their messages and the other fields keep working', async ({ page }) => {
  const e = await open(page);
  await page.getByRole('radio', { name: 'By the task' }).check();
  await e.perTask.fill('0');
  await expect(page.getByText(/Enter pay per task/)).toBeVisible();
  await e.perTask.fill('5000');
  await e.tasksPerHour.fill('3');
  await expect(page.getByText(/comes to more than \$10,000 an hour/)).toBeVisible();
  await expect(e.cell('Yearly', 'before')).toHaveText('—');
  await expectNoBrokenNumbers(page);
  await e.tasksPerHour.fill('1');
  await expect(e.cell('Weekly', 'before')).toHaveText('$100,000');
});

test('one bad field blanks only the results it feeds', async ({ page }) => {
  const e = await open(page, '?rate=40');
  await e.fees.fill('150');
  await expect(e.cell('Yearly', 'after')).toHaveText('—');
  await expect(e.cell('Yearly', 'before')).toHaveText('$38,400');
  // Other fields keep working while fees are invalid.
  await e.hours.fill('10');
  await expect(e.cell('Yearly', 'before')).toHaveText('$19,200');
  await e.weeks.fill('99');
  await expect(e.cell('Yearly', 'before')).toHaveText('—');
  await expect(e.cell('Weekly', 'before')).toHaveText('$400');
  await expect(page.getByText('Enter valid hours per week and weeks per year to compare the levels.')).toBeVisible();
  await expectNoBrokenNumbers(page);
});

test('a shared link restores the whole estimate', async ({ page, context }) => {
  test.setTimeout(60_000); // two pages hydrate in this test
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const e = await open(page, '?level=4&rate=70&hours=30&weeks=40&fees=10&unpaid=2');
  await expect(e.level).toHaveValue('4');
  await expect(e.rate).toHaveValue('70');
  await expect(e.hours).toHaveValue('30');
  await expect(e.weeks).toHaveValue('40');
  await expect(e.fees).toHaveValue('10');
  await expect(e.unpaid).toHaveValue('2');
  await expect(e.cell('Yearly', 'before')).toHaveText('$84,000');
  await expect(e.cell('Yearly', 'after')).toHaveText('$75,600');
  await e.hours.fill('25');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status')).toHaveText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).search).toBe('?level=4&rate=70&hours=25&weeks=40&fees=10&unpaid=2');

  // The link opens the same estimate in a fresh browser with nothing stored.
  const other = await context.browser()!.newPage();
  await other.goto(copied);
  await expect(other.locator('.pay-estimator[data-ready]')).toHaveCount(1, { timeout: HYDRATION_TIMEOUT });
  await expect(estimator(other).cell('Yearly', 'before')).toHaveText('$70,000');
  await other.close();
});

test('Reset returns to the defaults and clears the link', async ({ page }) => {
  const e = await open(page, '?level=5&hours=40&fees=30');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('status')).toHaveText('Reset to the defaults.');
  await expect(e.level).toHaveValue('1');
  await expect(e.hours).toHaveValue('20');
  await expect(e.fees).toHaveValue('0');
  expect(new URL(page.url()).search).toBe('');
  await page.reload();
  await expect(estimator(page).level).toHaveValue('1');
});

test('the reader’s level and hours are remembered, and a link wins over them', async ({ page }) => {
  let e = await open(page);
  await e.level.selectOption('3');
  await e.hours.fill('35');
  await e.fees.fill('15');
  await page.goto('/');
  e = await open(page);
  await expect(e.level).toHaveValue('3');
  await expect(e.hours).toHaveValue('35');
  await expect(e.fees).toHaveValue('15');
  // The address carries the remembered values, so a copied link shows the recipient the same estimate.
  expect(new URL(page.url()).search).toBe('?level=3&hours=35&fees=15');
  e = await open(page, '?level=2');
  await expect(e.level).toHaveValue('2');
  await expect(e.hours).toHaveValue('20');
});

test('garbage in storage loads the defaults', async ({ page }) => {
  await page.addInitScript((keys) => {
    for (const key of keys) localStorage.setItem(key, '<img src=x onerror=alert(1)>{"rate":NaN');
  }, STORAGE_KEYS);
  const e = await open(page);
  const first = levels[0]!;
  await expect(e.level).toHaveValue('1');
  await expect(e.rate).toHaveValue(String((first.pay.min + first.pay.max) / 2));
  await expect(e.hours).toHaveValue('20');
  await expect(e.weeks).toHaveValue('48');
  await expect(e.fees).toHaveValue('0');
  await expect(e.unpaid).toHaveValue('0');
  await expect(page.getByRole('radio', { name: 'By the hour' })).toBeChecked();
  await expect(page.locator('.field__error')).toHaveCount(0);
  await expect(page.locator('main img, main b')).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('');
  await expect(e.cell('Yearly', 'before')).toHaveText(dollars(((first.pay.min + first.pay.max) / 2) * 20 * 48));
  await expectNoBrokenNumbers(page);
});

test('garbage in the URL opens as text with a message beside each field, never as HTML, and the link is kept', async ({ page }) => {
  const query = '?level=<b>7</b>&rate=NaN&hours=-4&weeks=1e999&fees=abc&unpaid=Infinity';
  const e = await open(page, query);
  // A level that is not one cannot be chosen in the list: the first level stands.
  await expect(e.level).toHaveValue('1');
  await expect(e.rate).toHaveValue('NaN');
  await expect(e.hours).toHaveValue('-4');
  for (const field of [e.rate, e.hours, e.weeks, e.fees, e.unpaid]) await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('main img, main b')).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('?rate=NaN&hours=-4&weeks=1e999&fees=abc&unpaid=Infinity');
  await expect(e.cell('Yearly', 'before')).toHaveText('—');
  await expectNoBrokenNumbers(page);
});

test('typed text is never rendered as HTML', async ({ page }) => {
  const e = await open(page);
  await e.rate.fill('<img src=x onerror=alert(1)>');
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(e.rate).toHaveValue('<img src=x onerror=alert(1)>');
});

test('all levels side by side: chart with the estimate marked, and the numbers in a table', async ({ page }) => {
  await open(page, '?level=2&rate=45&hours=10&weeks=50');
  // The server drew the defaults; the chart's code loads because the linked values differ from them.
  const chart = page.getByRole('img', { name: /Yearly earnings at each level/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('title')).toHaveText('Yearly earnings at each level');
  await expect(chart.locator('.pay-chart__row')).toHaveCount(levels.length);
  await expect(chart.locator('.pay-chart__row--reader')).toContainText('Level 2 — Advanced Tasker');
  await expect(chart.locator('.pay-chart__you')).toContainText('Your estimate $22,500');
  const table = page.getByRole('table', { name: /Yearly earnings at each level, at 10 hours a week for 50 weeks/ });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(levels.length);
  const firstMid = (levels[0]!.pay.min + levels[0]!.pay.max) / 2;
  for (const [i, level] of levels.entries()) {
    const mid = (level.pay.min + level.pay.max) / 2;
    const cells = rows.nth(i).getByRole('cell');
    await expect(rows.nth(i).getByRole('rowheader')).toContainText(`Level ${level.rank} — ${level.role}`);
    await expect(cells.nth(0)).toHaveText(dollars(level.pay.min * 500));
    await expect(cells.nth(1)).toHaveText(dollars(mid * 500));
    await expect(cells.nth(2)).toHaveText(dollars(level.pay.max * 500));
    await expect(cells.nth(3)).toHaveText(`${(mid / firstMid).toFixed(1)}×`);
  }
  await expect(rows.nth(1)).toContainText('(your level)');
});

test('the chart the server drew stays on screen through hydration, then follows an edit', async ({ page }) => {
  await watchDrawnCharts(page, ['.pay-compare']);
  const e = await open(page);
  const chart = page.getByRole('img', { name: /Yearly earnings at each level/ });
  const first = levels[0]!;
  await expect(chart.locator('.pay-chart__you')).toContainText(`Your estimate ${dollars(((first.pay.min + first.pay.max) / 2) * 20 * 48)}`);
  await e.hours.fill('10');
  await expect(chart.locator('.pay-chart__you')).toContainText(`Your estimate ${dollars(((first.pay.min + first.pay.max) / 2) * 10 * 48)}`);
  await expect(page.locator('.pay-compare [data-stale]')).toHaveCount(0);
  await expect(page.getByText(/Loading/)).toHaveCount(0);
  const { seen, gaps } = await chartRecord(page);
  expect(seen).toEqual(['.pay-compare']);
  expect(gaps).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the levels chart is drawn by the server', async ({ page }) => {
    await page.goto(PATH);
    const chart = page.getByRole('img', { name: /Yearly earnings at each level/ });
    await expect(chart.locator('.pay-chart__row')).toHaveCount(levels.length);
    await expect(chart.locator('rect.pay-chart__range')).toHaveCount(levels.length);
    await expect(chart.locator('.pay-chart__row--reader')).toContainText(`Level 1 — ${levels[0]!.role}`);
  });
  test('shows the default estimate and the all-levels table', async ({ page }) => {
    await page.goto(PATH);
    const first = levels[0]!;
    const mid = (first.pay.min + first.pay.max) / 2;
    const e = estimator(page);
    await expect(e.cell('Yearly', 'before')).toHaveText(dollars(mid * 20 * 48));
    await expect(e.cell('Weekly', 'before')).toHaveText(dollars(mid * 20));
    await expect(page.getByRole('table', { name: /Yearly earnings at each level/ }).locator('tbody tr')).toHaveCount(
      levels.length,
    );
  });
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 700 } });
  test('the page does not scroll sideways', async ({ page }) => {
    await open(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('level and hours carry over to the promotion timeline page', async ({ page }) => {
  const e = await open(page);
  await e.level.selectOption('3');
  await e.hours.fill('32');
  await page.goto('/tools/promotion-timeline/');
  await expect(page.getByLabel('Current level')).toHaveValue('3');
  await expect(page.getByLabel('Hours per week')).toHaveValue('32');
});

test('the compact estimator on the guide shares the stored level and hours', async ({ page }) => {
  const e = await open(page);
  await e.level.selectOption('3');
  await e.hours.fill('10');
  await page.goto('/guide/');
  const compact = page.locator('.pay-estimator--compact');
  // The compact estimator hydrates when it scrolls into view.
  await compact.scrollIntoViewIfNeeded();
  await expect(page.locator('.pay-estimator[data-ready]')).toHaveCount(1, { timeout: HYDRATION_TIMEOUT });
  await expect(compact.getByLabel('Level', { exact: true })).toHaveValue('3');
  await expect(compact.getByLabel('Hours per week')).toHaveValue('10');
  await expect(
    compact
      .getByRole('row', { name: /^Weekly/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('$600');
  await expect(compact.getByRole('link', { name: 'Open the full pay estimator' })).toHaveAttribute(
    'href',
    '/tools/pay-estimator/?level=3&hours=10',
  );
  await compact.getByLabel('Hourly rate (USD)').fill('abc');
  await expect(compact.getByText(/Enter an hourly rate/)).toBeVisible();
  await compact.getByLabel('Hourly rate (USD)').fill('50');
  // The compact estimator keeps the guide's address clean; its values travel through storage.
  expect(new URL(page.url()).search).toBe('');
  await page.goto(PATH);
  await expect(page.getByLabel('Hourly rate (USD)')).toHaveValue('50');
});
