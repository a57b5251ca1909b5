// Measures what a page downloads when it loads: bytes by type (raw and gzip), request count, requests to other
// origins and web fonts. Shared by the page-weight gate (tests/e2e) and `npm run bench:pages`.
import { gzipSync } from 'node:zlib';
import type { Page, Request } from '@playwright/test';
import { guidePathsWithWidgets } from './guide-pages.ts';

export const RESOURCE_TYPES = ['html', 'css', 'js', 'font', 'other'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageLoad {
  url: string;
  requests: number;
  bytes: Record<ResourceType, Bytes>;
  /** Requests to any origin but the page's own. */
  foreignRequests: string[];
  /** Font files requested plus @font-face rules the page declares. */
  webFonts: string[];
}

export interface Budget {
  /** Gzip bytes of JavaScript at load. */
  js: number;
  /** Gzip bytes of JavaScript once the page has been scrolled to its end (widgets hydrate as they come into view). */
  jsScrolled?: number;
  /** Gzip bytes of HTML and CSS together. */
  htmlAndCss: number;
}

/**
 * From the issues, in bytes of 1,000 (not KiB): theme and search triggers only on reading pages; a little more at load
 * on a guide page whose embedded widget loads its code when scrolled to, and the widget's code once scrolled to the
 * end; a calculator with Preact on tool pages. A tool page has no budget after scrolling: what it loads then is
 * logged by the gate pass.
 */
export const BUDGETS = {
  page: { js: 3_000, jsScrolled: 3_000, htmlAndCss: 20_000 },
  guideWithWidget: { js: 5_000, jsScrolled: 12_000, htmlAndCss: 20_000 },
  tool: { js: 19_000, htmlAndCss: 20_000 },
} as const satisfies Record<string, Budget>;

export type BudgetKind = keyof typeof BUDGETS;

/**
 * Guide pages over the 12,000-byte budget once scrolled to the end (issue 22 item 4, blocked: Preact and its hooks,
 * nanostores and Astro's island runtime come to about 8,200 B before any calculator code, which leaves about 900 B for
 * an estimator that validates, stores and follows the reader's figures). Each is held to what it loaded at either
 * width (plus under 200 B), so none can grow unnoticed; lower a ceiling when the page shrinks. Measured 2026-12-07:
 * /guide/ 16,578 B, then 16,996 B once numbers are read by the reader's language ("12,345" in pt-BR) with a note
 * saying how (issue 23); /guide/timeline/ 16,697 B, then 16,879 B, then 17,074 B once the calendar it shares with the
 * work log gained the day of the week for pay schedules (issue 25).
 */
export const SCROLLED_CEILINGS: Readonly<Record<string, number>> = {
  '/guide/': 17_150,
  '/guide/timeline/': 17_200,
};

/** The budget a page is held to: its kind's, with a recorded ceiling after scrolling where the page is over it. */
export function budgetFor(subject: { path: string }): Budget {
  const budget: Budget = BUDGETS[budgetKind(subject)];
  const ceiling = SCROLLED_CEILINGS[subject.path];
  return ceiling === undefined ? budget : { ...budget, jsScrolled: ceiling };
}

/**
 * A page's budget by its path, never by what the built page happens to contain: /tools/ pages are calculators; a
 * guide page whose MDX uses one of the guide's widgets (src/mdx/names.ts) is a guide page with a widget; every other
 * page is a plain page.
 */
export function budgetKind({ path }: { path: string }): BudgetKind {
  if (path.startsWith('/tools/')) return 'tool';
  return guidePathsWithWidgets().includes(path) ? 'guideWithWidget' : 'page';
}

function typeOf(request: Request): ResourceType {
  const kind = request.resourceType();
  const path = new URL(request.url()).pathname;
  if (kind === 'document') return 'html';
  if (kind === 'stylesheet') return 'css';
  if (kind === 'script' || /\.m?js$/.test(path)) return 'js';
  if (kind === 'font' || /\.(woff2?|ttf|otf|eot)$/.test(path)) return 'font';
  return 'other';
}

function emptyBytes(): Record<ResourceType, Bytes> {
  return Object.fromEntries(RESOURCE_TYPES.map((type) => [type, { raw: 0, gzip: 0 }])) as Record<ResourceType, Bytes>;
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;

/** Separates the code of inline scripts from the rest of a document. */
export function splitInlineScripts(html: string): { markup: string; scripts: string } {
  const scripts = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1]).join('\n');
  return { markup: html.replace(INLINE_SCRIPT, ''), scripts };
}

