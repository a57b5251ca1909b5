// Static checks of a built page's security policy, and a browser-side recorder of CSP violations.
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { metaPolicy, parsePolicy } from '../../src/integrations/security-headers.ts';

const STRICT_REFERRER_POLICIES = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
const UNSAFE_SCRIPT_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:', 'data:'];

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

function inlineBodies(html: string, tag: 'script' | 'style'): string[] {
  const pattern = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...html.matchAll(pattern)]
    .filter(([, attributes]) => !/\ssrc=/i.test(attributes!) && !/type="application\/(ld\+)?json"/i.test(attributes!))
    .map((match) => match[2]!);
}

/**
 * What is wrong with a page's policy: no CSP <meta>, a script or style placed before it (a <meta> policy only
 * governs what follows it), unsafe script sources, an inline script or style whose hash the policy lacks, inline
 * style attributes or event handlers (they would need 'unsafe-inline'), or a missing strict referrer policy.
 */
export function cspProblems(html: string): string[] {
  const problems: string[] = [];
  const policy = metaPolicy(html);
  if (!policy) return ['no Content-Security-Policy <meta>'];
  const directives = parsePolicy(policy);
  const metaAt = html.search(/<meta\s+http-equiv="content-security-policy"/i);
  const firstResource = html.search(/<script\b|<style\b|<link\b[^>]*rel="stylesheet"/i);
  if (firstResource !== -1 && firstResource < metaAt) problems.push('a script or style comes before the CSP <meta>');

  const scriptSources = directives.get('script-src') ?? directives.get('default-src');
  if (!scriptSources) problems.push('no script-src or default-src');
  for (const unsafe of UNSAFE_SCRIPT_SOURCES) {
    if (scriptSources?.includes(unsafe)) problems.push(`script-src allows ${unsafe}`);
  }
  if (!directives.get('object-src')?.includes("'none'")) problems.push("object-src is not 'none'");
  if (!directives.has('base-uri')) problems.push('no base-uri');

  const styleSources = directives.get('style-src') ?? directives.get('default-src') ?? [];
  for (const script of inlineBodies(html, 'script')) {
    if (!scriptSources?.includes(sha256Source(script))) problems.push(`inline script not in script-src: ${script.slice(0, 60)}`);
  }
  for (const style of inlineBodies(html, 'style')) {
    if (!styleSources.includes(sha256Source(style))) problems.push(`inline style not in style-src: ${style.slice(0, 60)}`);
  }
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
    for (const [, name] of tag.matchAll(/\s(style|on[a-z]+)=/gi)) problems.push(`inline ${name} attribute: ${tag.slice(0, 80)}`);
  }

  const referrer = /<meta\s+name="referrer"\s+content="([^"]*)"/i.exec(html)?.[1];
  if (!referrer) problems.push('no referrer policy <meta>');
  else if (!STRICT_REFERRER_POLICIES.includes(referrer)) problems.push(`referrer policy "${referrer}" is not strict`);
  return problems;
}

/**
 * Records `securitypolicyviolation` events from the first script onwards; read them with `cspViolations(page)`.
 * Call before `page.goto`.
 */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}
