// Temporary (not committed): Lighthouse mobile performance, median of 3 runs per page (same setup as bench:pages).
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumExecutable } from '../browser.ts';
import { DIST_DIR, sitePages } from '../support/site-pages.ts';
import { serveStatic } from '../support/static-server.ts';

const PORT = 9342;
const only = process.argv.slice(2);
const server = await serveStatic(DIST_DIR, { headersFile: true });
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS, `--remote-debugging-port=${PORT}`] });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  for (const { path } of sitePages()) {
    if (only.length && !only.includes(path)) continue;
    const perf: number[] = [];
    const tbt: number[] = [];
    const lcp: number[] = [];
    for (let i = 0; i < 3; i++) {
      const result = await lighthouse(server.origin + path, { port: PORT, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const lhr = result!.lhr;
      perf.push(Math.round((lhr.categories.performance!.score ?? 0) * 100));
      tbt.push(Math.round(lhr.audits['total-blocking-time']!.numericValue ?? NaN));
      lcp.push(Math.round(lhr.audits['largest-contentful-paint']!.numericValue ?? NaN));
    }
    console.log(`${path.padEnd(34)} perf ${median(perf)} [${perf.join(',')}]  TBT ${median(tbt)} ms [${tbt.join(',')}]  LCP ${median(lcp)} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
