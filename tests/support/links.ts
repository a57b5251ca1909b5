// Finds internal links and #anchors in a built site that lead nowhere.
import { readFileSync } from 'node:fs';
import { fileForPath, htmlFilesUnder, pathOfFile } from './site-pages.ts';

export interface BrokenLink {
  /** Site path of the page holding the link. */
  page: string;
  /** The link as written. */
  href: string;
  reason: string;
}

const LINK_ATTRIBUTE = /<([a-z][a-z0-9-]*)\b[^>]*?\s(href|src|srcset|action)="([^"]*)"/gi;
const ID_ATTRIBUTE = /\s(?:id|name)="([^"]+)"/gi;
const SITE_ORIGIN = 'http://site.invalid';

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID_ATTRIBUTE)].map((match) => decodeEntities(match[1]!)));
}

/**
 * Every internal link (href, src, srcset, form action) in every page under `distDir` that has no file behind it or
 * points at an #anchor the target page lacks. Absolute links to `siteUrl` (canonical, Open Graph) count as internal;
 * links to other sites, mailto: and data: URLs are not checked.
 */
export function findBrokenLinks(distDir: string, siteUrl?: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const pages = new Map(htmlFilesUnder(distDir).map((file) => [file, readFileSync(file, 'utf8')]));
  const idCache = new Map<string, Set<string>>();
  const idsOfFile = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, idsOf(pages.get(file) ?? readFileSync(file, 'utf8')));
    return idCache.get(file)!;
  };
  const siteOrigin = siteUrl ? new URL(siteUrl).origin : null;

  for (const [file, html] of pages) {
    const pagePath = pathOfFile(distDir, file);
    for (const [, tag, attribute, rawValue] of html.matchAll(LINK_ATTRIBUTE)) {
      const values = attribute === 'srcset' ? rawValue!.split(',').map((item) => item.trim().split(/\s+/)[0]!) : [rawValue!];
      for (const value of values.map(decodeEntities)) {
        const report = (reason: string) => broken.push({ page: pagePath, href: value, reason });
        if (value === '') {
          if (tag !== 'form') report('empty link');
          continue;
        }
        if (/^(mailto|tel|data|blob|javascript):/i.test(value)) continue;
        let url: URL;
        try {
          url = new URL(value, SITE_ORIGIN + pagePath);
        } catch {
          report('not a valid URL');
          continue;
        }
        if (url.origin !== SITE_ORIGIN && url.origin !== siteOrigin) continue;
        const target = fileForPath(distDir, url.pathname);
        if (!target) {
          const hint = fileForPath(distDir, url.pathname + '/') ? ' (add the trailing slash)' : '';
          report(`no page at ${url.pathname}${hint}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && target.endsWith('.html') && !idsOfFile(target).has(anchor)) {
          report(`no id="${anchor}" on ${url.pathname}`);
        }
      }
    }
  }
  return broken;
}
