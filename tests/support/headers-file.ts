// Reads the `_headers` file static hosts apply (Netlify / Cloudflare Pages format).
import { parsePolicy } from '../../src/integrations/security-headers.ts';

/** Path pattern → header name (lower case) → value. */
export function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | null = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return rules;
}

/** Sources a page's policy allows that the header policy does not (the header must allow what the page needs). */
export function sourcesMissingFrom(headerPolicy: string, pagePolicy: string): string[] {
  const header = parsePolicy(headerPolicy);
  return [...parsePolicy(pagePolicy)].flatMap(([name, sources]) =>
    sources.filter((source) => !header.get(name)?.includes(source)).map((source) => `${name} ${source}`),
  );
}

/** What the site-wide rule lacks: the CSP, frame protection, nosniff, a strict referrer policy. */
export function headersProblems(rules: Map<string, Map<string, string>>): string[] {
  const all = rules.get('/*');
  if (!all) return ['no rule for /*'];
  const problems: string[] = [];
  const policy = all.get('content-security-policy');
  if (!policy) problems.push('no Content-Security-Policy');
  else if (!parsePolicy(policy).get('frame-ancestors')?.includes("'none'")) problems.push("CSP lacks frame-ancestors 'none'");
  if (all.get('x-frame-options') !== 'DENY') problems.push('X-Frame-Options is not DENY');
  if (all.get('x-content-type-options') !== 'nosniff') problems.push('X-Content-Type-Options is not nosniff');
  if (!/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/.test(all.get('referrer-policy') ?? '')) {
    problems.push('Referrer-Policy is missing or not strict');
  }
  return problems;
}

/** Does a `_headers` path pattern (`/*`, `/_astro/*`, `/guide/:page/`) match a request path? */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** Every header the rules give a path, later rules winning, as a static host applies them. */
export function headersFor(rules: Map<string, Map<string, string>>, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [pattern, values] of rules) if (patternMatches(pattern, path)) Object.assign(headers, Object.fromEntries(values));
  return headers;
}
