// What a page must show with JavaScript off: its heading, its first paragraph, and each widget's build-time result.
import type { Page } from '@playwright/test';

const BROKEN_VALUES = /\b(NaN|undefined|Infinity|Invalid Date)\b/;

/** Problems with the main content as rendered now (call it in a context with JavaScript disabled). */
export async function missingMainContent(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const h1 = page.locator('h1');
  if ((await h1.count()) !== 1) problems.push(`${await h1.count()} <h1> elements instead of 1`);
  else if (!(await h1.isVisible()) || !(await h1.innerText()).trim()) problems.push('the <h1> is hidden or empty');

  const firstParagraph = page.locator('main p').first();
  if ((await firstParagraph.count()) === 0) problems.push('no paragraph in <main>');
  else if (!(await firstParagraph.isVisible()) || !(await firstParagraph.innerText()).trim()) {
    problems.push('the first paragraph of <main> is hidden or empty');
  }

  // A widget rendered on the server shows its default result inside the island before any script runs.
  const islands = page.locator('main astro-island');
  for (let index = 0; index < (await islands.count()); index += 1) {
    const text = (await islands.nth(index).innerText()).trim();
    if (!text) problems.push(`widget ${index + 1} renders nothing without JavaScript`);
  }
  const mainText = (await page.locator('main').innerText().catch(() => '')) ?? '';
  const broken = BROKEN_VALUES.exec(mainText);
  if (broken) problems.push(`<main> shows "${broken[0]}"`);
  return problems;
}
