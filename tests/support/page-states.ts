// States of pages that a plain load does not show, which the gate pass checks too (tests/e2e/gate-pages.spec.ts):
// search results, and each tool with its results, its errors or its optional parts shown. A new tool page is
// gated in its default state through the sitemap; add it here when it shows more after input.
import { expect, type Page } from '@playwright/test';
import type { PageState } from './page-gates';

// Pagefind and the islands can take a few seconds to start on a busy two-core machine.
const SHOWN = { timeout: 15_000 };

export const PAGE_STATES: PageState[] = [
  {
    name: 'search results for “reviewer”',
    path: '/search/?q=reviewer',
    show: async (page: Page) => {
      await expect(page.getByRole('main').getByRole('option').first()).toBeVisible(SHOWN);
    },
  },
  {
    name: 'pay estimator with its results and a field error',
    path: '/tools/pay-estimator/?level=3&rate=200&unpaid=4',
    show: async (page: Page) => {
      const hours = page.getByLabel('Hours per week', { exact: true });
      await hours.fill('-1');
      await expect(hours).toHaveAttribute('aria-invalid', 'true', SHOWN);
    },
  },
  {
    name: 'promotion timeline with its steps and charts',
    path: '/tools/promotion-timeline/?from=1&to=4&hours=30',
    show: async (page: Page) => {
      await expect(page.getByRole('table', { name: 'Each step at your hours' })).toBeVisible(SHOWN);
      await page.getByRole('heading', { name: 'Climb or stay' }).scrollIntoViewIfNeeded();
      await expect(page.getByRole('table', { name: /^Earnings over/ })).toBeVisible(SHOWN);
    },
  },
  {
    name: 'platform comparison ranked, with differences only',
    path: '/tools/platform-comparison/?priority=ladder&differences=1',
    show: async (page: Page) => {
      await expect(page.getByRole('radio', { name: 'A clear, formal ladder' })).toBeChecked(SHOWN);
      await expect(page.getByRole('checkbox', { name: 'Show only differences' })).toBeChecked(SHOWN);
    },
  },
  {
    name: 'readiness check with every signal state and a drafted request',
    path: '/tools/readiness/?target=3',
    show: async (page: Page) => {
      await page.getByLabel('Your quality rank (top %)').fill('15');
      await page.getByLabel('Quality score (%)').fill('101');
      await page.getByLabel('Calibration tasks done').fill('2');
      await page.getByRole('button', { name: 'Draft my request' }).click();
      await expect(page.getByLabel('Your message')).not.toHaveValue('', SHOWN);
    },
  },
];
