// Each quality gate run against fixture pages (tests/fixtures/gates): the good page passes every gate, and a page
// broken in one way makes that gate report it. Without these, a gate that could never fail would look green.
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { axeViolations, elementsWithInvisibleFocus, keyboardChangeFailures, runningMotion } from '../support/accessibility';
import { gluedWords } from '../support/glued-words';
import { layoutShiftProblems, recordLayoutShift } from '../support/layout-shift';
import { missingMainContent } from '../support/no-js';
import { BUDGETS, budgetProblems, measurePageLoad, measureScrolledToEnd, scrolledProblems } from '../support/page-weight';
import { cspViolations, recordCspViolations } from '../support/security';
import { serveStatic, type StaticServer } from '../support/static-server';

const FIXTURES = fileURLToPath(new URL('../fixtures/gates/', import.meta.url));

/** 20 KB of pseudo-random base-64 text (xorshift): gzip cannot shrink it below 15 KB. */
function heavyScript(): string {
  let state = 42;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const noise = Array.from({ length: 20 * 1024 }, () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return alphabet[(state >>> 0) % 64];
  }).join('');
  return `window.fixtureNoise = '${noise}';`;
}

let server: StaticServer;
const at = (file: string) => `${server.origin}/${file}`;

test.beforeAll(async () => {
  server = await serveStatic(FIXTURES, { generated: { '/heavy.js': heavyScript() } });
});
test.afterAll(async () => {
  await server.close();
});

test.describe('the good fixture page passes every browser gate', () => {
  test('page weight, CSP and layout shift', async ({ page }) => {
    await recordCspViolations(page);
    await recordLayoutShift(page);
    const load = await measurePageLoad(page, at('good.html'));
    expect(budgetProblems(load, BUDGETS.page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(await layoutShiftProblems(page)).toEqual([]);
  });

  test('axe, visible focus and words kept apart', async ({ page }) => {
    await page.goto(at('good.html'));
    expect(await axeViolations(page)).toEqual([]);
    expect(await elementsWithInvisibleFocus(page)).toEqual([]);
    expect(await gluedWords(page)).toEqual([]);
  });

  test('keyboard', async ({ page }) => {
    await page.goto(at('good.html'));
    expect(await keyboardChangeFailures(page)).toEqual([]);
  });

  test('reduced motion and content without JavaScript', async ({ browser }) => {
    const reduced = await browser.newPage({ reducedMotion: 'reduce' });
    await reduced.goto(at('good.html'));
    expect(await runningMotion(reduced)).toEqual([]);
    await reduced.close();

    const withoutJs = await browser.newPage({ javaScriptEnabled: false });
    await withoutJs.goto(at('good.html'));
    expect(await missingMainContent(withoutJs)).toEqual([]);
    await withoutJs.close();
  });
});

test.describe('each broken fixture page fails its gate', () => {
  test('axe reports an image without alt text', async ({ page }) => {
    await page.goto(at('missing-alt.html'));
    expect((await axeViolations(page)).join('\n')).toContain('image-alt');
  });

  test('the glued-words gate reports "terms),Press", "than12" and "useExport", not addresses, code or separate blocks', async ({ page }) => {
    await page.goto(at('glued-words.html'));
    expect(await gluedWords(page)).toEqual([
      '"terms),Press": a letter right after a comma or semicolon',
      '"than12": a word glued to a number',
      '"useExport": a word run into the element beside it',
      '"backupunder": a word run into the element beside it',
    ]);
  });

  test('page weight reports a 20 KB script on a page without a tool', async ({ page }) => {
    const load = await measurePageLoad(page, at('heavy-script.html'));
    expect(load.bytes.js.gzip).toBeGreaterThan(BUDGETS.page.js);
    expect(budgetProblems(load, BUDGETS.page).join('\n')).toMatch(/^JavaScript \d+ B gzip > 3000 B/);
  });

  test('the scrolled page-weight gate reports 20 KB that load only once the end of the page comes into view', async ({ page }) => {
    const load = await measurePageLoad(page, at('heavy-when-scrolled.html'));
    expect(budgetProblems(load, BUDGETS.guideWithWidget)).toEqual([]);
    const scrolled = await measureScrolledToEnd(page, load);
    expect(scrolledProblems(scrolled, BUDGETS.guideWithWidget).join('\n')).toMatch(/^JavaScript after scrolling to the end \d+ B gzip > 12000 B$/);
  });

  test('page weight reports a request to another origin', async ({ page }) => {
    const load = await measurePageLoad(page, at('foreign-request.html'));
    expect(budgetProblems(load, BUDGETS.page)).toEqual(['request to another origin: http://localhost:1/pixel.svg']);
  });

  test('page weight reports a web font', async ({ page }) => {
    const load = await measurePageLoad(page, at('web-font.html'));
    const problems = budgetProblems(load, BUDGETS.page);
    expect(problems).toContain(`web font: ${server.origin}/fixture-sans.woff2`);
    expect(problems).toContain('web font: @font-face Fixture Sans');
  });

  test('the layout-shift gate reports a tall note removed after the first paint', async ({ page }) => {
    await recordLayoutShift(page);
    await measurePageLoad(page, at('layout-shift.html'));
    await expect.poll(() => layoutShiftProblems(page)).toEqual([expect.stringMatching(/^content in view shifted by 0\.\d{3} as the page loaded/)]);
  });

  test('the CSP recorder catches an inline script the policy does not allow', async ({ page }) => {
    await recordCspViolations(page);
    await page.goto(at('inline-script.html'));
    expect((await cspViolations(page)).join('\n')).toContain('script-src-elem blocked inline');
  });

  test('the focus gate reports elements whose focus is invisible', async ({ page }) => {
    await page.goto(at('invisible-focus.html'));
    const invisible = await elementsWithInvisibleFocus(page);
    expect(invisible.join('\n')).toMatch(/^a .*Back to the first paragraph/m);
    expect(invisible.join('\n')).toMatch(/^input#hours/m);
  });

  test('the keyboard gate reports a control Tab cannot reach', async ({ page }) => {
    await page.goto(at('unreachable-control.html'));
    expect(await keyboardChangeFailures(page)).toEqual(['1 of 3 controls were never reached with Tab']);
  });

  test('the keyboard gate reports controls nothing on the page responds to', async ({ page }) => {
    await page.goto(at('dead-control.html'));
    // A fixture page with no script to wait for: its dead controls need not each wait the full five seconds.
    const failures = await keyboardChangeFailures(page, { responseMs: 1_000 });
    expect(failures).toHaveLength(3);
    expect(failures[0]).toBe('text "Hours a week": the keyboard did not change it, or nothing on the page responded');
  });

  test('the reduced-motion gate reports an animation that ignores the preference', async ({ browser }) => {
    const page = await browser.newPage({ reducedMotion: 'reduce' });
    await page.goto(at('endless-animation.html'));
    expect((await runningMotion(page)).join('\n')).toContain('p.pulse: animation pulse 2s');
    await page.close();
  });

  test('the no-JavaScript gate reports content only a script writes', async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(at('content-needs-js.html'));
    expect(await missingMainContent(page)).toContain('0 <h1> elements instead of 1');
    await page.close();
  });
});
