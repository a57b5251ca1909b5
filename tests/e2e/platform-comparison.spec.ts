import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { Priority } from '../../src/schemas/platforms';
import { realContent } from '../support/content';

const PATH = '/tools/platform-comparison/';
const NAMES = ['Appen', 'Mercor', 'Braintrust', 'Remotasks'];
const OTHERS = ['Outlier', 'TELUS International AI', 'Prolific', 'Toloka', 'Alignerr'];
const { platforms } = realContent();
const rowLabels = [...realContent().platformRows].sort((a, b) => a.order - b.order).map((r) => r.label);

/** The trait the data quotes for a platform and priority, which the page's reason must show. */
function traitOf(name: string, priority: Priority): string {
  const match = platforms.find((p) => p.name === name)?.matches.find((m) => m.priority === priority);
  if (!match) throw new Error(`${name} has no trait for ${priority} in platforms.yaml`);
  return match.trait;
}

const table = (page: Page) => page.getByRole('table', { name: /with the source of each fact/ });
const columnNames = (page: Page) => table(page).getByRole('columnheader').allTextContents();
const rowNames = (page: Page) => table(page).getByRole('rowheader').allTextContents();
/** The last row: each column's link to its platform's answers (issue 28), never hidden. */
const ANSWERS_ROW = 'What workers ask';
const ranked = (page: Page) => page.getByRole('list', { name: /best first/ }).getByRole('listitem');

/** Opens the page and waits until the island has read the URL (Copy link appears only then). */
async function open(page: Page, query = '') {
  await page.goto(PATH + query);
  // Generous: several builds and browsers share two CPU cores while these tests run.
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible({ timeout: 15_000 });
}

