import type { Page } from '@playwright/test';
import { test, expect as baseExpect } from './fixtures';
import { MAX_RESULTS, MAX_SUB_RESULTS } from '../../src/lib/search/search';

// The first search fetches and starts Pagefind's WebAssembly; on a busy shared machine that alone can take seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

// The guide's reviewer and platforms pages; matched by address so a retitled page still counts.
const REVIEWER_PAGE = /^\/guide\/[^/]*reviewer[^/]*\/(\?|$)/;
const PLATFORMS_PAGE = /^\/guide\/[^/]*platform[^/]*\/(\?|$)/;
const XSS_QUERY = '<img src=x onerror=alert(1)>';

const searchButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Search/ });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the site' });
const searchBox = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the site' });
const options = (page: Page) => dialog(page).getByRole('option');

/** Path and query of every option (each is a link), in list order. */
async function optionPaths(page: Page, scope = dialog(page)): Promise<string[]> {
  return scope.getByRole('option').evaluateAll((items) =>
    items.map((item) => {
      const url = new URL((item as HTMLAnchorElement).href);
      return url.pathname + url.search + url.hash;
    }),
  );
}

async function openAndSearch(page: Page, query: string) {
  await page.goto('/');
  await searchButton(page).click();
  await expect(searchBox(page)).toBeFocused();
  await searchBox(page).fill(query);
}

test.describe('search before it is used', () => {
  // The page-weight gate (gate-page-weight.spec.ts) holds every page to its JavaScript budget; this checks the search part.
  test('the page requests nothing of Pagefind until search is opened', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/guide/reviewer/');
    await page.waitForLoadState('networkidle');
    await expect(searchButton(page)).toBeVisible();
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

    await searchButton(page).click();
    await expect(searchBox(page)).toBeFocused();
    await expect.poll(() => requested.some((path) => path.startsWith('/pagefind/'))).toBe(true);
  });

  test('the button shows Ctrl K, or ⌘K on Apple devices', async ({ page }) => {
    await page.goto('/');
    await expect(searchButton(page)).toHaveAttribute('aria-keyshortcuts', 'Control+K');
    await expect(searchButton(page)).toContainText('Ctrl K');
  });

  test.describe('on a Mac', () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' }));
    });
    test('the button shows ⌘K and ⌘K opens search', async ({ page }) => {
      await page.goto('/');
      await expect(searchButton(page)).toContainText('⌘K');
      await expect(searchButton(page)).toHaveAttribute('aria-keyshortcuts', 'Meta+K');
      await page.keyboard.press('Meta+k');
      await expect(searchBox(page)).toBeFocused();
    });
  });
});

