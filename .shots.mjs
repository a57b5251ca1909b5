import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4334';
const pages = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const path of pages) {
  for (const width of [360, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await ctx.newPage();
      await page.goto(base + path);
      await page.waitForTimeout(1500);
      const name = `/tmp/sources14-shot-${path.replace(/[^a-z0-9]+/g, '_')}-${width}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: true });
      console.log(name);
      await ctx.close();
    }
  }
}
await browser.close();
