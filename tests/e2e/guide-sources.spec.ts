// Issue 15: what the guide is based on (/about/), the glossary and its first-use links, the site's own reading
// labelled, and the answers added to the step pages (checklists, worked examples, a sample request).
import { test, expect } from './fixtures';
import { realContent } from '../support/content';
import { readGuideFiles } from '../support/guide-pages';

const terms = realContent().glossary;
const guidePaths = readGuideFiles().map(({ id }) => (id === 'index' ? '/guide/' : `/guide/${id}/`));

test.describe('/about/', () => {
  test('names the article as a source, explains the labels, the pay unit and the review date', async ({ page }) => {
    await page.goto('/about/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this guide');
    await expect(page.getByRole('link', { name: 'sources page' }).first()).toHaveAttribute('href', '/sources/#article');
    const main = page.getByRole('main');
    await expect(main).toContainText('the guide means the site itself');
    await expect(main).toContainText('US dollars an hour');
    await expect(main).toContainText('typical ranges across platforms');
    await expect(main).toContainText('$15–$35 for Level 1 — Tasker/Annotator');
    await expect(main.locator('time')).toHaveAttribute('datetime', '2026-12-02');
    await expect(main.locator('time')).toHaveText('2 December 2026');
    await expect(page.locator('#our-reading')).toHaveText("The site's own reading");
    await expect(main.locator('[data-our-reading="reading"]').first()).toContainText('Our reading:');
    await expect(main.locator('[data-our-reading="advice"]').first()).toContainText('Our advice:');
  });

  test('the footer of every page links to /about/ and /glossary/', async ({ page }) => {
    for (const path of ['/', '/guide/reviewer/', '/tools/readiness/']) {
      await page.goto(path);
      const footer = page.getByRole('contentinfo');
      await expect(footer.getByRole('link', { name: /About this guide/ }), path).toHaveAttribute('href', '/about/');
      await expect(footer.getByRole('link', { name: 'Glossary' }), path).toHaveAttribute('href', '/glossary/');
    }
  });
});

