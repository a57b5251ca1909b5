// Temporary (not committed): JS at load per page at 1280x900 and 360x800, and Lighthouse medians of 3.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../browser.ts';
import { measurePageLoad } from '../support/page-weight.ts';
import { DIST_DIR, sitePages } from '../support/site-pages.ts';
import { serveStatic } from '../support/static-server.ts';

const server = await serveStatic(DIST_DIR, { headersFile: true });
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const rows: string[] = [];
try {
  for (const { path } of sitePages()) {
    const cells: number[] = [];
    for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 800 }]) {
      const context = await browser.newContext({ viewport });
      const load = await measurePageLoad(await context.newPage(), server.origin + path);
      await context.close();
      cells.push(load.bytes.js.gzip);
    }
    rows.push(`${path.padEnd(34)} ${String(cells[0]).padStart(6)} ${String(cells[1]).padStart(6)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${'page'.padEnd(34)} ${'1280'.padStart(6)} ${'360'.padStart(6)}   (JS gzip bytes at load, no scrolling)`);
console.log(rows.join('\n'));
