// Security gate: every page carries a strict Content-Security-Policy that covers all its scripts, dist/_headers
// gives static hosts the same policy, and no page triggers a CSP violation with either policy enforced.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { metaPolicy } from '../../src/integrations/security-headers';
import { headersProblems, parseHeadersFile, sourcesMissingFrom } from '../support/headers-file';
import { cspProblems, cspViolations, recordCspViolations } from '../support/security';
import { settlePage } from '../support/settle';
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

  for (const { path } of pages) {
    test(`${path} loads and runs without a CSP violation under the <meta> and _headers policies`, async ({ page }) => {
      // Serve the page with the _headers a static host would add, so both policies are enforced at once.
      await page.route('**/*', async (route) => {
        if (route.request().resourceType() !== 'document') return route.fallback();
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), ...Object.fromEntries(siteHeaders) } });
      });
      await recordCspViolations(page);
      await page.goto(path);
      await settlePage(page);
      // Exercise the page's scripts: the theme toggle changes the document.
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      expect(await cspViolations(page)).toEqual([]);
    });
  }
});
