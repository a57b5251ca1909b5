// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { securityHeaders } from './src/integrations/security-headers.ts';

// The public address the site is deployed at; used for canonical links, Open Graph and the sitemap.
const site = process.env.SITE_URL ?? 'https://annotator-ladder.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    preact(),
    // The search page is noindex (result lists are not content), so it stays out of the sitemap too.
    sitemap({ filter: (page) => new URL(page).pathname !== '/search/' }),
    securityHeaders(),
  ],
  server: { host: 'localhost', port: 4321 },
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
