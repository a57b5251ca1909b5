import { test, expect } from './fixtures';
import { PRIMARY_NAV, SITE_NAME, THEME_STORAGE_KEY } from '../../src/lib/site';

test.describe('page shell', () => {
  test('home has the header, primary navigation, one h1, main and footer', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('link', { name: SITE_NAME })).toHaveAttribute('href', '/');
    const nav = page.getByRole('navigation', { name: 'Primary' });
    for (const item of PRIMARY_NAV) {
      await expect(nav.getByRole('link', { name: item.label })).toHaveAttribute('href', item.href);
    }
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.locator('h1')).toHaveCount(1);
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('every navigation target loads without console errors', async ({ page }) => {
    for (const href of ['/', ...PRIMARY_NAV.map((item) => item.href)]) {
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(200);
      await expect(page.locator('h1'), href).toHaveCount(1);
    }
  });

  test('unknown addresses get the 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('main').getByRole('link', { name: 'Home' })).toBeVisible();
  });
});

test.describe('theme', () => {
  test.use({ colorScheme: 'light' });

  const themeOf = (page: import('@playwright/test').Page) =>
    page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);

  test('the toggle switches the theme and the choice survives a reload', async ({ page }) => {
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await themeOf(page)).toBe('light');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await themeOf(page)).toBe('dark');
    await page.reload();
    expect(await themeOf(page)).toBe('dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    expect(await themeOf(page)).toBe('light');
  });

  test('the stored theme is applied before first paint (no flash)', async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, 'dark'), THEME_STORAGE_KEY);
    await page.goto('/');
    // The attribute is set by the head script, before any module script runs.
    const themeAtFirstParse = await page.evaluate(() => document.documentElement.dataset.theme);
    expect(themeAtFirstParse).toBe('dark');
  });

  test('a garbage stored theme is ignored in favour of the system theme', async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, '<script>alert(1)</script>'), THEME_STORAGE_KEY);
    await page.goto('/');
    expect(await themeOf(page)).toBe('light');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  });

  test.describe('with a dark system theme', () => {
    test.use({ colorScheme: 'dark' });
    test('follows the system when nothing is stored', async ({ page }) => {
      await page.goto('/');
      expect(await themeOf(page)).toBe('dark');
      await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    });
  });
});
