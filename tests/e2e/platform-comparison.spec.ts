import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { Platform, Priority } from '../../src/schemas/platforms';

const PATH = '/tools/platform-comparison/';
const NAMES = ['Appen', 'Mercor', 'Braintrust', 'Remotasks'];
const platforms = parse(readFileSync(new URL('../../content/data/platforms.yaml', import.meta.url), 'utf8')) as Platform[];

/** The trait the data quotes for a platform and priority, which the page's reason must show. */
function traitOf(name: string, priority: Priority): string {
  const match = platforms.find((p) => p.name === name)?.matches.find((m) => m.priority === priority);
  if (!match) throw new Error(`${name} has no trait for ${priority} in platforms.yaml`);
  return match.trait;
}

const table = (page: Page) => page.getByRole('table', { name: /handles? promotion/ });
const columnNames = (page: Page) => table(page).getByRole('columnheader').allTextContents();
const rowNames = (page: Page) => table(page).getByRole('rowheader').allTextContents();
const ranked = (page: Page) => page.getByRole('list', { name: /best first/ }).getByRole('listitem');

/** Opens the page and waits until the island has read the URL (Copy link appears only then). */
async function open(page: Page, query = '') {
  await page.goto(PATH + query);
  // Generous: several builds and browsers share two CPU cores while these tests run.
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible({ timeout: 15_000 });
}

test.describe('platform comparison', () => {
  test('shows all four platforms by default, with "Not stated in the guide" where the source is silent', async ({ page }) => {
    await open(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    for (const name of NAMES) await expect(page.getByRole('checkbox', { name })).toBeChecked();
    expect(await columnNames(page)).toEqual(['Topic', ...NAMES]);
    expect(await rowNames(page)).toContain('Starting rates');
    await expect(table(page).getByRole('cell', { name: 'Not stated in the guide' }).first()).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Show only differences' })).not.toBeChecked();
    await expect(page).toHaveURL(new RegExp(`${PATH}$`));
  });

  test('choosing two platforms shows only those two', async ({ page }) => {
    await open(page);
    await page.getByRole('checkbox', { name: 'Braintrust' }).uncheck();
    await page.getByRole('checkbox', { name: 'Remotasks' }).uncheck();
    expect(await columnNames(page)).toEqual(['Topic', 'Appen', 'Mercor']);
    await expect(table(page)).not.toContainText('Braintrust');
    await expect(page).toHaveURL(/\?platforms=appen,mercor$/);
    await page.getByRole('checkbox', { name: 'Remotasks' }).check();
    expect(await columnNames(page)).toEqual(['Topic', 'Appen', 'Mercor', 'Remotasks']);
  });

  test('the last chosen platform cannot be unticked', async ({ page }) => {
    await open(page, '?platforms=mercor');
    const mercor = page.getByRole('checkbox', { name: 'Mercor' });
    await mercor.click();
    await expect(mercor).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: 'At least one platform stays chosen.' })).toBeVisible();
    expect(await columnNames(page)).toEqual(['Topic', 'Mercor']);
  });

  test('"Show only differences" hides the rows where every chosen platform says the same', async ({ page }) => {
    await open(page, '?platforms=appen,braintrust');
    const allRows = await rowNames(page);
    expect(allRows).toEqual(expect.arrayContaining(['Starting rates', 'Size of the jumps between levels']));
    await page.getByRole('checkbox', { name: 'Show only differences' }).check();
    // The guide is silent on both platforms' starting rates and level jumps, and they differ on everything else.
    expect(await rowNames(page)).toEqual(allRows.filter((r) => r !== 'Starting rates' && r !== 'Size of the jumps between levels'));
    await expect(page.getByText('Hidden because every chosen platform says the same: Starting rates, Size of the jumps between levels.')).toBeVisible();
    await expect(page).toHaveURL(/differences=1/);
    // With Mercor added, those rows differ again and come back.
    await page.getByRole('checkbox', { name: 'Mercor' }).check();
    expect(await rowNames(page)).toEqual(allRows);
    await page.getByRole('checkbox', { name: 'Show only differences' }).uncheck();
    expect(await rowNames(page)).toEqual(allRows);
  });

  for (const [label, priority, best] of [
    ['A clear, formal ladder', 'ladder', 'Appen'],
    ['Using my domain expertise', 'expertise', 'Mercor'],
    ['Building a reputation', 'reputation', 'Braintrust'],
    ['Passing qualification tests to move up', 'tests', 'Remotasks'],
  ] as const) {
    test(`"${label}" ranks ${best} first and quotes its trait`, async ({ page }) => {
      await open(page);
      await expect(page.getByRole('group', { name: 'What matters most to you?' })).toBeVisible();
      await page.getByRole('radio', { name: label }).check();
      await expect(ranked(page)).toHaveCount(4);
      const first = ranked(page).first();
      await expect(first).toContainText(best);
      await expect(first).toContainText('Strong match.');
      await expect(first).toContainText(`“${traitOf(best, priority)}”`);
      await expect(page).toHaveURL(new RegExp(`\\?priority=${priority}$`));
    });
  }

  test('the ranking covers only the chosen platforms', async ({ page }) => {
    await open(page, '?platforms=mercor,braintrust&priority=tests');
    await expect(ranked(page)).toHaveCount(2);
    await expect(ranked(page).first()).toContainText('Mercor');
    await expect(ranked(page).first()).toContainText('No match');
  });

  test('a shared link restores the state, and Reset clears it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page);
    await page.getByRole('checkbox', { name: 'Appen' }).uncheck();
    await page.getByRole('checkbox', { name: 'Show only differences' }).check();
    await page.getByRole('radio', { name: 'Building a reputation' }).check();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    expect(new URL(link).search).toBe('?platforms=mercor,braintrust,remotasks&priority=reputation&differences=1');

    const other = await context.newPage();
    await other.goto(link);
    await expect(other.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(other.getByRole('checkbox', { name: 'Appen' })).not.toBeChecked();
    await expect(other.getByRole('checkbox', { name: 'Show only differences' })).toBeChecked();
    await expect(other.getByRole('radio', { name: 'Building a reputation' })).toBeChecked();
    expect(await columnNames(other)).toEqual(['Topic', 'Mercor', 'Braintrust', 'Remotasks']);
    await expect(ranked(other).first()).toContainText('Braintrust');

    await other.getByRole('button', { name: 'Reset' }).click();
    for (const name of NAMES) await expect(other.getByRole('checkbox', { name })).toBeChecked();
    await expect(other.getByRole('checkbox', { name: 'Show only differences' })).not.toBeChecked();
    await expect(other.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(ranked(other)).toHaveCount(0);
    expect(new URL(other.url()).search).toBe('');
  });

  for (const query of [
    '?platforms=%3Cscript%3Ealert(1)%3C%2Fscript%3E&priority=DROP%20TABLE&differences=maybe',
    '?platforms=,,,&priority=&platforms=appen',
    '?platforms=' + 'x'.repeat(5000) + '&priority=__proto__',
    '?%E0%A4%A&priority=ladder%00',
  ]) {
    test(`garbage parameters load the defaults: ${query.slice(0, 50)}`, async ({ page }) => {
      await open(page, query);
      for (const name of NAMES) await expect(page.getByRole('checkbox', { name })).toBeChecked();
      await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
      await expect(page.getByRole('checkbox', { name: 'Show only differences' })).not.toBeChecked();
      expect(await columnNames(page)).toEqual(['Topic', ...NAMES]);
      await expect(page.locator('main')).not.toContainText(/NaN|undefined|Infinity|<script>/);
      expect(new URL(page.url()).search).toBe('');
    });
  }

  test('known values are kept while unknown ones beside them are ignored', async ({ page }) => {
    await open(page, '?platforms=REMOTASKS,nope,appen&priority=tests&extra=1');
    expect(await columnNames(page)).toEqual(['Topic', 'Appen', 'Remotasks']);
    await expect(page.getByRole('radio', { name: 'Passing qualification tests to move up' })).toBeChecked();
    await expect(page).toHaveURL(/\?platforms=appen,remotasks&priority=tests$/);
  });

});

