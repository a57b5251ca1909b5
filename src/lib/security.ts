// Security settings the pages and dist/_headers share. No imports, so Node's own TypeScript support can load it
// (`npm run bench:pages` reads dist/_headers through src/integrations/security-headers.ts).

/** Every page's referrer policy (a <meta> tag), repeated as a header in dist/_headers: no address leaves the site. */
export const REFERRER_POLICY = 'no-referrer';
