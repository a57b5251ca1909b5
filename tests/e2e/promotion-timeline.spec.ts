import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { realContent } from '../support/content';
import { chartRecord, watchDrawnCharts } from '../support/kept-drawing';

const PATH = '/tools/promotion-timeline/';

const levels = realContent().levels;
const payOf = (rank: number) => levels.find((l) => l.rank === rank)!.pay;

/** Opens the tool and waits until the island has hydrated (the start date is filled in only after mounting). */
async function openTool(page: Page, query = '') {
  await page.goto(`${PATH}${query}`);
  // Hydration can take several seconds when the machine is busy running other suites.
  await expect(page.getByLabel('Start date')).not.toHaveValue('', { timeout: 20_000 });
}

/** Waits until the charts show the current inputs (their code loads once they differ from the server's drawing). */
async function showCharts(page: Page) {
  await expect(page.locator('.timeline-tool [data-stale]')).toHaveCount(0);
  await expect(page.getByRole('table', { name: /^Earnings over/ })).toBeVisible();
}

const stepRow = (page: Page, from: number, to: number) =>
  page.getByRole('table', { name: 'Each step at your hours' }).getByRole('row', { name: `Level ${from} → Level ${to}` });
const totalRow = (page: Page) => page.getByRole('table', { name: 'Each step at your hours' }).getByRole('row', { name: /^Total/ });
const scenarioRow = (page: Page, name: RegExp) =>
  page.getByRole('table', { name: /^Earnings over/ }).getByRole('row', { name });

/** No output may ever read like a broken computation. */
async function expectNoBrokenText(page: Page) {
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined|Invalid Date|null|\[object/);
}

test.describe('promotion timeline: the examples of the model', () => {
  test('Level 1 → 3 at 20 hours a week takes 4–9 months', async ({ page }) => {
    await openTool(page, '?from=1&to=3&hours=20&start=2027-03-01');
    await expect(totalRow(page)).toContainText('4–9 months');
    await expect(stepRow(page, 1, 2)).toContainText('1–3 months');
    await expect(stepRow(page, 2, 3)).toContainText('3–6 months');
  });

  test('Level 1 → 3 at 10 hours a week takes 7–14 months', async ({ page }) => {
    await openTool(page, '?from=1&to=3&hours=10&start=2027-03-01');
    // 10 hours is below 15: each end × 1.5, rounded up: 1–3 → 2–5 and 3–6 → 5–9.
    await expect(stepRow(page, 1, 2)).toContainText('2–5 months');
    await expect(stepRow(page, 2, 3)).toContainText('5–9 months');
    await expect(totalRow(page)).toContainText('7–14 months');
  });

  test('starting 1 March 2027 at 20 hours, Level 3 arrives between July 2027 and December 2027', async ({ page }) => {
    await openTool(page, '?from=1&to=3&hours=20&start=2027-03-01');
    await expect(stepRow(page, 2, 3)).toContainText('between July 2027 and December 2027');
    await expect(stepRow(page, 1, 2)).toContainText('between April 2027 and June 2027');
    await expect(totalRow(page)).toContainText('between July 2027 and December 2027');
    await expect(page.getByRole('status').filter({ hasText: 'at 20 hours a week' })).toContainText('4–9 months');
  });

  test('Level 1 → 5 takes 22+ months, with no invented maximum', async ({ page }) => {
    await openTool(page, '?from=1&to=5&hours=20&start=2027-03-01');
    await expect(totalRow(page)).toContainText('22+ months');
    await expect(stepRow(page, 4, 5)).toContainText('12+ months');
    // 22 months after March 2027 is January 2029.
    await expect(totalRow(page)).toContainText('from January 2029 at the earliest, with no latest date');
    await showCharts(page);
    // The open-ended last step is drawn as an open bar on the latest path, never closed at an invented month.
    await expect(page.locator('.timeline-chart__bar--open')).toHaveCount(1);
    await expect(page.locator('.timeline-chart__bar--open')).toContainText('Level 5: 22+ months');
  });

  test('hours above 15 do not shorten a step, and a 31st-of-month start moves by calendar months', async ({ page }) => {
    await openTool(page, '?from=2&to=4&hours=40&start=2027-01-31');
    await expect(stepRow(page, 2, 3)).toContainText('3–6 months');
    // 31 January + 3 months = end of April; + 6 months = end of July; then + 9 and + 18 months in all.
    await expect(stepRow(page, 2, 3)).toContainText('between April 2027 and July 2027');
    await expect(stepRow(page, 3, 4)).toContainText('between October 2027 and July 2028');
  });

  test('the visual timeline draws earliest and latest paths with a text equivalent', async ({ page }) => {
    await openTool(page, '?from=1&to=3&hours=20&start=2027-03-01');
    await showCharts(page);
    const chart = page.getByRole('img', { name: /When you could reach each level, from the earliest to the latest month/ });
    // One bar per level reached, from its earliest to its latest month, as percentages of a 9-month axis:
    // Level 2 in months 1–3, Level 3 in months 4–9.
    const bars = await chart.locator('rect:not(pattern rect)').evaluateAll((rects) =>
      rects.map((r) => [parseFloat(r.getAttribute('x')!), parseFloat(r.getAttribute('width')!)]),
    );
    expect(bars).toHaveLength(2);
    const [[x2, width2], [x3, width3]] = bars as [[number, number], [number, number]];
    expect(x2).toBeCloseTo((100 * 1) / 9, 2);
    expect(width2).toBeCloseTo((100 * 2) / 9, 2);
    expect(x3).toBeCloseTo((100 * 4) / 9, 2);
    expect(width3).toBeCloseTo((100 * 5) / 9, 2);
  });

  test('links to the guide page for each step on the path', async ({ page }) => {
    await openTool(page, '?from=2&to=4&start=2027-03-01');
    const list = page.getByRole('heading', { name: 'How to speed it up' }).locator('xpath=following-sibling::ul[1]');
    await expect(list.getByRole('link')).toHaveCount(2);
    await expect(list.getByRole('link').first()).toHaveAttribute('href', '/guide/reviewer/');
    await expect(list.getByRole('link').last()).toHaveAttribute('href', '/guide/team-lead/');
  });
});

