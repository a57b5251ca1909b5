// Values that outlive the page are shared live between tools and tabs: two pages in one browser context share
// storage, and a change in one reaches the other through the storage event, without a reload.
import { test, expect } from './fixtures';
import { openPay, openTimeline } from '../support/tools';

test('pay estimator and promotion timeline follow each other’s level and hours, both ways, without a reload', async ({ context }) => {
  test.setTimeout(60_000); // two pages hydrate
  const pay = await context.newPage();
  const timeline = await context.newPage();
  await openPay(pay);
  await openTimeline(timeline);

  // Tab A → tab B.
  await pay.getByLabel('Level', { exact: true }).selectOption('3');
  await pay.getByLabel('Hours per week', { exact: true }).fill('32');
  await expect(timeline.getByLabel('Current level')).toHaveValue('3', { timeout: 1_000 });
  await expect(timeline.getByLabel('Hours per week')).toHaveValue('32', { timeout: 1_000 });
  await expect(timeline).toHaveURL(/from=3&to=4&hours=32/);

  // Tab B → tab A: the level's midpoint rate comes with the level, and the address follows.
  await timeline.getByLabel('Current level').selectOption('2');
  await timeline.getByLabel('Hours per week').fill('12.5');
  await expect(pay.getByLabel('Level', { exact: true })).toHaveValue('2', { timeout: 1_000 });
  await expect(pay.getByLabel('Hours per week', { exact: true })).toHaveValue('12.5', { timeout: 1_000 });
  await expect(pay.getByLabel('Hourly rate (USD)')).toHaveValue('37.5');
  await expect(pay).toHaveURL(/level=2&hours=12\.5/);
});

test('corrupt storage written by one tab never breaks another', async ({ context }) => {
  test.setTimeout(60_000); // two pages hydrate
  const pay = await context.newPage();
  const other = await context.newPage();
  await openPay(pay);
  await openTimeline(other);
  await pay.getByLabel('Level', { exact: true }).selectOption('3');
  await pay.getByLabel('Hours per week', { exact: true }).fill('30');
  await expect(other.getByLabel('Hours per week')).toHaveValue('30');
  await other.evaluate(() => {
    localStorage.setItem('ladder:level:v1', '<img src=x onerror=alert(1)>');
    localStorage.setItem('ladder:hours:v1', 'NaN');
    localStorage.setItem('ladder:pay:v1', '{"rate":');
  });
  // The stored values read as the defaults, which the open tab then shows, with no error and no broken number.
  await expect(pay.getByLabel('Hours per week', { exact: true })).toHaveValue('20');
  await expect(pay.getByLabel('Level', { exact: true })).toHaveValue('1');
  await expect(pay.locator('.field__error')).toHaveCount(0);
  expect(await pay.getByRole('main').innerText()).not.toMatch(/NaN|Infinity|undefined/);
  await pay.getByLabel('Hours per week', { exact: true }).fill('25');
  await expect(other.getByLabel('Hours per week')).toHaveValue('25');
});