test.describe('search dialog', () => {
  test('Ctrl+K opens it from anywhere; Escape closes it and returns focus where it was', async ({ page }) => {
    await page.goto('/tools/pay-estimator/');
    await expect(dialog(page)).toBeHidden();
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await skip.focus();
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(skip).toBeFocused();
    // Opened with the button, it returns to the button.
    await searchButton(page).click();
    await page.keyboard.press('Escape');
    await expect(searchButton(page)).toBeFocused();
  });

  test('keys typed straight after Ctrl+K are not lost while search loads', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('calibration');
    await expect(searchBox(page)).toHaveValue('calibration');
    await expect(dialog(page).getByRole('status')).toHaveText(/results? for “\u2068calibration\u2069”/);
  });

  test('focus stays inside the open dialog', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await searchBox(page).fill('reviewer');
    await expect(options(page).first()).toBeVisible();
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab');
      const insideOrChrome = await page.evaluate(
        () => document.activeElement === document.body || !!document.activeElement?.closest('dialog[open]'),
      );
      expect(insideOrChrome).toBe(true);
    }
    // The page behind is inert: its links cannot be reached.
    await expect(page.getByRole('navigation', { name: 'Primary' }).getByRole('link').first()).not.toBeFocused();
  });

  test('"calibration" lists the reviewer page, with marked words and a live count', async ({ page }) => {
    await openAndSearch(page, 'calibration');
    await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results? for “\u2068calibration\u2069”$/);
    await expect.poll(() => optionPaths(page)).toContainEqual(expect.stringMatching(REVIEWER_PAGE));
    const reviewer = options(page).and(page.locator('[href*="reviewer"]:not([href*="#"])')).first();
    await expect(reviewer.locator('mark').first()).toHaveText(/calibration/i);
    await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
  });

  test('"Remotasks" lists the platforms page', async ({ page }) => {
    await openAndSearch(page, 'Remotasks');
    await expect.poll(() => optionPaths(page)).toContainEqual(expect.stringMatching(PLATFORMS_PAGE));
  });

  test('a section sub-result lands on its heading, with the searched word marked', async ({ page }) => {
    await openAndSearch(page, 'calibration');
    const section = dialog(page).locator('.search-hit--section a').first();
    await expect(section).toHaveAttribute('href', /\?highlight=calibration#./);
    const href = (await section.getAttribute('href'))!;
    const headingId = decodeURIComponent(href.split('#')[1]!);
    const headingText = (await section.locator('.search-hit__title').textContent())!.trim();
    await section.click();
    await expect(page).toHaveURL((url) => url.hash === `#${encodeURIComponent(headingId)}` || url.hash === `#${headingId}`);
    const heading = page.locator(`[id="${headingId}"]`);
    await expect(heading).toHaveText(headingText);
    await expect(heading).toBeInViewport();
    await expect(page.locator('main mark.pagefind-highlight').first()).toHaveText(/calibration/i);
  });

  test('arrow keys move through results and Enter opens the chosen one', async ({ page }) => {
    await openAndSearch(page, 'reviewer');
    await expect(options(page).nth(1)).toBeVisible();
    const box = searchBox(page);
    await box.press('ArrowDown');
    await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true');
    await box.press('ArrowDown');
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'false');
    await box.press('ArrowUp');
    await box.press('ArrowDown');
    const chosen = options(page).nth(1);
    await expect(box).toHaveAttribute('aria-activedescendant', (await chosen.getAttribute('id'))!);
    const target = new URL((await chosen.getAttribute('href'))!, page.url());
    await box.press('Enter');
    await expect(page).toHaveURL(target.href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('a query that looks like HTML is shown as text and runs nothing', async ({ page }) => {
    let alerted = false;
    page.on('dialog', async (alert) => {
      alerted = true;
      await alert.dismiss();
    });
    await openAndSearch(page, XSS_QUERY);
    await expect(dialog(page).getByRole('status')).toContainText(`for “\u2068${XSS_QUERY}\u2069”`);
    await expect(page.locator('img')).toHaveCount(0);
    expect(alerted).toBe(false);
  });

  test('nothing found says so, with a hint', async ({ page }) => {
    await openAndSearch(page, 'zqxjvw');
    await expect(dialog(page).getByRole('status')).toHaveText(/^No results for “\u2068zqxjvw\u2069”\. Try /);
    await expect(options(page)).toHaveCount(0);
    await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  });

  for (const query of ['Payoneer', 'net 30', 'Attempter']) {
    test(`the sourced platform facts are found: "${query}" lists the platforms page`, async ({ page }) => {
      await openAndSearch(page, query);
      await expect(dialog(page).getByRole('status')).toHaveText(new RegExp(`^\\d+ results? for “\u2068${query}\u2069”$`));
      await expect.poll(() => optionPaths(page)).toContainEqual(expect.stringMatching(PLATFORMS_PAGE));
      await expect(options(page).first().locator('mark').first()).toHaveText(new RegExp(query.split(' ')[0]!, 'i'));
    });
  }

  test('a word found nowhere on the site brings back no pages that only share its first letters', async ({ page }) => {
    // Pagefind answers a word it does not know with the longest shorter word it does: "Paystack" finds "pay".
    await openAndSearch(page, 'Paystack');
    await expect(dialog(page).getByRole('status')).toHaveText(
      /^No results for “\u2068Paystack\u2069”\. \d+ pages? shares? only its first letters and (is|are) not shown\. Try /,
    );
    await expect(options(page)).toHaveCount(0);
    // A word that is on the site still finds every page that has it, in any case.
    await searchBox(page).fill('paypal');
    await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results? for “\u2068paypal\u2069”$/);
    const paths = await optionPaths(page);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(MAX_RESULTS * (1 + MAX_SUB_RESULTS));
    await expect(options(page).filter({ hasNot: page.locator('mark') })).toHaveCount(0);
  });

  test('the 404 page is not in the index', async ({ page }) => {
    await openAndSearch(page, 'typo');
    await expect(dialog(page).getByRole('status')).not.toBeEmpty();
    expect((await optionPaths(page)).filter((path) => path.includes('404'))).toEqual([]);
  });
});

test.describe('search page', () => {
  const results = (page: Page) => page.getByRole('main').getByRole('option');
  const status = (page: Page) => page.getByRole('main').getByRole('status');

  test('/search/?q=reviewer shows results', async ({ page }) => {
    await page.goto('/search/?q=reviewer');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    await expect(page.getByRole('combobox', { name: 'Search the guide and tools' })).toHaveValue('reviewer');
    await expect(status(page)).toHaveText(/^\d+ results? for “\u2068reviewer\u2069”$/);
    await expect.poll(() => optionPaths(page, page.getByRole('main'))).toContainEqual(expect.stringMatching(REVIEWER_PAGE));
  });

  test('result lists stay out of search engines: noindex and not in the sitemap', async ({ page, request }) => {
    await page.goto('/search/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    expect(sitemap).toContain('/guide/</loc>');
    expect(sitemap).not.toContain('/search/</loc>');
  });

  test('typing updates the address so the search can be linked', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('combobox', { name: 'Search the guide and tools' }).fill('Remotasks');
    await expect(results(page).first()).toBeVisible();
    await expect(page).toHaveURL(/\/search\/\?q=Remotasks$/);
  });

  test('garbage in the address is shown as text or ignored', async ({ page }) => {
    let alerted = false;
    page.on('dialog', async (alert) => {
      alerted = true;
      await alert.dismiss();
    });
    await page.goto(`/search/?q=${encodeURIComponent(XSS_QUERY)}`);
    await expect(status(page)).toContainText(`for “\u2068${XSS_QUERY}\u2069”`);
    await expect(page.locator('img')).toHaveCount(0);
    await page.goto('/search/?q=%E0%A4%A&q=second');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    await page.goto(`/search/?q=${'reviewer '.repeat(200)}`);
    const value = await page.getByRole('combobox', { name: 'Search the guide and tools' }).inputValue();
    expect(value.length).toBeLessThanOrEqual(120);
    await expect(status(page)).not.toBeEmpty();
    await page.goto(`/?highlight=${encodeURIComponent('<b id="injected">x</b>')}`);
    await expect(page.locator('#injected')).toHaveCount(0);
    expect(alerted).toBe(false);
  });

  test('an OpenSearch description points browsers at the search page', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="search"][type="application/opensearchdescription+xml"]').getAttribute('href');
    const response = await request.get(href!);
    expect(response.ok()).toBe(true);
    const xml = await response.text();
    expect(xml).toMatch(/<Url type="text\/html" method="get" template="https?:\/\/[^"]+\/search\/\?q=\{searchTerms\}"\/>/);
  });
});