/** Counts every request `page` makes from now on, until `stop`, which waits for the bodies and sums them. */
function recordRequests(page: Page): { stop: () => Promise<Omit<PageLoad, 'url' | 'webFonts'> & { fontRequests: string[] }> } {
  const pending: Promise<void>[] = [];
  const bytes = emptyBytes();
  const foreignRequests: string[] = [];
  const fontRequests: string[] = [];
  let requests = 0;
  let origin: string | null = null;

  const add = (type: ResourceType, body: Buffer) => {
    bytes[type].raw += body.length;
    bytes[type].gzip += gzipSync(body, { level: 9 }).length;
  };
  const onRequest = (request: Request) => {
    // data: and blob: URLs are not network requests.
    if (/^(data|blob):/.test(request.url())) return;
    requests += 1;
    const requestOrigin = new URL(request.url()).origin;
    origin ??= new URL(page.url() === 'about:blank' ? request.url() : page.url()).origin;
    if (requestOrigin !== origin) foreignRequests.push(request.url());
    if (typeOf(request) === 'font') fontRequests.push(request.url());
  };
  const onFinished = (request: Request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        const body = await response?.body().catch(() => null);
        if (!body) return;
        const type = typeOf(request);
        if (type === 'html') {
          // Astro inlines small scripts into the page: they count as JavaScript, not HTML.
          const { markup, scripts } = splitInlineScripts(body.toString('utf8'));
          add('html', Buffer.from(markup));
          if (scripts) add('js', Buffer.from(scripts));
        } else {
          add(type, body);
        }
      })(),
    );
  };
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  return {
    stop: async () => {
      page.off('request', onRequest);
      page.off('requestfinished', onFinished);
      await Promise.all(pending);
      return { requests, bytes, foreignRequests, fontRequests };
    },
  };
}

/**
 * Loads `url` in `page` and counts every request until the network is idle, without scrolling or any other input:
 * what a reader's browser fetches at load. Code deferred until a widget scrolls into view is not counted (see
 * measureScrolledToEnd). Gzip sizes are computed here (level 9, as a host would serve them), so the result does not
 * depend on whether the test server compresses.
 */
export async function measurePageLoad(page: Page, url: string): Promise<PageLoad> {
  const recorder = recordRequests(page);
  let recorded: Awaited<ReturnType<typeof recorder.stop>> | undefined;
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
  } finally {
    recorded = await recorder.stop();
  }
  const declaredFonts = await page.evaluate(() => [...document.fonts].map((font) => `@font-face ${font.family}`));
  const { fontRequests, ...rest } = recorded;
  return { url, ...rest, webFonts: [...fontRequests, ...declaredFonts] };
}

/**
 * Scrolls a loaded page to its end a window at a time, as a reader would, waits until what came into view has loaded,
 * and returns what the page has fetched in all: `atLoad` plus everything since. Then scrolls back to the top.
 */
export async function measureScrolledToEnd(page: Page, atLoad: PageLoad): Promise<PageLoad> {
  const recorder = recordRequests(page);
  let recorded: Awaited<ReturnType<typeof recorder.stop>> | undefined;
  try {
    await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await frame();
      }
      window.scrollTo(0, document.documentElement.scrollHeight);
      await frame();
    });
    await page.waitForLoadState('networkidle');
    // An island hydrating may start one more fetch after the network looked idle.
    await page.waitForTimeout(300);
    await page.waitForLoadState('networkidle');
  } finally {
    recorded = await recorder.stop();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  const bytes = Object.fromEntries(
    RESOURCE_TYPES.map((type) => [type, { raw: atLoad.bytes[type].raw + recorded.bytes[type].raw, gzip: atLoad.bytes[type].gzip + recorded.bytes[type].gzip }]),
  ) as Record<ResourceType, Bytes>;
  return {
    url: atLoad.url,
    requests: atLoad.requests + recorded.requests,
    bytes,
    foreignRequests: [...atLoad.foreignRequests, ...recorded.foreignRequests],
    webFonts: [...atLoad.webFonts, ...recorded.fontRequests],
  };
}

/** What breaks the scrolled budget: JavaScript loaded by the time the page was scrolled to its end. */
export function scrolledProblems(scrolled: PageLoad, budget: Budget): string[] {
  if (budget.jsScrolled === undefined || scrolled.bytes.js.gzip <= budget.jsScrolled) return [];
  return [`JavaScript after scrolling to the end ${scrolled.bytes.js.gzip} B gzip > ${budget.jsScrolled} B`];
}

/** Every way a measured page breaks the rules: over budget, a web font, a request to another origin. */
export function budgetProblems(load: PageLoad, budget: Budget): string[] {
  const problems: string[] = [];
  if (load.bytes.js.gzip > budget.js) problems.push(`JavaScript ${load.bytes.js.gzip} B gzip > ${budget.js} B`);
  const htmlAndCss = load.bytes.html.gzip + load.bytes.css.gzip;
  if (htmlAndCss > budget.htmlAndCss) problems.push(`HTML+CSS ${htmlAndCss} B gzip > ${budget.htmlAndCss} B`);
  for (const font of load.webFonts) problems.push(`web font: ${font}`);
  for (const url of load.foreignRequests) problems.push(`request to another origin: ${url}`);
  return problems;
}

/** A fixed-width table, one row per page: bytes raw/gzip by type and the request count. */
export function formatWeightTable(loads: readonly PageLoad[]): string {
  const header = ['page', ...RESOURCE_TYPES.map((type) => `${type} raw/gz`), 'requests'];
  const rows = loads.map((load) => [
    new URL(load.url, 'http://x').pathname,
    ...RESOURCE_TYPES.map((type) => `${load.bytes[type].raw}/${load.bytes[type].gzip}`),
    String(load.requests),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
