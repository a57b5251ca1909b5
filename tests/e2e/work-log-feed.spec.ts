// Issue 16 item 4: the pay estimator, the timeline and the readiness check fill fields from the work log when asked.
import { test, expect } from './fixtures';
import { addEntry, daysAgo } from '../support/tools';

test('each tool fills its fields from the logged days', async ({ page }) => {
  await page.goto('/tools/work-log/');
  await page.locator('form[data-ready]').waitFor({ state: 'attached' });
  await addEntry(page, { date: daysAgo(0), paid: '3', unpaid: '1', tasks: '50', earnings: '60', quality: '90' });
  await addEntry(page, { date: daysAgo(3), paid: '5', unpaid: '0', tasks: '50', earnings: '100', quality: '96' });
  // Outside the last 4 weeks and the last 30 days: counts only for tasks completed.
  await addEntry(page, { date: daysAgo(40), paid: '10', unpaid: '0', tasks: '100', earnings: '150', quality: '50' });

  // Rate over the last 4 weeks: (60 + 100) / (3 + 1 + 5) hours = 160 / 9 = 17.78.
  await page.goto('/tools/pay-estimator/');
  await page.getByRole('button', { name: 'Use my logged rate' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Rate filled from your work log' })).toContainText('$17.78 an hour');
  await expect(page.getByLabel('Hourly rate (USD)')).toHaveValue('17.78');

  // Paid hours over the last 4 weeks: (3 + 5) / 4 weeks = 2 a week.
  await page.goto('/tools/promotion-timeline/');
  await page.getByRole('button', { name: 'Use my logged hours' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Hours filled from your work log' })).toContainText('2 paid hours a week');
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
