import { test, expect } from './fixtures';
import { measurePageScripts } from '../support/page-weight';

const BUDGET_GZIP_BYTES = 15 * 1024;

test('the pay estimator ships at most 15 KB of JavaScript (gzip) at load, Preact included', async ({ page }) => {
  const weight = await measurePageScripts(page, '/tools/pay-estimator/', async (p) => {
    // Astro drops the `ssr` attribute once an island has hydrated, so by then its scripts have all been requested.
    await expect(p.locator('astro-island:not([ssr])')).toHaveCount(1, { timeout: 20_000 });
  });
  const paths = weight.scripts.map((s) => new URL(s.url).pathname);
  // The measurement must include the island and its framework, or it measures nothing.
  expect(
    paths.some((p) => p.includes('PayEstimator')),
    paths.join(', '),
  ).toBe(true);
  expect(
    paths.some((p) => p.includes('preact')),
    paths.join(', '),
  ).toBe(true);
  console.log(
    `pay estimator JavaScript at load: ${weight.totalGzipBytes} bytes gzip in files, ${weight.inlineGzipBytes} inline`,
  );
  for (const s of weight.scripts) console.log(`  ${new URL(s.url).pathname} ${s.gzipBytes}`);
  expect(weight.totalGzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
});
