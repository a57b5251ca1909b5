// `npm run screenshots`: a full-page PNG of every sitemap page (and the 404 page) at 360 and 1280 px, light and
// dark, in screenshots/ (ignored by git), for a person to look at before a change lands. Serves the existing build
// (run `npm run build` first) on a free loopback port. Runs on Node's own TypeScript support.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/browser.ts';
import { DIST_DIR, sitePages } from '../tests/support/site-pages.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const OUT_DIR = fileURLToPath(new URL('../screenshots/', import.meta.url));
const WIDTHS = [360, 1280] as const;
const THEMES = ['light', 'dark'] as const;

/** "/guide/reviewer/" → "guide-reviewer"; "/" → "home". */
function fileStem(path: string): string {
  return path.replace(/\.html$/, '').replace(/^\/|\/$/g, '').replaceAll('/', '-') || 'home';
}

const only = process.argv[2];
const pages = sitePages().filter((page) => !only || page.path.includes(only));
rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(OUT_DIR, { recursive: true });
const server = await serveStatic(DIST_DIR);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: theme });
      const page = await context.newPage();
      for (const { path } of pages) {
        await page.goto(server.origin + path, { waitUntil: 'networkidle' });
        // Scroll to the end and back so islands that hydrate when visible draw before the picture is taken.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForTimeout(300);
        await page.evaluate(() => window.scrollTo(0, 0));
        const file = join(OUT_DIR, `${fileStem(path)}-${width}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: true });
      }
      await context.close();
    }
  }
  console.log(`${pages.length * WIDTHS.length * THEMES.length} screenshots in ${OUT_DIR}`);
} finally {
  await browser.close();
  await server.close();
}
