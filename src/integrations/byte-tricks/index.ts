// The three tricks that take JavaScript off the pages, in one place, as the Vite settings astro.config.mjs uses. Each
// file's header says what it saves (measured), which upstream it copies or relies on, and what breaks if that changes;
// tests/unit/byte-tricks.test.ts fails when the upstream code changes, naming the trick to revisit, and the static gate
// (tests/e2e/gate-static.spec.ts) checks that each is in effect in the build.
import { fileURLToPath } from 'node:url';
import { CHUNK_GROUPS } from './chunk-groups';
import { plainDynamicImports } from './plain-dynamic-imports';

/** The Vite settings of the three tricks. */
export function byteTricks() {
  return {
    // Trick 2: lazy imports without the preload helper.
    plugins: [plainDynamicImports()],
    resolve: {
      // Trick 1: the Preact client without signals, in the build and under `npm run dev`.
      alias: {
        '@astrojs/preact/client.js': fileURLToPath(new URL('./preact-client.ts', import.meta.url)),
        '@astrojs/preact/client-dev.js': fileURLToPath(new URL('./preact-client-dev.ts', import.meta.url)),
      },
    },
    environments: {
      client: {
        // Trick 3: fewer, larger files.
        build: { rolldownOptions: { output: { codeSplitting: { groups: [...CHUNK_GROUPS] } } } },
      },
    },
  };
}