test.describe('platform comparison on a narrow screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the page does not widen; the table scrolls with its topic column fixed', async ({ page }) => {
    await open(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const region = page.getByRole('region', { name: /handles? promotion/ });
    await table(page).getByRole('columnheader', { name: 'Topic' }).scrollIntoViewIfNeeded();
    await expect(table(page).getByRole('columnheader', { name: 'Remotasks' })).not.toBeInViewport();
    const before = await table(page).getByRole('rowheader').first().boundingBox();
    const scrolled = await region.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
      return el.scrollLeft;
    });
    expect(scrolled).toBeGreaterThan(0);
    const after = await table(page).getByRole('rowheader').first().boundingBox();
    expect(after?.x).toBeCloseTo(before!.x, 0);
    await expect(table(page).getByRole('columnheader', { name: 'Remotasks' })).toBeInViewport();
  });
});

test.describe('platform comparison without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the full table of all four platforms is there', async ({ page }) => {
    await page.goto(`${PATH}?platforms=appen&priority=tests`);
    expect(await columnNames(page)).toEqual(['Topic', ...NAMES]);
    expect(await rowNames(page)).toEqual([
      'How advancement is structured',
      'What moves you up',
      'Starting rates',
      'Size of the jumps between levels',
      'Who it suits',
    ]);
    for (const platform of platforms) {
      for (const fact of Object.values(platform.facts)) if (fact) await expect(table(page)).toContainText(fact);
    }
    // The controls cannot work without JavaScript, so they are shown switched off rather than dead.
    await expect(page.getByRole('checkbox', { name: 'Appen' })).toBeDisabled();
    await expect(page.getByRole('radio', { name: 'Passing qualification tests to move up' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  });
});
