// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { dataCheck } from './src/integrations/data-check.ts';
import { byteTricks } from './src/integrations/byte-tricks/index.ts';
import { interactionDirective } from './src/integrations/interaction-directive/index.ts';
import { serviceWorker } from './src/integrations/service-worker/index.ts';

// The public address the site is deployed at; used for canonical links, Open Graph and the sitemap.
const site = process.env.SITE_URL ?? 'https://annotator-ladder.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [
    // First: bad content stops the build before anything renders, with the file, the entry and the fix; it also adds
    // the glossary links to the guide's Markdown.
    dataCheck(),
    mdx(),
    preact(),
    // `client:interaction`: islands that wake when the reader first reaches into them (the work log's form).
    interactionDirective(),
    // The search and offline pages are noindex (a result list, a notice: not content), so they stay out of the sitemap too.
    sitemap({ filter: (page) => !['/search/', '/offline/'].includes(new URL(page).pathname) }),
    securityHeaders(),
    // Last: the worker precaches every file the build wrote (src/integrations/service-worker/).
    serviceWorker(),
  ],
  server: { host: 'localhost', port: 4321 },
  // Three tricks that take JavaScript off every page (src/integrations/byte-tricks/).
  vite: byteTricks(),
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
