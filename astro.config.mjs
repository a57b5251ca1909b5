// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { dataCheck } from './src/integrations/data-check.ts';
import { byteTricks } from './src/integrations/byte-tricks/index.ts';
import { interactionDirective } from './src/integrations/interaction-directive/index.ts';

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
    // The search page is noindex (result lists are not content), so it stays out of the sitemap too.
    sitemap({ filter: (page) => new URL(page).pathname !== '/search/' }),
    securityHeaders(),
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
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
