// Measures what a page really ships: every JavaScript response the browser receives while the page loads, gzipped
// the way a static host would serve it. Shared by the budget tests of every page.
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

export interface ScriptWeight {
  url: string;
  /** Bytes as served by the preview server (uncompressed). */
  bytes: number;
  /** Bytes after gzip at the highest level. */
  gzipBytes: number;
}

export interface PageScriptWeight {
  scripts: ScriptWeight[];
  /** Sum of gzipBytes over every script file the browser requested. */
  totalGzipBytes: number;
  /** Gzip size of the inline `<script>` elements, reported apart: they are part of the HTML and its own budget. */
  inlineGzipBytes: number;
}

const isJavaScript = (response: Response) =>
  response.request().resourceType() === 'script' || /javascript/.test(response.headers()['content-type'] ?? '');

const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/**
 * Opens `path`, waits for the page to settle (the load event, then `ready` if given, e.g. until an island has
 * hydrated, then an idle network) and sums the gzip size of every JavaScript file the browser requested. Files are fetched again by URL so that a body the browser did not keep is still counted.
 */
export async function measurePageScripts(
  page: Page,
  path: string,
  ready?: (page: Page) => Promise<void>,
): Promise<PageScriptWeight> {
  const urls = new Set<string>();
  const onResponse = (response: Response) => {
    if (isJavaScript(response)) urls.add(response.url());
  };
  page.on('response', onResponse);
  await page.goto(path, { waitUntil: 'load' });
  if (ready) await ready(page);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const scripts: ScriptWeight[] = [];
  for (const url of urls) {
    const body = await (await page.request.get(url)).body();
    scripts.push({ url, bytes: body.length, gzipBytes: gzipSize(body) });
  }
  const inline = await page.$$eval('script:not([src])', (elements) =>
    elements.map((e) => e.textContent ?? '').join('\n'),
  );
  const inlineGzipBytes = inline.trim() ? gzipSize(inline) : 0;
  const totalGzipBytes = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
  return { scripts, totalGzipBytes, inlineGzipBytes };
}