test.describe('/glossary/', () => {
  test('defines every term, each under its own anchor, saying whose meaning it is', async ({ page }) => {
    await page.goto('/glossary/');
    for (const term of terms) {
      const entry = page.locator(`[id="${term.id}"]`);
      await expect(entry.locator('dfn'), term.id).toHaveText(term.term);
      await expect(entry.locator('dd'), term.id).toContainText(/\w+.*\./);
      await expect(entry.locator('.glossary__basis'), term.id).toContainText(/article|platform|published source|guide's own definition/);
    }
    await expect(page.locator('#attempter')).toContainText("A platform's own name");
    await expect(page.locator('#attempter').getByRole('link', { name: 'See the source' })).toHaveAttribute('href', /^\/sources\/#/);
    await expect(page.locator('#rubric')).toContainText("The guide's own definition");
  });

  test('search finds a definition', async ({ page }) => {
    await page.goto('/search/?q=escalation');
    await expect(page.locator('a[href^="/glossary/"]').first()).toBeVisible();
  });
});

test.describe('the first use of a term on each guide page links to the glossary', () => {
  for (const path of guidePaths) {
    test(path, async ({ page }) => {
      await page.goto(path);
      const report = await page.evaluate((list) => {
        const body = document.querySelector('.guide-body')!;
        // Text that component tables and lists print from data is not prose, and headings and links are never linked.
        // Widgets (islands) and figures printed by components are data too.
        const skip =
          'h1, h2, h3, h4, h5, h6, a, table, astro-island, .figure, .platform-facts, .look-for, .checklist, .sample-request, .tool-links, .in-short__title';
        const patterns = list.map((t) => ({
          id: t.id,
          re: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${t.forms.join('|')})(?![\\p{L}\\p{N}-])`, t.caseSensitive ? 'u' : 'iu'),
        }));
        const firstUse: Record<string, 'linked' | string> = {};
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          const link = parent.closest('a.glossary-term');
          if (!link && parent.closest(skip)) continue;
          for (const { id, re } of patterns) {
            if (id in firstUse || !re.test(node.textContent ?? '')) continue;
            // A link's own text counts as linked only when it points at this term.
            firstUse[id] = link && link.getAttribute('href') === `/glossary/#${id}` ? 'linked' : (node.textContent ?? '').trim();
          }
        }
        const links = [...body.querySelectorAll('a.glossary-term')].map((a) => a.getAttribute('href'));
        return { firstUse, links };
      }, terms);
      const unlinked = Object.entries(report.firstUse).filter(([, state]) => state !== 'linked');
      // A page that uses no glossary term has nothing to link (a new page may use none); one that does must link it.
      expect(unlinked, 'terms whose first use is not a glossary link').toEqual([]);
      expect(new Set(report.links).size, 'each term is linked once').toBe(report.links.length);
    });
  }

  test('the links land on the definitions', async ({ page }) => {
    await page.goto('/guide/reviewer/');
    await page.locator('.guide-body a.glossary-term[href="/glossary/#calibration"]').click();
    await expect(page).toHaveURL(/\/glossary\/#calibration$/);
    await expect(page.locator('#calibration')).toBeInViewport();
  });
});

test.describe('the site\'s own reading and advice', () => {
  test('common mistakes explains the two volume examples together, labelled as the site\'s reading', async ({ page }) => {
    await page.goto('/guide/common-mistakes/');
    const main = page.getByRole('main');
    await expect(main).not.toContainText('without exception');
    await expect(main).not.toContainText('not short of ability');
    await expect(main).toContainText('500 tasks at 95% beat 100 at 98%');
    const reading = main.locator('[data-our-reading="reading"]');
    await expect(reading).toContainText('Our reading:');
    await expect(reading).toContainText('Volume helps only while quality holds');
    await expect(reading.getByRole('link', { name: 'Our reading:' })).toHaveAttribute('href', '/about/#our-reading');
  });

  test('the timeline no longer gives reasons the article does not', async ({ page }) => {
    for (const path of ['/guide/timeline/', '/tools/promotion-timeline/']) {
      await page.goto(path);
      const main = page.getByRole('main');
      await expect(main, path).not.toContainText('rare and hard to win');
      await expect(main, path).not.toContainText('no platform publishes');
      await expect(main, path).not.toContainText('want to see a track record');
      await expect(main.locator('[data-our-reading]').first(), path).toBeVisible();
    }
    await page.goto('/tools/promotion-timeline/');
    await expect(page.getByRole('main')).toContainText('at least 15–20 hours of work a week');
    await page.goto('/guide/timeline/');
    await expect(page.getByRole('main')).toContainText('At least 6 months as Team Lead with strong performance is the bar');
    await expect(page.getByRole('main')).toContainText('12+ months is the typical time the whole step takes');
  });

  test('the guide index claims nothing about every level', async ({ page }) => {
    await page.goto('/guide/');
    const main = page.getByRole('main');
    await expect(main).not.toContainText('at every level');
    await expect(main).not.toContainText('at every step');
    await expect(main).not.toContainText('longer and stricter');
  });
});

test.describe('step pages answer what readers still need', () => {
  test('reviewer: a rank among workers, the raise against tasking alone, a worked example and a sample request', async ({ page }) => {
    await page.goto('/guide/reviewer/');
    const main = page.getByRole('main');
    await expect(main).toContainText('top 10% of the workers on the projects you do');
    await expect(main).not.toContainText('against $25–$50');
    await expect(main).toContainText('50–100%');
    // Worked by hand: 1–3 then 3–6 months at 20 hours a week; $15 × 20 = $300 … $80 × 20 = $1,600.
    const example = page.getByRole('table', { name: 'From Level 1 — Tasker/Annotator to Level 3 — Reviewer/QA at 20 hours a week' });
    await expect(example.getByRole('row')).toHaveCount(3);
    await expect(example.getByRole('row', { name: /Level 2 → 3/ })).toContainText('4–9 months');
    await expect(main).toContainText('$300–$700 a week at 20 hours');
    await expect(main).toContainText('$800–$1,600 a week');
    const sample = page.getByLabel('Sample message asking for the role');
    await expect(sample).toContainText('Subject: Interest in the Reviewer/QA role');
    await expect(sample).toContainText('- Quality score: 95%');
    await expect(sample).toContainText('- Quality rank: top 10% of the workers on my projects');
    await expect(sample).toContainText('- Tasks completed: 500');
    await expect(main.getByRole('link', { name: /readiness check/ }).first()).toHaveAttribute('href', '/tools/readiness/?target=3');
  });

  test('every step page has a checklist and a worked example; the site\'s checklist says so, the article\'s say they restate it', async ({ page }) => {
    const cases: [string, boolean, string][] = [
      ['/guide/advanced-tasker/', false, '1–3 months'],
      ['/guide/reviewer/', false, '4–9 months'],
      ['/guide/team-lead/', false, '10–21 months'],
      ['/guide/project-manager/', true, '22+ months'],
    ];
    for (const [path, derived, total] of cases) {
      await page.goto(path);
      const checklist = page.locator('.checklist');
      await expect(checklist.getByRole('listitem').first(), path).toBeVisible();
      const advice = page.locator('[data-our-reading="advice"]').filter({ has: checklist });
      await expect(advice, path).toHaveCount(derived ? 1 : 0);
      if (derived) await expect(advice, path).toContainText('The article says what to do for the first three promotions');
      else await expect(page.getByText("The article's own list of what to do for this step, restated:"), path).toBeVisible();
      await expect(page.getByRole('main'), path).toContainText(`In all: ${total}.`);
    }
  });

  test('project manager: the 6-month bar and the 12+ month typical time are explained together', async ({ page }) => {
    await page.goto('/guide/project-manager/');
    const explained = page.getByText('At least 6 months as Team Lead with strong performance is the bar');
    await expect(explained.first()).toContainText('12+ months is the typical time the whole step takes');
  });

  test('level 1 to 2: the 30 days are the article\'s example; where you rank is the site\'s advice', async ({ page }) => {
    await page.goto('/guide/advanced-tasker/');
    const main = page.getByRole('main');
    await expect(main).toContainText('not a published threshold');
    const rank = page.locator('[data-our-reading="advice"]').filter({ hasText: 'Start with what your platform shows you' });
    await expect(rank).toContainText('Our advice:');
    await expect(rank).toContainText('ask where your quality places you among the workers on your project');
  });
});
