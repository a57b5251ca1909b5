// Issue 27: the web app manifest, its icons, the headers the worker needs and the offline download the README states,
// checked on the files themselves. The download against the build: tests/e2e/gate-static.spec.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteFactsSchema } from '../../src/schemas/site';
import { realContent } from '../support/content';
import { SITE_NAME } from '../../src/lib/site';
import { renderHeadersFile } from '../../src/integrations/security-headers';
import { parseHeadersFile } from '../support/headers-file';

const publicFile = (path: string) => readFileSync(new URL(`../../public${path}`, import.meta.url));
const manifest = JSON.parse(publicFile('/manifest.webmanifest').toString('utf8'));
const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
/** The light value of a colour token in global.css (`--name: light-dark(light, dark)`). */
const lightToken = (name: string) => new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}),`).exec(css)?.[1];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the web app manifest', () => {
  it('names the site, opens at its home in a window of its own, in the light theme’s colours', () => {
    expect(manifest).toMatchObject({ name: SITE_NAME, start_url: '/', scope: '/', display: 'standalone' });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.theme_color).toBe(lightToken('bg-soft'));
    expect(manifest.background_color).toBe(lightToken('bg'));
  });

  it('has 192 and 512 px icons and a maskable one, each as large as it says', () => {
    const purposes = manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`);
    expect(purposes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(publicFile(icon.src)), icon.src).toEqual({ width, height });
    }
  });
});

describe('the headers file', () => {
  it('tells hosts not to keep the service worker in their cache', () => {
    const rules = parseHeadersFile(renderHeadersFile("default-src 'self'"));
    expect(rules.get('/sw.js')?.get('cache-control')).toBe('no-cache');
    expect(rules.get('/*')?.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describe('the offline download the README states', () => {
  it('is the one site.yaml holds', () => {
    const [site] = realContent().site;
    const { offlineDownloadKb } = siteFactsSchema.parse(site);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`downloads about ${offlineDownloadKb} kB (gzip) in the background`);
  });
});
