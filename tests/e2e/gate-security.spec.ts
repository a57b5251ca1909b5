// Security gate: every page carries a strict Content-Security-Policy that covers all its scripts, and dist/_headers
// gives static hosts the same policy. That no page triggers a CSP violation with both policies enforced (the test
// server sends dist/_headers) is checked by the single-load pass, tests/e2e/gate-pages.spec.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { metaPolicy } from '../../src/integrations/security-headers';
import { headersProblems, parseHeadersFile, sourcesMissingFrom } from '../support/headers-file';
import { cspProblems } from '../support/security';
import { DIST_DIR, sitePages } from '../support/site-pages';

const pages = sitePages();
const headerRules = parseHeadersFile(readFileSync(join(DIST_DIR, '_headers'), 'utf8'));
const siteHeaders = headerRules.get('/*') ?? new Map<string, string>();

test.describe('security policy', () => {
  test('every page has a strict CSP <meta> that covers its inline scripts, and a strict referrer policy', () => {
    const problems = Object.fromEntries(pages.map(({ path, html }) => [path, cspProblems(html)]).filter(([, found]) => found!.length > 0));
    expect(problems).toEqual({});
  });

  test('dist/_headers sends the same policy to every page, with nosniff and frame protection', () => {
    expect(headersProblems(headerRules)).toEqual([]);
    const headerPolicy = siteHeaders.get('content-security-policy') ?? '';
    const missing = Object.fromEntries(
      pages.map(({ path, html }) => [path, sourcesMissingFrom(headerPolicy, metaPolicy(html) ?? '')]).filter(([, found]) => found!.length > 0),
    );
    expect(missing).toEqual({});
  });
});
