// `npm run bench:pages`: what each built page costs a reader. Prints bytes by type (raw and gzip) and the request
// count at load for every page, with its budget, then Lighthouse mobile scores where Lighthouse is installed.
// Runs on Node's own TypeScript support (no build step); not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../browser.ts';
import { BUDGETS, budgetKind, budgetProblems, formatWeightTable, measurePageLoad, type PageLoad } from '../support/page-weight.ts';
import { DIST_DIR, sitePages } from '../support/site-pages.ts';
import { serveStatic } from '../support/static-server.ts';
import { precacheSize } from '../support/precache.ts';

const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const DEBUGGING_PORT = Number(process.env.BENCH_DEBUGGING_PORT ?? 9339);

interface LighthouseResult {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}
type RunLighthouse = (url: string) => Promise<LighthouseResult>;

/** Lighthouse as a library if it can be imported, else its command if on PATH, else null. */
async function findLighthouse(): Promise<RunLighthouse | null> {
  const flags = { port: DEBUGGING_PORT, output: 'json' as const, logLevel: 'error' as const, onlyCategories: [...LIGHTHOUSE_CATEGORIES] };
  try {
    const { default: lighthouse } = (await import('lighthouse' as string)) as {
      default: (url: string, flags: object) => Promise<{ lhr: LighthouseResult } | undefined>;
    };
    return async (url) => {
      const result = await lighthouse(url, flags);
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      return result.lhr;
    };
  } catch {
    // Not installed as a package; try the command.
  }
  if (spawnSync('lighthouse', ['--version'], { encoding: 'utf8' }).status !== 0) return null;
  return async (url) => {
    const run = spawnSync(
      'lighthouse',
      [url, `--port=${DEBUGGING_PORT}`, '--output=json', '--quiet', `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.status !== 0) throw new Error(`lighthouse failed for ${url}: ${run.stderr}`);
    return JSON.parse(run.stdout) as LighthouseResult;
  };
}

function lighthouseRow(path: string, result: LighthouseResult): string {
  const score = (category: string) => String(Math.round((result.categories[category]?.score ?? 0) * 100)).padStart(5);
  const audit = (id: string) => result.audits[id]?.numericValue ?? NaN;
  return [
    path.padEnd(32),
    ...LIGHTHOUSE_CATEGORIES.map(score),
    `${(audit('largest-contentful-paint') / 1000).toFixed(2)} s`.padStart(8),
    `${Math.round(audit('total-blocking-time'))} ms`.padStart(8),
    audit('cumulative-layout-shift').toFixed(3).padStart(6),
  ].join('  ');
}

const pages = sitePages();
const server = await serveStatic(DIST_DIR, { headersFile: true });
const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUGGING_PORT}`],
});
let failed = false;
try {
  const loads: PageLoad[] = [];
  const verdicts: string[] = [];
  for (const { path } of pages) {
    // What the page itself loads: the service worker's background download is counted once, below.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const load = await measurePageLoad(await context.newPage(), server.origin + path);
    await context.close();
    loads.push(load);
    const kind = budgetKind({ path });
    const problems = budgetProblems(load, BUDGETS[kind]);
    failed ||= problems.length > 0;
    verdicts.push(`${path} (${kind} budget): ${problems.length ? problems.join('; ') : 'within budget'}`);
  }
  console.log(`\nBytes loaded per page at load, raw/gzip (served gzipped from dist/ with dist/_headers):\n`);
  console.log(formatWeightTable(loads));
  console.log(
    `\nBudgets: JS ≤ ${BUDGETS.page.js} B gzip on a page, ≤ ${BUDGETS.guideWithWidget.js} B on a guide page with a widget, ` +
      `≤ ${BUDGETS.tool.js} B on a tool page; HTML+CSS ≤ ${BUDGETS.page.htmlAndCss} B.`,
  );
  console.log(verdicts.join('\n'));
  const precache = precacheSize(DIST_DIR);
  console.log(
    `\nFirst visit, in the background (the service worker's precache): ${precache.files} files, ` +
      `${(precache.gzip / 1024).toFixed(0)} KB gzip (${(precache.raw / 1024).toFixed(0)} KB raw).`,
  );

  const runLighthouse = await findLighthouse();
  if (!runLighthouse) {
    console.log(
      '\nLighthouse: skipped — it is not installed (neither `import("lighthouse")` nor a `lighthouse` command works).\n' +
        'To enable it: `npm install --no-save lighthouse` (or `npm install -g lighthouse`), then run `npm run bench:pages` again;\n' +
        'it drives the same Chromium as the browser tests (set CHROMIUM_PATH to use another).',
    );
  } else {
    console.log(`\nLighthouse (mobile): ${['page'.padEnd(32), 'perf', ' a11y', '  b-p', '  seo', '     LCP', '     TBT', '   CLS'].join('  ')}`);
    for (const { path } of pages) console.log(lighthouseRow(path, await runLighthouse(server.origin + path)));
    console.log('Target: 100 in every category on every page.');
  }
} finally {
  await browser.close();
  await server.close();
}
if (failed) process.exitCode = 1;