test.describe('platform comparison', () => {
  test('opens on the article’s four platforms, the other five one tick away, and says where no source covers a cell', async ({ page }) => {
    await open(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    for (const name of NAMES) await expect(page.getByRole('checkbox', { name })).toBeChecked();
    for (const name of OTHERS) await expect(page.getByRole('checkbox', { name })).not.toBeChecked();
    expect(await columnNames(page)).toEqual(['Topic', ...NAMES]);
    expect(await rowNames(page)).toEqual([...rowLabels, ANSWERS_ROW]);
    await expect(table(page).getByRole('cell', { name: 'No source we checked says' }).first()).toBeVisible();
    await expect(page.locator('main')).not.toContainText('Not stated in the guide');
    await expect(page.getByRole('checkbox', { name: 'Show only differences' })).not.toBeChecked();
    await expect(page).toHaveURL(new RegExp(`${PATH}$`));

    await page.getByRole('checkbox', { name: 'Alignerr' }).check();
    expect(await columnNames(page)).toEqual(['Topic', ...NAMES, 'Alignerr']);
    await expect(page).toHaveURL(/\?platforms=appen,mercor,braintrust,remotasks,alignerr$/);
  });

  test('?platforms=prolific,toloka compares just those two, from their own sources', async ({ page }) => {
    await open(page, '?platforms=prolific,toloka');
    expect(await columnNames(page)).toEqual(['Topic', 'Prolific', 'Toloka']);
    await expect(page.getByRole('checkbox', { name: 'Appen' })).not.toBeChecked();
    const rates = table(page).getByRole('row', { name: /^Rates and how pay is set/ });
    await expect(rates).toContainText('£6 / $8');
    await expect(rates.getByRole('link', { name: /^Source: Prolific \(researcher help centre\), Official, no date, checked 2 December 2026$/ })).toHaveAttribute(
      'href',
      '/sources/#prolific-payment-principles',
    );
  });

  test('every fact carries a marker that names its source for screen readers and links to its entry', async ({ page }) => {
    await open(page, '?platforms=appen,remotasks,outlier');
    const markers = table(page).getByRole('link', { name: /^Source: / });
    const count = await markers.count();
    const facts = platforms
      .filter((p) => ['appen', 'remotasks', 'outlier'].includes(p.id))
      .reduce((n, p) => n + Object.values(p.facts).reduce((m, list) => m + (list?.length ?? 0), 0), 0);
    expect(count).toBe(facts);
    const links = await markers.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')]));
    for (const [href, name] of links) {
      expect(href).toMatch(/^\/sources\/#[a-z][a-z0-9-]*$/);
      expect(name).toMatch(/^Source: .+, (The article|Official|Press|Third party|Worker report), .+, checked \d{1,2} \w+ \d{4}$/);
    }
    await expect(markers.first()).toHaveAccessibleName('Source: the career-ladder article, The article, no date, checked 2 December 2026');
    // Both sides of a disagreement stay, each with its source.
    const structure = table(page).getByRole('row', { name: /^How advancement is structured/ }).getByRole('cell').first();
    await expect(structure.getByRole('link', { name: /^Source: the career-ladder article/ })).toBeVisible();
    await expect(structure).toContainText('deprecated');
    await expect(structure.getByRole('link', { name: /^Source: Appen \(help centre for job owners\), Official/ })).toBeVisible();
    // Old sources say they may be out of date; a worker report is labelled as one.
    const changes = table(page).getByRole('row', { name: /^Recent changes/ });
    await expect(changes.getByText('(may be out of date)').first()).toBeVisible();
    const report = table(page).locator('.sourced-fact--report');
    await expect(report).toHaveCount(1);
    await expect(report).toContainText('Unconfirmed worker report:');
    await expect(report.getByRole('link', { name: /Worker report, 30 Jan 2025/ })).toBeVisible();
  });

  test('a marker leads to its source on /sources/', async ({ page }) => {
    await open(page);
    await table(page).getByRole('link', { name: /^Source: Braintrust \(help centre\)/ }).click();
    await expect(page).toHaveURL(/\/sources\/#braintrust-invoice$/);
    await expect(page.locator('#braintrust-invoice')).toBeInViewport();
    await expect(page.locator('#braintrust-invoice')).toContainText('Net 30');
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
    await open(page, '?platforms=prolific,toloka');
    const allRows = await rowNames(page);
    expect(allRows).toEqual([...rowLabels, ANSWERS_ROW]);
    await page.getByRole('checkbox', { name: 'Show only differences' }).check();
    // No source we read covers either platform outside rates, payment methods and payout rules.
    const differing = ['Rates and how pay is set', 'How you are paid', 'Minimum payout, holds and limits'];
    expect(await rowNames(page)).toEqual([...differing, ANSWERS_ROW]);
    await expect(page.getByText(/^Hidden because every chosen platform says the same: How advancement is structured, Tier and role names/)).toBeVisible();
    await expect(page).toHaveURL(/differences=1/);
    // With Mercor added, rows it has facts on differ again and come back.
    await page.getByRole('checkbox', { name: 'Mercor' }).check();
    expect(await rowNames(page)).toEqual(expect.arrayContaining([...differing, 'When you are paid', 'Joining and tracking hours']));
    await page.getByRole('checkbox', { name: 'Show only differences' }).uncheck();
    expect(await rowNames(page)).toEqual(allRows);
  });

  for (const [label, priority, best, fit] of [
    ['A clear, formal ladder', 'ladder', 'Appen', 'Partial'],
    ['Using my domain expertise', 'expertise', 'Mercor', 'Partial'],
    ['Building a reputation', 'reputation', 'Braintrust', 'Partial'],
    ['Passing qualification tests to move up', 'tests', 'Remotasks', 'Partial'],
    ['Frequent payouts', 'payouts', 'Mercor', 'Strong'],
  ] as const) {
    test(`"${label}" ranks ${best} first and quotes its trait`, async ({ page }) => {
      await open(page);
      await expect(page.getByRole('group', { name: 'What matters most to you?' })).toBeVisible();
      await page.getByRole('radio', { name: label }).check();
      await expect(ranked(page)).toHaveCount(4);
      const first = ranked(page).first();
      await expect(first).toContainText(best);
      await expect(first).toContainText(`${fit} match (our judgement).`);
      await expect(first).toContainText(`“${traitOf(best, priority)}”`);
      await expect(first.getByRole('link', { name: /^Source: / })).toBeVisible();
      await expect(page.getByText(/ranking and its strong, partial and weak match labels are this site’s own reading of the sourced facts/)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`\\?priority=${priority}$`));
    });
  }

  test('"Frequent payouts" ranks weekly payers first, then weekly by PayPal only and monthly, net 30 last', async ({ page }) => {
    await open(page, `?platforms=${platforms.map((p) => p.id).join(',')}&priority=payouts`);
    await expect(ranked(page)).toHaveCount(platforms.length);
    const order = await ranked(page).locator('strong').allTextContents();
    expect(order.slice(0, 5)).toEqual(['Mercor', 'Alignerr', 'Appen', 'TELUS International AI', 'Braintrust']);
    await expect(ranked(page).nth(2)).toContainText('Partial match (our judgement).');
    await expect(ranked(page).nth(2)).toContainText('“PayPal: invoices are raised for you and paid every week”');
    await expect(ranked(page).nth(4)).toContainText('Weak match (our judgement).');
    await expect(ranked(page).nth(4)).toContainText('“paid 30 days after you invoice”');
    await expect(ranked(page).nth(5)).toContainText('No match.');
  });

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
    const region = page.getByRole('region', { name: /with the source of each fact/ });
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

  test('the full table of the article’s four platforms is there, with working source links', async ({ page }) => {
    await page.goto(`${PATH}?platforms=appen&priority=tests`);
    expect(await columnNames(page)).toEqual(['Topic', ...NAMES]);
    expect(await rowNames(page)).toEqual([...rowLabels, ANSWERS_ROW]);
    const text = (await table(page).textContent()) ?? '';
    for (const platform of platforms.filter((p) => p.inArticle)) {
      for (const facts of Object.values(platform.facts)) for (const fact of facts ?? []) expect(text).toContain(fact.text);
    }
    await table(page).getByRole('link', { name: /^Source: Appen \(contributor help centre\)/ }).first().click();
    await expect(page).toHaveURL(/\/sources\/#appen-/);
    await page.goBack();
    // The controls cannot work without JavaScript, so they are shown switched off rather than dead.
    await expect(page.getByRole('checkbox', { name: 'Appen' })).toBeDisabled();
    await expect(page.getByRole('radio', { name: 'Passing qualification tests to move up' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  });
});
