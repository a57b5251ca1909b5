// The pages every quality gate runs over: each page listed in the built sitemap, plus the 404 and offline pages
// (which the sitemap leaves out). Read from dist/, so `npm run build` must come first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Served by every static host (and `astro preview`) for unknown addresses. */
export const NOT_FOUND_PATH = '/404.html';
/** Served by the service worker for a page not kept on the device, while offline. */
export const OFFLINE_PATH = '/offline/';

export interface SitePage {
  /** Path the page is served at, e.g. "/guide/". */
  path: string;
  /** The built HTML file. */
  file: string;
  html: string;
  /** Pages with a hydrated widget get the larger JavaScript budget and the keyboard tests. */
  isTool: boolean;
}

function requireDist(distDir: string): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir}: run \`npm run build\` before the quality gates.`);
  }
}

/** Every .html file under a directory, as absolute paths, sorted. */
export function htmlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The site path a built file is served at ("guide/index.html" → "/guide/"). */
export function pathOfFile(distDir: string, file: string): string {
  const rel = relative(distDir, file).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** The built file that answers a site path, or null. */
export function fileForPath(distDir: string, path: string): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
  const file = clean.endsWith('/') ? join(distDir, clean, 'index.html') : join(distDir, clean);
  // A directory is not a page: "/guide" without its slash is not served under `trailingSlash: 'always'`.
  return statSync(file, { throwIfNoEntry: false })?.isFile() ? file : null;
}

/** The URLs listed in dist/sitemap-*.xml (the index file only points at the others). */
function sitemapUrls(distDir: string): URL[] {
  requireDist(distDir);
  const sitemaps = readdirSync(distDir).filter((name) => /^sitemap-.+\.xml$/.test(name) && name !== 'sitemap-index.xml');
  if (sitemaps.length === 0) throw new Error(`No sitemap-*.xml in ${distDir}: is @astrojs/sitemap configured?`);
  return sitemaps.flatMap((name) =>
    [...readFileSync(join(distDir, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!)),
  );
}

export function sitemapPaths(distDir = DIST_DIR): string[] {
  return [...new Set(sitemapUrls(distDir).map((url) => url.pathname))].sort();
}

/** The public address the site was built for (Astro's `site`), as the sitemap gives it. */
export function siteOrigin(distDir = DIST_DIR): string {
  const first = sitemapUrls(distDir)[0];
  if (!first) throw new Error('The sitemap lists no page.');
  return first.origin;
}

export function isToolHtml(html: string): boolean {
  return html.includes('<astro-island');
}

/** Sitemap pages plus the 404 and offline pages, read from the build. */
export function sitePages(distDir = DIST_DIR): SitePage[] {
  return [...sitemapPaths(distDir), NOT_FOUND_PATH, OFFLINE_PATH].map((path) => {
    const file = fileForPath(distDir, path);
    if (!file) throw new Error(`The sitemap lists ${path} but dist/ has no file for it.`);
    const html = readFileSync(file, 'utf8');
    return { path, file, html, isTool: isToolHtml(html) };
  });
}
