// Issue 24: what is dated and what is not. The article's figures say once per page that it carries no date, and
// Mercor's pay week, set in India Standard Time, is shown on the reader's own clock, worked out in the browser.
import { test, expect } from './fixtures';

const MONDAY = new Date('2026-12-07T12:00:00Z');

test.describe("Mercor's pay week on a reader's clock in Lagos", () => {
  test.use({ timezoneId: 'Africa/Lagos' });

  for (const path of ['/guide/platforms/', '/tools/platform-comparison/']) {
    test(`${path}: Saturday 00:00 to Friday 23:59 in India is Friday 19:30 to Friday 19:29 in Lagos`, async ({ page }) => {
      await page.clock.setFixedTime(MONDAY);
      await page.goto(path);
      await expect(page.getByText('India Standard Time').first()).toBeVisible();
      await expect(
        page.getByText('On your clock (Africa/Lagos), this week runs from Friday 4 December, 19:30 to Friday 11 December, 19:29.').first(),
      ).toBeVisible();
    });
  }
});

test.describe('across a change to summer time in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('the week from 7 March 2026 starts at 13:30 and ends at 14:29, the clocks having gone forward', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-03-10T12:00:00Z'));
    await page.goto('/guide/platforms/');
    await expect(
      page.getByText('On your clock (America/New_York), this week runs from Friday 6 March, 13:30 to Friday 13 March, 14:29.'),
    ).toBeVisible();
  });
});

test.describe('a reader in India', () => {
  test.use({ timezoneId: 'Asia/Kolkata' });

  test('is told the week is in their own time zone', async ({ page }) => {
    await page.clock.setFixedTime(MONDAY);
    await page.goto('/guide/platforms/');
    await expect(page.getByText('That is your own time zone: this week runs from Saturday 5 December, 00:00 to Friday 11 December, 23:59.')).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("the page gives India Standard Time's offset from UTC", async ({ page }) => {
    await page.goto('/guide/platforms/');
    await expect(page.getByText('India Standard Time is UTC+05:30 all year.')).toBeVisible();
  });
});

test('the article is said once to be undated, on a guide page, a tool and the home page', async ({ page }) => {
  for (const path of ['/', '/guide/reviewer/', '/tools/pay-estimator/', '/tools/platform-comparison/']) {
    await page.goto(path);
    const note = page.locator('[data-article-undated]');
    await expect(note, path).toHaveCount(1);
    await expect(note, path).toContainText('The article behind this guide is undated:');
    await expect(note, path).toContainText('local rates, especially outside the US, can be far lower');
  }
});
