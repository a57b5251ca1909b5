// The single-load gate pass: every per-page check runs on ONE load of each page per width (both themes are
// switched on that load), plus one load with JavaScript off. A new per-page check is one entry in PAGE_CHECKS:
// pick the stage it needs and it runs on every page of the sitemap, and (for 'view' checks) on every page state.
import type { Page } from '@playwright/test';
import { THEMES, axeViolations, elementsWithInvisibleFocus, keyboardChangeFailures, runningMotion, setTheme, type Theme } from './accessibility';
import { lowContrastChartText } from './chart-contrast';
import { gluedWords } from './glued-words';
import { pageLayoutProblems } from './layout';
import { layoutShiftProblems, recordLayoutShift } from './layout-shift';
import { missingMainContent } from './no-js';
import { budgetFor, budgetProblems, formatWeightTable, measurePageLoad, measureScrolledToEnd, scrolledProblems, type PageLoad } from './page-weight';
import { cspViolations, recordCspViolations } from './security';
import { settlePage } from './settle';
import type { SitePage } from './site-pages';

/** Desktop first: the keyboard walk runs at the first width. */
export const WIDTHS = [1280, 360] as const;
export type Width = (typeof WIDTHS)[number];
/** Window heights as the budgets are defined: a desktop at 1280×900, a phone at 360×800. */
export const VIEWPORT_HEIGHTS: Readonly<Record<Width, number>> = { 1280: 900, 360: 800 };

export interface CheckContext {
  page: Page;
  subject: Pick<SitePage, 'path' | 'html' | 'isTool'>;
  width: Width;
  /** Set for 'view' checks. */
  theme?: Theme;
  /** Set for 'load' and 'scroll' checks: what the page downloaded as it loaded. */
  load?: PageLoad;
}

/**
 * When a check runs, in this order, on a page's load at one width:
 * - 'load': at every width, right after the load, before any scrolling or input (JavaScript at load differs by width:
 *   a widget below the fold on a phone may be in view on a desktop);
 * - 'scroll': at every width, once the load checks are done: may scroll the page (and so hydrate its widgets); the
 *   page is back at the top afterwards;
 * - 'view': at every width in every theme, after the page has settled (axe; layout and contrast checks go here);
 * - 'interact': once per page (first width); may change the page (typing into controls);
 * - 'width': at every width, last (focus walk, reduced motion, CSP violations of all the above);
 * - 'no-js': on a separate load with JavaScript off.
 */
export type Stage = 'load' | 'scroll' | 'view' | 'interact' | 'width' | 'no-js';
const STAGES_WITH_JS: readonly Stage[] = ['load', 'scroll', 'view', 'interact', 'width'];

export interface PageCheck {
  name: string;
  stage: Stage;
  /** Only pages it applies to (default: all). */
  appliesTo?: (subject: CheckContext['subject']) => boolean;
  /** Runs before the page loads (e.g. to install a recorder). */
  prepare?: (page: Page) => Promise<void>;
  /** Problems found; an empty list passes. */
  run: (context: CheckContext) => Promise<string[]>;
}

export const PAGE_CHECKS: PageCheck[] = [
  {
    name: 'page weight',
    stage: 'load',
    run: async ({ subject, load }) => {
      if (!load || load.bytes.html.raw === 0) return ['the page itself was not measured'];
      return budgetProblems(load, budgetFor(subject));
    },
  },
  { name: 'no layout shift as the page loads and hydrates', stage: 'load', prepare: recordLayoutShift, run: ({ page }) => layoutShiftProblems(page) },
  {
    // Widgets hydrate as they come into view: what a reader who reads to the end has loaded. Measured once, at the
    // first width: every island is on the page at both widths, and the phone's taller page only takes longer to scroll.
    name: 'page weight once scrolled to the end',
    stage: 'scroll',
    run: async ({ page, subject, load }) => {
      if (!load) return ['the page was not measured at load'];
      const scrolled = await measureScrolledToEnd(page, load);
      console.log(`Bytes loaded by ${subject.path} once scrolled to the end (raw/gzip):\n${formatWeightTable([scrolled])}`);
      const foreign = scrolled.foreignRequests.slice(load.foreignRequests.length).map((url) => `request to another origin: ${url}`);
      return [...scrolledProblems(scrolled, budgetFor(subject)), ...foreign];
    },
  },
  { name: 'axe (WCAG 2.2 A and AA)', stage: 'view', run: ({ page }) => axeViolations(page) },
  // axe does not check text inside SVG.
  { name: 'chart text meets AA contrast', stage: 'view', run: ({ page }) => lowContrastChartText(page) },
  {
    // Layout does not depend on the theme: checked once per width, in the first theme (the other widths the layout
    // gate covers are in tests/e2e/gate-layout.spec.ts).
    name: 'layout: no sideways scroll, one-row header, no clipped text or cut options, no scrolling table on a reading page',
    stage: 'view',
    run: ({ page, theme, subject }) => (theme === THEMES[0] ? pageLayoutProblems(page, subject.path) : Promise.resolve([])),
  },
  {
    // The words do not depend on the theme or the width: read once, at the first of each.
    name: 'no words run together ("terms),Press", "than12")',
    stage: 'view',
    run: ({ page, theme, width }) => (theme === THEMES[0] && width === WIDTHS[0] ? gluedWords(page) : Promise.resolve([])),
  },
  {
    name: 'every form control reached with Tab and changed with the keyboard',
    stage: 'interact',
    appliesTo: (subject) => subject.isTool,
    run: ({ page }) => keyboardChangeFailures(page),
  },
  {
    name: 'no motion when reduced motion is asked for',
    stage: 'width',
    run: async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const still = await runningMotion(page);
      // Hover and focus states are where transitions usually hide.
      await page.locator('header a').first().hover();
      return [...still, ...(await runningMotion(page)).map((motion) => `on hover: ${motion}`)];
    },
  },
  { name: 'visible focus on everything Tab reaches', stage: 'width', run: ({ page }) => elementsWithInvisibleFocus(page) },
  {
    name: 'no CSP violation under the <meta> and _headers policies',
    stage: 'width',
    prepare: recordCspViolations,
    run: async ({ page }) => {
      // Exercise the page's scripts once more: the theme toggle changes the document.
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      const before = await toggle.getAttribute('aria-pressed', { timeout: 5_000 }).catch(() => null);
      await toggle.click({ timeout: 5_000 }).catch(() => undefined);
      const after = await toggle.getAttribute('aria-pressed', { timeout: 1_000 }).catch(() => null);
      const toggled = before !== null && after !== null && before !== after ? [] : ['the theme toggle did not respond to a click'];
      return [...toggled, ...(await cspViolations(page))];
    },
  },
  { name: 'main content shown without JavaScript', stage: 'no-js', run: ({ page }) => missingMainContent(page) },
];

