import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { realContent } from '../support/content';
import { guidePath, readGuideFiles } from '../support/guide-pages';
import { sitemapPaths } from '../support/site-pages';
import { SITE_NAME } from '../../src/lib/site';

/** The guide's pages as content/guide/ has them, in reading order (frontmatter `order`). */
const guidePages = readGuideFiles()
  .map(({ id, frontmatter }) => {
    const { title, description, order } = frontmatter as { title: string; description: string; order: number };
    return { path: guidePath(id), title, description, order };
  })
  .sort((a, b) => a.order - b.order);
const GUIDE_PATHS = guidePages.map((p) => p.path);

const levels = realContent().levels;
const platforms = realContent().platforms;
const guideTableRows = realContent().platformRows.filter((r) => r.inGuideTable).map((r) => r.id);

test.describe('guide pages', () => {
  test('the site serves exactly the pages of content/guide/', () => {
    expect(GUIDE_PATHS.length).toBeGreaterThan(1);
    expect(sitemapPaths().filter((path) => path.startsWith('/guide/'))).toEqual([...GUIDE_PATHS].sort());
  });

  for (const { path, title, description } of guidePages) {
    test(`${path} returns 200 with its own title, description, one h1 and its reading aids`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveTitle(`${title} · ${SITE_NAME}`);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', description);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^https?://[^/]+${path}$`));
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', `${title} · ${SITE_NAME}`);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
      await expect(page.getByRole('complementary', { name: 'In short' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
      await expect(page.getByRole('complementary', { name: 'Try it with your own numbers' }).getByRole('link').first()).toBeVisible();
      const bodyText = await page.locator('main').innerText();
      expect(bodyText).not.toMatch(/NaN|undefined|Infinity|\[object Object\]/);
    });
  }

  test('titles and descriptions are unique across the site', () => {
    expect(new Set(guidePages.map((p) => p.title)).size).toBe(guidePages.length);
    expect(new Set(guidePages.map((p) => p.description)).size).toBe(guidePages.length);
  });
});

test.describe('guide menu', () => {
  test('reaches every guide page and marks the current one', async ({ page }) => {
    test.setTimeout(60_000); // many page loads in one test
    await page.goto('/guide/');
    const menu = page.getByRole('navigation', { name: 'The guide' });
    const links = menu.getByRole('link');
    await expect(links).toHaveCount(GUIDE_PATHS.length);
    for (let i = 0; i < GUIDE_PATHS.length; i++) {
      const link = page.getByRole('navigation', { name: 'The guide' }).getByRole('link').nth(i);
      const title = (await link.innerText()).trim();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${GUIDE_PATHS[i]}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      const current = page.getByRole('navigation', { name: 'The guide' }).locator('[aria-current="page"]');
      await expect(current).toHaveCount(1);
      await expect(current).toHaveText(title);
    }
  });
});

test.describe('reading order', () => {
  test('next links walk the ladder from the front page to the end, previous links walk back', async ({ page }) => {
    test.setTimeout(60_000); // many page loads in one test
    await page.goto(GUIDE_PATHS[0]!);
    const prevNext = () => page.getByRole('navigation', { name: 'Previous and next guide pages' });
    await expect(prevNext().getByRole('link', { name: /^Previous/ })).toHaveCount(0);
    for (const path of GUIDE_PATHS.slice(1)) {
      await prevNext().getByRole('link', { name: /^Next/ }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
    }
    await expect(prevNext().getByRole('link', { name: /^Next/ })).toHaveCount(0);
    for (const path of [...GUIDE_PATHS].reverse().slice(1)) {
      await prevNext().getByRole('link', { name: /^Previous/ }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
    }
  });
});

test.describe('table of contents and headings', () => {
  for (const path of GUIDE_PATHS) {
    test(`${path}: every contents link lands on its heading, and headings link to themselves`, async ({ page }) => {
      test.setTimeout(60_000); // many page loads in one test
      await page.setViewportSize({ width: 1280, height: 600 });
      await page.goto(path);
      const toc = page.getByRole('navigation', { name: 'On this page' });
      const count = await toc.getByRole('link').count();
      expect(count).toBeGreaterThan(1);
      for (let i = 0; i < count; i++) {
        const link = toc.getByRole('link').nth(i);
        const text = (await link.innerText()).trim();
        const href = await link.getAttribute('href');
        expect(href).toMatch(/^#[a-z0-9-]+$/);
        await link.click();
        await expect(page).toHaveURL(new RegExp(`${href}$`));
        const target = page.locator(`[id="${href!.slice(1)}"]`);
        await expect(target).toHaveCount(1);
        expect(await target.evaluate((el) => el.tagName)).toMatch(/^H[23]$/);
        await expect(target).toContainText(text);
        await expect(target).toBeInViewport();
        await expect(target.getByRole('link', { name: 'Link to this section' })).toHaveAttribute('href', href!);
      }
    });
  }
});

test.describe('data on the pages', () => {
  test('the ladder page shows each level’s pay exactly as in levels.yaml', async ({ page }) => {
    await page.goto('/guide/');
    const table = page.getByRole('table', { name: /five levels/i });
    for (const level of levels) {
      const row = table.getByRole('row', { name: new RegExp(level.role.replace(/[/]/g, '\\/')) });
      await expect(row).toHaveCount(1);
      await expect(row.getByRole('cell').nth(1)).toHaveText(`$${level.pay.min}–$${level.pay.max} an hour`);
    }
  });

  test('the home page shows the five levels with their pay and the Level 1 to 3 headline', async ({ page }) => {
    await page.goto('/');
    const table = page.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(levels.length + 1);
    for (const level of levels) {
      await expect(table.getByRole('row', { name: level.role })).toContainText(`$${level.pay.min}–$${level.pay.max}`);
    }
    const [first, , third] = levels;
    const headline = page.getByText(/Moving from Level 1 to Level 3 roughly/);
    await expect(headline).toContainText('doubles or triples');
    await expect(headline).toContainText(`$${first!.pay.min}–$${first!.pay.max}`);
    await expect(headline).toContainText(`$${third!.pay.min}–$${third!.pay.max}`);
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Read the guide' })).toHaveAttribute('href', '/guide/');
    await expect(main.getByRole('link', { name: 'Estimate your pay' })).toHaveAttribute('href', /^\/tools\/pay-estimator\//);
    await expect(main.getByRole('link', { name: 'Plan your promotion timeline' })).toHaveAttribute('href', /^\/tools\/promotion-timeline\//);
    await expect(main.getByRole('link', { name: 'Compare the platforms' })).toHaveAttribute('href', '/tools/platform-comparison/');
  });

  test('the platforms page shows the article’s four platforms side by side and says so where no source covers a point', async ({ page }) => {
    await page.goto('/guide/platforms/');
    const table = page.getByRole('table', { name: /four platforms/ });
    const inTable = platforms.filter((p) => p.inArticle);
    const unstated = inTable.flatMap((p) => guideTableRows.filter((row) => !p.facts[row])).length;
    expect(unstated).toBeGreaterThan(0);
    await expect(table.getByRole('cell', { name: 'No source we checked says' })).toHaveCount(unstated);
    for (const p of inTable) {
      const row = table.getByRole('row', { name: new RegExp(`^${p.name}`) });
      for (const id of guideTableRows) for (const fact of p.facts[id] ?? []) await expect(row).toContainText(fact.text);
    }
  });

  test('each step page links to the readiness check and pay estimator for the level it reaches', async ({ page }) => {
    const steps = realContent().transitions;
    for (const step of steps) {
      await page.goto(step.guidePath);
      const tools = page.getByRole('complementary', { name: 'Try it with your own numbers' });
      await expect(tools.getByRole('link', { name: 'Check your readiness' })).toHaveAttribute('href', `/tools/readiness/?target=${step.to}`);
      await expect(tools.getByRole('link', { name: /Estimate your pay/ })).toHaveAttribute('href', `/tools/pay-estimator/?level=${step.to}`);
      await expect(tools.getByRole('link', { name: /Plan the move/ })).toHaveAttribute(
        'href',
        `/tools/promotion-timeline/?from=${step.from}&to=${step.to}`,
      );
    }
  });

  test('the readiness placeholder resolves', async ({ page }) => {
    const response = await page.goto('/tools/readiness/?target=3');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Promotion readiness check');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a guide page is complete: text, tables, menu, contents and links', async ({ page }) => {
    await page.goto('/guide/timeline/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('table', { name: /Typical time for each promotion step/ })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'The guide' }).getByRole('link')).toHaveCount(GUIDE_PATHS.length);
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'In short' })).toContainText('months');
  });
});

test.describe('layout', () => {
  test('at 320 px wide no guide page scrolls sideways and the platforms table reflows instead of scrolling', async ({ page }) => {
    test.setTimeout(60_000); // many page loads in one test
    await page.setViewportSize({ width: 320, height: 700 });
    for (const path of GUIDE_PATHS) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto('/guide/platforms/');
    const table = page.getByRole('table', { name: /four platforms/ });
    await expect(table).toBeVisible();
    expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  });

  test('text lines stay at a comfortable reading length on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto('/guide/reviewer/');
    const paragraph = page.locator('.guide-body > p').first();
    const charsPerLine = await paragraph.evaluate((el) => {
      const style = getComputedStyle(el);
      const probe = document.createElement('span');
      probe.textContent = 'abcdefghijklmnopqrstuvwxyz';
      probe.style.font = style.font;
      el.appendChild(probe);
      const charWidth = probe.getBoundingClientRect().width / 26;
      probe.remove();
      return el.getBoundingClientRect().width / charWidth;
    });
    expect(charsPerLine).toBeGreaterThan(55);
    expect(charsPerLine).toBeLessThan(85);
  });

  test('print leaves out navigation and shows where links go', async ({ page }) => {
    await page.goto('/guide/reviewer/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'The guide' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    const after = await page
      .locator('.guide-body a[href^="/"]')
      .first()
      .evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain('(/');
  });
});

test.describe('bad addresses', () => {
  test('garbage query strings and unknown anchors leave a guide page intact', async ({ page }) => {
    const response = await page.goto('/guide/reviewer/?level=<script>alert(1)</script>&x=%E0%A4%A#no-such-heading');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.locator('main')).not.toContainText('<script>');
  });

  test('an unknown guide page is a 404', async ({ page }) => {
    const response = await page.goto('/guide/no-such-page/');
    expect(response?.status()).toBe(404);
  });
});

test.describe('search engines', () => {
  test('the sitemap lists every guide page and robots.txt points to it', async ({ page }) => {
    const robots = await page.request.get('/robots.txt');
    expect(await robots.text()).toMatch(/Sitemap: .*sitemap-index\.xml/);
    const index = await (await page.request.get('/sitemap-index.xml')).text();
    const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)![1]!;
    const sitemap = await (await page.request.get(new URL(sitemapUrl).pathname)).text();
    for (const path of GUIDE_PATHS) expect(sitemap).toContain(`${path}</loc>`);
    // The built home page and the sitemap agree on the site address.
    const home = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${new URL(sitemapUrl).origin}/">`);
  });
});
