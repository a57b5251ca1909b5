// Finds broken internal links and #anchors in a built site (a `dist` folder), with no browser and no server.
// Used by the build's link check (tests/e2e/internal-links.spec.ts); reusable for any folder of static HTML.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BrokenLink {
  /** Site path of the page that holds the link, e.g. "/guide/reviewer/". */
  page: string;
  /** The link as written in the page. */
  href: string;
  /** Why it is broken. */
  reason: string;
}

export interface LinkCheckOptions {
  /** The site's public origin (e.g. "https://example.org"); absolute links to it are checked like internal ones. */
  site?: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
  });
}

const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Every start tag's name and attributes, skipping comments and the bodies of scripts and styles. */
export function parseTags(html: string): { name: string; attributes: Map<string, string> }[] {
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1')
    .replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/gi, '$1');
  const tags: { name: string; attributes: Map<string, string> }[] = [];
  for (const [, name, rawAttributes] of markup.matchAll(TAG)) {
    const attributes = new Map<string, string>();
    for (const [, key, double, single, bare] of (rawAttributes ?? '').matchAll(ATTRIBUTE)) {
      attributes.set(key!.toLowerCase(), decodeEntities(double ?? single ?? bare ?? ''));
    }
    tags.push({ name: name!.toLowerCase(), attributes });
  }
  return tags;
}

/** Percent-decoded text, or the text as is when it is not valid percent-encoding (it then simply matches nothing). */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** "/guide/reviewer/" for dist/guide/reviewer/index.html, "/404.html" for dist/404.html. */
function sitePathOf(distDir: string, file: string): string {
  const path = `/${relative(distDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The file a site path is served from, or null when there is none (a folder path needs its index.html). */
function fileFor(distDir: string, pathname: string): string | null {
  const local = join(distDir, ...pathname.split('/').filter(Boolean));
  if (pathname.endsWith('/')) {
    const index = join(local, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(local) && statSync(local).isFile() ? local : null;
}

/**
 * Lists every internal link (href or src) in the built site that points to no file, and every #anchor that names no
 * element id on its target page. External links are skipped; an empty list means the site has no broken link.
 */
export function findBrokenLinks(distDir: string, options: LinkCheckOptions = {}): BrokenLink[] {
  const pages = new Map<string, { ids: Set<string>; links: string[] }>();
  for (const file of htmlFiles(distDir)) {
    const tags = parseTags(readFileSync(file, 'utf8'));
    const ids = new Set(tags.map((t) => t.attributes.get('id')).filter((id): id is string => id !== undefined));
    const links = tags.flatMap((t) => ['href', 'src'].map((a) => t.attributes.get(a)).filter((v): v is string => !!v));
    pages.set(file, { ids, links });
  }
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const broken: BrokenLink[] = [];
  for (const [file, { links }] of pages) {
    const page = sitePathOf(distDir, file);
    for (const href of links) {
      let url: URL;
      try {
        url = new URL(href, `http://site.invalid${page}`);
      } catch {
        broken.push({ page, href, reason: 'not a valid URL' });
        continue;
      }
      const external = SCHEME.test(href) || href.startsWith('//');
      if (external && url.origin !== siteOrigin) continue;
      const pathname = safeDecode(url.pathname);
      const target = fileFor(distDir, pathname);
      if (!target) {
        broken.push({ page, href, reason: `no file for ${pathname}` });
        continue;
      }
      if (!url.hash || url.hash === '#') continue;
      const anchor = safeDecode(url.hash.slice(1));
      const ids = pages.get(target)?.ids;
      if (!ids) {
        broken.push({ page, href, reason: `#${anchor} points into a file that is not an HTML page` });
      } else if (!ids.has(anchor)) {
        broken.push({ page, href, reason: `no element with id "${anchor}" on ${pathname}` });
      }
    }
  }
  return broken;
}