export interface Finding {
  check: string;
  /** Width and theme, e.g. "360 px, dark". */
  where: string;
  problems: string[];
}

function checksFor(subject: CheckContext['subject'], stage: Stage, checks: readonly PageCheck[]): PageCheck[] {
  return checks.filter((check) => check.stage === stage && (check.appliesTo?.(subject) ?? true));
}

async function runStage(stage: Stage, context: CheckContext, checks: readonly PageCheck[], findings: Finding[]): Promise<void> {
  for (const check of checksFor(context.subject, stage, checks)) {
    const where = [`${context.width} px`, context.theme].filter(Boolean).join(', ');
    findings.push({ check: check.name, where, problems: await check.run(context) });
  }
}

/**
 * Every view check on the page as it is now: in each theme at the first width, in the light theme at the others (a
 * theme changes colours only, and no colour depends on the width). Leaves the light theme on.
 */
async function runViews(context: CheckContext, checks: readonly PageCheck[], findings: Finding[]): Promise<void> {
  for (const theme of context.width === WIDTHS[0] ? THEMES : THEMES.slice(0, 1)) {
    await setTheme(context.page, theme);
    await runStage('view', { ...context, theme }, checks, findings);
  }
  await setTheme(context.page, THEMES[0]);
}

/** One load of `subject` at `width` with JavaScript on, measured, and every check that runs with it. */
export async function gatePageAtWidth(
  page: Page,
  subject: CheckContext['subject'],
  width: Width,
  checks = PAGE_CHECKS,
): Promise<{ findings: Finding[]; load?: PageLoad }> {
  const findings: Finding[] = [];
  const active = checks.filter((check) => STAGES_WITH_JS.includes(check.stage));
  for (const check of active) await check.prepare?.(page);
  await page.setViewportSize({ width, height: VIEWPORT_HEIGHTS[width] });
  const first = width === WIDTHS[0];
  const load = await measurePageLoad(page, subject.path);
  const context: CheckContext = { page, subject, width, load };
  await runStage('load', context, active, findings);
  if (first) await runStage('scroll', context, active, findings);
  await settlePage(page);
  await runViews(context, active, findings);
  if (first) await runStage('interact', context, active, findings);
  await runStage('width', context, active, findings);
  return { findings, load };
}

/** The load with JavaScript off (the page must be in a context with JavaScript disabled). */
export async function gatePageWithoutJs(page: Page, subject: CheckContext['subject'], checks = PAGE_CHECKS): Promise<Finding[]> {
  const findings: Finding[] = [];
  await page.goto(subject.path);
  await runStage('no-js', { page, subject, width: WIDTHS[0] }, checks, findings);
  return findings;
}

/**
 * A page brought into a state the plain load does not show (results of a search, a tool's results or errors):
 * one load per width, then `show`, then every view check in both themes.
 */
export async function gatePageState(page: Page, state: PageState, width: Width, checks = PAGE_CHECKS): Promise<Finding[]> {
  const findings: Finding[] = [];
  await page.setViewportSize({ width, height: VIEWPORT_HEIGHTS[width] });
  await page.goto(state.path);
  await settlePage(page);
  await state.show(page);
  await runViews({ page, subject: { path: state.path, html: '', isTool: false }, width }, checks, findings);
  return findings;
}

export interface PageState {
  /** What the page shows, for the test title. */
  name: string;
  /** Path with the query that sets the state up. */
  path: string;
  /** Brings the loaded page into the state and waits until it shows; throws if it never does. */
  show: (page: Page) => Promise<void>;
}
