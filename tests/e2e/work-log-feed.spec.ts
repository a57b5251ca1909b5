// Issue 16 item 4: the pay estimator, the timeline and the readiness check fill fields from the work log when asked.
import { test, expect } from './fixtures';
import { addEntry, daysAgo } from '../support/tools';

test('each tool fills its fields from the logged days', async ({ page }) => {
  await page.goto('/tools/work-log/');
  await page.locator('.work-log__week[data-ready]').waitFor({ state: 'attached' });
  await addEntry(page, { date: daysAgo(0), paid: '3', unpaid: '1', tasks: '50', earnings: '60', quality: '90' });
  await addEntry(page, { date: daysAgo(3), paid: '5', unpaid: '0', tasks: '50', earnings: '100', quality: '96' });
  // Outside the last 4 weeks and the last 30 days: counts only for tasks completed.
  await addEntry(page, { date: daysAgo(40), paid: '10', unpaid: '0', tasks: '100', earnings: '150', quality: '50' });

  // The log began 40 days ago, so it covers the whole of the last 4 weeks. Pay per paid hour there, at Level 1 (every
  // entry): (60 + 100) / (3 + 5) paid hours = $20.00; unpaid time apart: 1 hour / 4 weeks = 0.3 a week (rounded).
  await page.goto('/tools/pay-estimator/');
  await page.getByRole('button', { name: 'Use my logged rate' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'From your work log' })).toContainText('2 entries at Level 1 over 28 days of your log');
  await expect(page.getByRole('status').filter({ hasText: 'From your work log' })).toContainText('$20.00 per paid hour; 0.3 unpaid hours a week');
  await expect(page.getByLabel('Hourly rate (USD)')).toHaveValue('20');
  await expect(page.getByLabel('Unpaid hours per week')).toHaveValue('0.3');

  // Paid hours over the last 4 weeks: (3 + 5) / 4 weeks = 2 a week.
  await page.goto('/tools/promotion-timeline/');
  await page.getByRole('button', { name: 'Use my logged hours' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Hours filled from your work log' })).toContainText('2 paid hours a week on average over 28 days');
  await expect(page.getByLabel('Hours per week')).toHaveValue('2');

  // Last 30 days: 2 active days, quality (90 + 96) / 2 = 93; tasks from every entry: 50 + 50 + 100 = 200.
  await page.goto('/tools/readiness/');
  await page.locator('.readiness[data-ready]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Fill from my work log' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Filled from your work log' })).toContainText(`tasks completed from`);
  for (const [id, value] of [['activeDaysLast30', '2'], ['qualityScorePercent', '93'], ['tasksCompleted', '200']] as const) {
    const field = page.locator(`#readiness-${id}`);
    if ((await field.count()) > 0) await expect(field).toHaveValue(value);
  }
  await expect(page.locator('#readiness-activeDaysLast30, #readiness-qualityScorePercent, #readiness-tasksCompleted').first()).toBeVisible();
});

test('a log begun today counts its one day as a week, not as a quarter of four', async ({ page }) => {
  await page.goto('/tools/work-log/');
  await page.locator('.work-log__week[data-ready]').waitFor({ state: 'attached' });
  await addEntry(page, { date: daysAgo(0), paid: '8', unpaid: '0', tasks: '10', earnings: '80' });
  await page.goto('/tools/promotion-timeline/');
  await page.getByRole('button', { name: 'Use my logged hours' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Hours filled from your work log' })).toContainText('8 paid hours a week on average over 1 day');
  await expect(page.getByLabel('Hours per week')).toHaveValue('8');
});

test('an empty log says so and leaves the fields alone', async ({ page }) => {
  await page.goto('/tools/pay-estimator/');
  const rate = page.getByLabel('Hourly rate (USD)');
  const before = await rate.inputValue();
  await page.getByRole('button', { name: 'Use my logged rate' }).click();
  await expect(page.getByText('Your work log has no entries yet')).toBeVisible();
  await expect(rate).toHaveValue(before);
  await page.goto('/tools/promotion-timeline/');
  await page.getByRole('button', { name: 'Use my logged hours' }).click();
  await expect(page.getByText('Your work log has no entries yet')).toBeVisible();
});

test('a logged figure the tool would refuse is not filled in, and the message says why', async ({ page }) => {
  await page.goto('/tools/work-log/');
  await page.locator('.work-log__week[data-ready]').waitFor({ state: 'attached' });
  // $0 for half an hour, 27 days ago: 0.5 paid hours over 4 weeks is 0.1 a week, under the timeline's 1 hour.
  await addEntry(page, { date: daysAgo(27), paid: '0.5', unpaid: '0', tasks: '1', earnings: '0' });

  await page.goto('/tools/pay-estimator/');
  const rate = page.getByLabel('Hourly rate (USD)');
  const rateBefore = await rate.inputValue();
  await page.getByRole('button', { name: 'Use my logged rate' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'From your work log' })).toContainText('which the estimator does not take');
  await expect(rate).toHaveValue(rateBefore);

  await page.goto('/tools/promotion-timeline/');
  const hours = page.getByLabel('Hours per week');
  const hoursBefore = await hours.inputValue();
  await page.getByRole('button', { name: 'Use my logged hours' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'your log' })).toContainText('fewer than the timeline takes');
  await expect(hours).toHaveValue(hoursBefore);
});