test.describe('promotion timeline: climb or stay', () => {
  test('Level 1 → 3 at 10 hours over 12 months, worked out by hand', async ({ page }) => {
    await openTool(page, '?from=1&to=3&hours=10&start=2027-03-01&horizon=12');
    await showCharts(page);
    // Pay per month at a level = midpoint rate × 10 hours × 48 weeks ÷ 12 months.
    const monthly = (rank: number) => ((payOf(rank).min + payOf(rank).max) / 2) * 10 * 48 / 12;
    // Steps at 10 hours are 2–5 and 5–9 months, so Level 2 arrives after 2 (fast) or 5 (slow) months and
    // Level 3 after 7 (fast) or 14 (slow, beyond the 12-month horizon).
    const stay = 12 * monthly(1);
    const fast = 2 * monthly(1) + 5 * monthly(2) + 5 * monthly(3);
    const slow = 5 * monthly(1) + 7 * monthly(2);
    const dollars = (n: number) => `$${n.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
    await expect(scenarioRow(page, /^Stay at Level 1/)).toContainText(dollars(stay));
    await expect(scenarioRow(page, /fast end/)).toContainText(dollars(fast));
    await expect(scenarioRow(page, /fast end/)).toContainText(`+${dollars(fast - stay)}`);
    await expect(scenarioRow(page, /slow end/)).toContainText(dollars(slow));
    await expect(scenarioRow(page, /slow end/)).toContainText(`+${dollars(slow - stay)}`);
    const chart = page.getByRole('img', { name: /Cumulative earnings month by month/ });
    await expect(chart.locator('polyline')).toHaveCount(3);
    const running = page.getByRole('table', { name: 'Running totals' });
    await expect(running.getByRole('row', { name: /^6 months/ })).toContainText(dollars(6 * monthly(1)));
  });

  test('weeks per year come from the pay estimator store', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('ladder:weeks:v1', '40'));
    await openTool(page, '?from=1&to=2&hours=20&start=2027-03-01&horizon=3');
    await showCharts(page);
    const monthlyAtLevel1 = ((payOf(1).min + payOf(1).max) / 2) * 20 * 40 / 12;
    await expect(page.getByRole('table', { name: 'Earnings over 3 months at 40 weeks a year' })).toBeVisible();
    await expect(scenarioRow(page, /^Stay at Level 1/)).toContainText(
      `$${(3 * monthlyAtLevel1).toLocaleString('en-US', { maximumFractionDigits: 0 })}`,
    );
  });
});

test.describe('promotion timeline: bad input', () => {
  test('a target not above the current level shows a message instead of a timeline', async ({ page }) => {
    await openTool(page, '?from=3&to=4&start=2027-03-01');
    await showCharts(page);
    await page.getByLabel('Target level').selectOption({ label: '2 · Advanced Tasker' });
    await expect(page.getByText('Choose a target level above your current level.')).toHaveCount(1);
    await expect(page.getByLabel('Target level')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('table', { name: 'Each step at your hours' })).toHaveCount(0);
    await expect(scenarioRow(page, /fast end/)).toContainText('—');
    await expectNoBrokenText(page);
  });

  test('a link from the top level down to level 1 says so once, beside the target level', async ({ page }) => {
    await openTool(page, '?from=5&to=1&start=2027-03-01');
    await expect(page.getByText('You are at the top level')).toHaveCount(1);
    await expect(page.getByLabel('Target level')).toHaveAttribute('aria-invalid', 'true');
  });

  test('at the top level there is nothing to plan, and no crash', async ({ page }) => {
    await openTool(page, '?from=5&start=2027-03-01');
    await expect(page.getByText('You are at the top level')).toHaveCount(1);
    await expect(page.getByText('You are at the top level')).toBeVisible();
    await expectNoBrokenText(page);
  });

  const HOURS_MESSAGE = 'Enter hours per week as a number from 1 to 168.';
  for (const typed of ['abc', '', '0', '169', '-5', '1e3']) {
    test(`hours "${typed}" get a message beside the field and outputs show —`, async ({ page }) => {
      await openTool(page, '?from=1&to=3&hours=20&start=2027-03-01');
      const hours = page.getByLabel('Hours per week');
      await showCharts(page);
      await hours.fill(typed);
      await expect(hours).toHaveAttribute('aria-invalid', 'true');
      await expect(hours).toHaveAccessibleDescription(HOURS_MESSAGE);
      await expect(totalRow(page)).toContainText('—');
      await expect(scenarioRow(page, /^Stay/)).toContainText('—');
      await expectNoBrokenText(page);
      // A bad value never reaches the shared store.
      expect(await page.evaluate(() => localStorage.getItem('ladder:hours:v1'))).not.toBe(typed);
    });
  }

  for (const typed of ['0', '121', 'ten', '2.5', '']) {
    test(`horizon "${typed}" gets a message beside the field`, async ({ page }) => {
      await openTool(page, '?from=1&to=3&start=2027-03-01');
      await showCharts(page);
      const horizon = page.getByLabel('Horizon (months)');
      await horizon.fill(typed);
      await expect(horizon).toHaveAttribute('aria-invalid', 'true');
      await expect(horizon).toHaveAccessibleDescription(/whole number of months from 1 to 120/);
      await expect(scenarioRow(page, /fast end/)).toContainText('—');
      await expectNoBrokenText(page);
    });
  }

  test('a cleared or out-of-range start date gets a message and dates show —', async ({ page }) => {
    await openTool(page, '?from=1&to=3&start=2027-03-01');
    const start = page.getByLabel('Start date');
    await start.fill('');
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    await expect(start).toHaveAccessibleDescription(/Enter a real start date between 1900 and 2200/);
    await expect(stepRow(page, 2, 3)).toContainText('—');
    await expect(totalRow(page)).toContainText('4–9 months');
    await expectNoBrokenText(page);
    await start.fill('1850-06-01');
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    await start.fill('2028-02-29');
    await expect(start).not.toHaveAttribute('aria-invalid');
    await expect(stepRow(page, 1, 2)).toContainText('between March 2028 and May 2028');
  });

  test('garbage levels in the URL fall back to the defaults; refused values open with their messages', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-03-01T12:00:00'));
    // The start date in the link is not a real day, so the date field stays empty: wait for the hours instead.
    await page.goto(`${PATH}?from=9&to=abc&hours=NaN&start=2027-02-30&horizon=-5&x=<script>alert(1)</script>`);
    await expect(page.getByLabel('Hours per week')).toHaveValue('NaN');
    await expect(page.getByLabel('Current level')).toHaveValue('1');
    await expect(page.getByLabel('Target level')).toHaveValue('2');
    await expect(page.getByLabel('Hours per week')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Start date')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Horizon (months)')).toHaveValue('-5');
    await expect(page.getByLabel('Horizon (months)')).toHaveAttribute('aria-invalid', 'true');
    await expect(totalRow(page)).toContainText('—');
    await expectNoBrokenText(page);
  });

  test('garbage in storage falls back to the defaults', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-03-01T12:00:00'));
    await page.addInitScript(() => {
      localStorage.setItem('ladder:level:v1', '<img src=x onerror=alert(1)>');
      localStorage.setItem('ladder:hours:v1', '0.5');
      localStorage.setItem('ladder:weeks:v1', 'Infinity');
    });
    await openTool(page);
    await showCharts(page);
    await expect(page.getByLabel('Current level')).toHaveValue('1');
    await expect(page.getByLabel('Hours per week')).toHaveValue('20');
    await expect(page.getByRole('table', { name: 'Earnings over 24 months at 48 weeks a year' })).toBeVisible();
    await expectNoBrokenText(page);
  });
});

test.describe('promotion timeline: state', () => {
  test('level and hours set in the pay estimator appear here, and edits here are shared back', async ({ page }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('ladder:level:v1', '3');
      localStorage.setItem('ladder:hours:v1', '10');
    });
    await openTool(page);
    await expect(page.getByLabel('Current level')).toHaveValue('3');
    await expect(page.getByLabel('Target level')).toHaveValue('4');
    await expect(page.getByLabel('Hours per week')).toHaveValue('10');
    // 6–12 months × 15 ÷ 10 = 9–18 months.
    await expect(totalRow(page)).toContainText('9–18 months');
    await page.getByLabel('Current level').selectOption('2');
    await page.getByLabel('Hours per week').fill('12.5');
    await expect.poll(() => page.evaluate(() => [localStorage.getItem('ladder:level:v1'), localStorage.getItem('ladder:hours:v1')])).toEqual(['2', '12.5']);
    await page.goto(PATH);
    await expect(page.getByLabel('Start date')).not.toHaveValue('');
    await expect(page.getByLabel('Current level')).toHaveValue('2');
    await expect(page.getByLabel('Hours per week')).toHaveValue('12.5');
  });

  test('the URL wins over stored values', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('ladder:level:v1', '3'));
    await openTool(page, '?from=2&to=5&hours=30&start=2027-03-01');
    await expect(page.getByLabel('Current level')).toHaveValue('2');
    await expect(page.getByLabel('Target level')).toHaveValue('5');
    await expect(page.getByLabel('Hours per week')).toHaveValue('30');
  });

  test('a shared link reproduces the plan in a fresh browser', async ({ page, browser }) => {
    await openTool(page, '?start=2027-01-31');
    await page.getByLabel('Current level').selectOption('2');
    await page.getByLabel('Target level').selectOption('4');
    await page.getByLabel('Hours per week').fill('12');
    await page.getByLabel('Horizon (months)').fill('36');
    await expect(page).toHaveURL(/from=2&to=4&hours=12&start=2027-01-31&horizon=36$/);
    const link = page.url();

    const other = await browser.newContext();
    const fresh = await other.newPage();
    await fresh.goto(link);
    await expect(fresh.getByLabel('Start date')).toHaveValue('2027-01-31');
    await expect(fresh.getByLabel('Current level')).toHaveValue('2');
    await expect(fresh.getByLabel('Target level')).toHaveValue('4');
    await expect(fresh.getByLabel('Hours per week')).toHaveValue('12');
    await expect(fresh.getByLabel('Horizon (months)')).toHaveValue('36');
    // At 12 hours: 3–6 × 1.25 → 4–8 and 6–12 × 1.25 → 8–15; from 31 January 2027.
    await expect(stepRow(fresh, 2, 3)).toContainText('between May 2027 and September 2027');
    await expect(stepRow(fresh, 3, 4)).toContainText('between January 2028 and December 2028');
    await expect(totalRow(fresh)).toContainText('12–23 months');
    await other.close();
  });

  test('Copy link copies the address and Reset restores the defaults', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.clock.setFixedTime(new Date('2027-03-01T12:00:00'));
    await openTool(page, '?from=2&to=4&hours=12&start=2028-05-05&horizon=60');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(page.getByLabel('Current level')).toHaveValue('1');
    await expect(page.getByLabel('Target level')).toHaveValue('2');
    await expect(page.getByLabel('Hours per week')).toHaveValue('20');
    await expect(page.getByLabel('Start date')).toHaveValue('2027-03-01');
    await expect(page.getByLabel('Horizon (months)')).toHaveValue('24');
    await expect(page).toHaveURL(/from=1&to=2&hours=20&start=2027-03-01&horizon=24$/);
  });

  test('with the clock at a known day, the start date defaults to today', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-12-15T09:00:00'));
    await openTool(page, '?from=1&to=2');
    await expect(page.getByLabel('Start date')).toHaveValue('2027-12-15');
    // Across the year end: + 1 to + 3 months.
    await expect(stepRow(page, 1, 2)).toContainText('between January 2028 and March 2028');
  });
});

const PLAN_CHART = 'figure:has(> .kept-drawing svg[aria-labelledby="timeline-chart-title"])';
const EARNINGS_CHART = '.kept-drawing:has(svg[aria-labelledby="timeline-earn-title"])';

test('the charts the server drew stay on screen through hydration, then follow an edit', async ({ page }) => {
  await watchDrawnCharts(page, [PLAN_CHART, EARNINGS_CHART]);
  await openTool(page);
  const bars = page.locator(`${PLAN_CHART} .timeline-chart__bar rect`);
  await expect(bars).toHaveCount(1);
  // The caption reads the same before and after hydration (a dated one grew a line and shifted the page).
  await expect(page.locator(PLAN_CHART).locator('figcaption')).toContainText('Months from your start date');
  await page.getByLabel('Target level').selectOption('4');
  await expect(bars).toHaveCount(3);
  await expect(page.locator(`${EARNINGS_CHART} polyline`)).toHaveCount(3);
  await expect(page.getByText(/Loading/)).toHaveCount(0);
  const { seen, gaps } = await chartRecord(page);
  expect(seen.sort()).toEqual([EARNINGS_CHART, PLAN_CHART].sort());
  expect(gaps).toEqual([]);
});

test.describe('promotion timeline without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the plan and earnings charts are drawn by the server', async ({ page }) => {
    await page.goto(PATH);
    const plan = page.getByRole('img', { name: /When you could reach each level/ });
    await expect(plan.locator('.timeline-chart__bar rect')).toHaveCount(1);
    await expect(page.locator(`${EARNINGS_CHART} polyline`)).toHaveCount(3);
    await expect(page.getByRole('table', { name: /^Earnings over 24 months/ })).toBeVisible();
    await expect(page.getByText(/need JavaScript|Loading/)).toHaveCount(0);
  });
  test('shows the default plan and the table of step durations', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.getByLabel('Current level')).toHaveValue('1');
    await expect(page.getByLabel('Target level')).toHaveValue('2');
    await expect(totalRow(page)).toContainText('1–3 months');
    const durations = page.getByRole('table', { name: 'Typical time for each step' });
    await expect(durations.getByRole('row')).toHaveCount(5);
    await expect(durations).toContainText('12+ months');
    await expectNoBrokenText(page);
  });
});

