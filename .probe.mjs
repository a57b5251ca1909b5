import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4334/');
for (const q of process.argv.slice(2)) {
  const out = await page.evaluate(async (q) => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    const s = await pf.search(q);
    const rows = [];
    for (const r of s.results.slice(0, 12)) {
      const d = await r.data();
      const words = d.content.split(/\s+/);
      rows.push(d.url + ' :: ' + [...new Set(d.locations.map((l) => words[l]))].slice(0, 8).join(' | '));
    }
    return `${q}: ${s.results.length}\n  ` + rows.join('\n  ');
  }, q);
  console.log(out);
}
await browser.close();
