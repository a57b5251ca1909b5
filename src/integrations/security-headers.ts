// Gives static hosts the same security policy as the pages' <meta> tags. Astro writes the Content-Security-Policy
// into each page; this integration reads those policies after the build and writes dist/_headers (the format of
// Netlify and Cloudflare Pages) with one site-wide policy, plus the headers a <meta> tag cannot carry.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { REFERRER_POLICY } from '../lib/security.ts';

/** Headers for every response; the CSP is added to them. `frame-ancestors` only works as a header, not in <meta>. */
export const STATIC_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': REFERRER_POLICY,
};

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/** The policy of a built page's CSP <meta>, or null. */
export function metaPolicy(html: string): string | null {
  return META_CSP.exec(html)?.[1] ?? null;
}

/** Directive name → its sources, in order. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * One policy that allows what each page's policy allows: directive by directive, the union of their sources.
 * Pages differ only in the hashes of their own scripts and styles, so the union lets nothing new in.
 */
export function siteWidePolicy(pagePolicies: readonly string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of pagePolicies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  }
  merged.set('frame-ancestors', ["'none'"]);
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Paths a host must not keep in its cache: the service worker, so a new build reaches readers at once (browsers check
 * it on each visit, but a CDN's copy would hold the old one back).
 */
export const NO_CACHE_PATHS: readonly string[] = ['/sw.js'];

export function renderHeadersFile(policy: string): string {
  const headers = { 'Content-Security-Policy': policy, ...STATIC_HEADERS };
  return [
    '/*',
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
    ...NO_CACHE_PATHS.flatMap((path) => [path, '  Cache-Control: no-cache']),
    '',
  ].join('\n');
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of await htmlFiles(root)) {
          const policy = metaPolicy(await readFile(file, 'utf8'));
          if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>: is security.csp enabled?`);
          policies.push(policy);
        }
        await writeFile(join(root, '_headers'), renderHeadersFile(siteWidePolicy(policies)));
        logger.info(`_headers written from the policies of ${policies.length} pages`);
      },
    },
  };
}
