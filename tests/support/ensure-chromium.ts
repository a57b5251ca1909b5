// `npm run test:e2e` runs this first: it finds the Chromium the browser tests use, or installs one (see
// tests/browser.ts for the order), and prints one line saying which. Where none can be had it says what to run.
import { NoChromiumError, ensureChromium } from '../browser.ts';

try {
  ensureChromium();
} catch (error) {
  if (!(error instanceof NoChromiumError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
