// BYTE TRICK 2 — lazy imports without Vite's preload helper.
//
// Vite wraps each `import()` in the browser code in a helper that first adds <link rel="modulepreload"> for the
// imported chunk's own imports, and stylesheets for its CSS. Here it buys nothing: the lazy chunks (search, charts,
// the work log's files) are few, small and on the same origin, and none brings CSS of its own (Astro puts an island's
// CSS in the page). This Vite plugin puts a helper that only imports in its place, and fails the build if a lazy
// chunk ever does bring CSS, since that stylesheet would then never load.
// Saves: 728 B gzip of JavaScript on every page, all in the search trigger every page loads (measured 2026-12-07 by
// building without it: a reading page loads 2,013 B instead of 1,285 B).
// Relies on: Vite 8's helper module id "\0vite/preload-helper.js" and its export `__vitePreload(factory, deps)`
// (vite/src/node/plugins/importAnalysisBuild.ts). If either changes, this plugin no longer answers for the helper:
// Vite's own comes back (670 B on every page), tests/unit/byte-tricks.test.ts fails naming this trick, and the static
// gate finds the modulepreload code in the search trigger again.
import type { Plugin } from 'vite';

/** The id Vite gives its helper module (vite/src/node/plugins/importAnalysisBuild.ts). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

export const PLAIN_HELPER = 'export const __vitePreload = (load) => load();';

/** A list of files to preload, as Vite writes it into a chunk, that names a stylesheet. */
const CSS_PRELOAD = /__vite__mapDeps=\([^;]*?\.css["']/;

/** The names of chunks whose lazy imports bring CSS with them. */
export function chunksWithLazyCss(bundle: Record<string, { type: string; code?: string }>): string[] {
  return Object.entries(bundle)
    .filter(([, output]) => output.type === 'chunk' && CSS_PRELOAD.test(output.code ?? ''))
    .map(([name]) => name);
}

export function plainDynamicImports(): Plugin {
  return {
    name: 'plain-dynamic-imports',
    // Before Vite's own plugins, so this module is the one loaded for the helper's id.
    enforce: 'pre',
    // Nothing reads the list of files each lazy import would preload any more, so Vite is told not to write it into
    // every chunk that imports lazily (it keeps stylesheets in it, which writeBundle below refuses). Set here, not in
    // astro.config.mjs: Astro's own build settings (modulePreload: { polyfill: false }) would override it there.
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
    resolveId: (id) => (id === PRELOAD_HELPER_ID ? id : null),
    load: (id) => (id === PRELOAD_HELPER_ID ? PLAIN_HELPER : null),
    writeBundle(_options, bundle) {
      const chunks = chunksWithLazyCss(bundle);
      if (chunks.length > 0) {
        this.error(
          `${chunks.join(', ')}: a lazily imported module brings its own CSS, which src/integrations/plain-dynamic-imports.ts ` +
            'does not load. Import that CSS from the island (Astro then puts it in the page) or remove this plugin.',
        );
      }
    },
  };
}
