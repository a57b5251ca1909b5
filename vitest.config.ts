/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Test files share their workers instead of a fresh one each: about half the run on two cores. The unit tests
    // keep no state between files (they pass with `--sequence.shuffle`); a test that needs a fresh module resets it.
    isolate: false,
  },
});
