import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './tests/browser';

// Browser tests run against the production build in dist/, served on loopback by the project's own static server
// with the headers of dist/_headers, as a static host serves it.
const port = Number(process.env.E2E_PORT ?? 4322);
const baseURL = `http://127.0.0.1:${port}`;
const GATES = /gates?-[^/]*\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  // A feature test loads one or two pages; the slowest need test.slow(), with the reason beside it.
  timeout: 30_000,
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    trace: 'off',
    // The service worker would precache the whole site behind every test's back; the offline tests allow it.
    serviceWorkers: 'block',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [
    // What the site does, page by page: the quick loop (`npm run test:e2e -- --project=features`).
    { name: 'features', testIgnore: GATES },
    // Quality gates over every page of the build, and the fixtures that prove each gate can fail.
    // A gate test runs several checks (axe in two themes, a Tab walk…) on one load of a page.
    { name: 'gates', testMatch: GATES, timeout: 60_000 },
  ],
  webServer: {
    command: `node tests/support/static-server.ts ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
