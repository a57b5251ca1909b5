// The service worker that makes the site work offline after one visit, generated after each build by Workbox's
// `generateSW` (workbox-build). Not through the Vite PWA plugin: its Astro integration (@vite-pwa/astro 1.2) supports
// Astro up to 5, and this site is on Astro 7; the Astro hook below is all the plugin would have done here.
// - Precached: every page's HTML, the CSS, the JavaScript, the manifest, the icons and the other small files; a page's
//   address with a query (a tool's link) is found under the page itself.
// - Pagefind's index is not precached: it is kept the first time a search runs, and matched without the query string
//   (Pagefind asks for its entry file with a changing `?ts=`), fresh from the network whenever there is one.
// - A page not kept, asked for while offline, gets /offline/; online, the network answers as it would (404s too).
// - A new worker waits until the reader chooses "Reload" (src/browser/service-worker.ts), which sends SKIP_WAITING.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

export const SERVICE_WORKER_FILE = 'sw.js';
export const OFFLINE_PAGE = '/offline/index.html';

/** Writes `sw.js` into a built site; returns what it precaches (files, bytes before compression). */
export async function writeServiceWorker(root: string): Promise<{ count: number; size: number; warnings: string[] }> {
  return generateSW({
    globDirectory: root,
    globPatterns: ['**/*.{html,css,js,webmanifest,png,svg}'],
    globIgnores: ['pagefind/**', SERVICE_WORKER_FILE, '_headers'],
    swDest: join(root, SERVICE_WORKER_FILE),
    // One file, no workbox-*.js beside it: nothing else to serve, cache or allow.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    directoryIndex: 'index.html',
    // A tool's address carries its figures (?level=3&rate=20): every query finds the page itself.
    ignoreURLParametersMatching: [/.*/],
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        urlPattern: ({ url }) => url.pathname.startsWith('/pagefind/'),
        handler: 'NetworkFirst',
        options: { cacheName: 'search-index', matchOptions: { ignoreSearch: true } },
      },
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: OFFLINE_PAGE } },
      },
    ],
  });
}

export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`${SERVICE_WORKER_FILE} written: ${count} files precached (${Math.round(size / 1024)} KB before compression)`);
      },
    },
  };
}
