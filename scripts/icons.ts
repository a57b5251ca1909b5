// `npm run icons`: draws the install icons in public/icons/ from the site's own mark (public/favicon.svg) in
// headless Chromium, so they are never drawn by hand: 192 and 512 px as the mark is, and a 512 px maskable icon with the
// mark inside the middle 80 % (the part every launcher keeps) on the mark's own blue. Run it after changing the mark;
// tests/unit/manifest.test.ts checks each icon's size.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/browser.ts';

const mark = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
/** The mark's background, which the maskable icon fills its whole square with. */
const MARK_BLUE = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(mark)?.[1] ?? '#1d4ed8';
const page = (size: number, maskable: boolean) => `<!doctype html><html><body style="margin:0;background:${maskable ? MARK_BLUE : 'transparent'}">
<div style="width:${size}px;height:${size}px;display:grid;place-items:center">
<img src="data:image/svg+xml;base64,${Buffer.from(mark).toString('base64')}" style="width:${maskable ? size * 0.8 : size}px;height:${maskable ? size * 0.8 : size}px"></div></body></html>`;

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  for (const [name, size, maskable] of [['icon-192', 192, false], ['icon-512', 512, false], ['maskable-512', 512, true]] as const) {
    const context = await browser.newContext({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    await tab.setContent(page(size, maskable));
    await tab.screenshot({ path: `public/icons/${name}.png`, omitBackground: !maskable });
    await context.close();
  }
} finally {
  await browser.close();
}
