// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinksPlugin } from './src/integrations/glossary-links.ts';
import { dataCheck } from './src/integrations/data-check.ts';
import { plainDynamicImports } from './src/integrations/plain-dynamic-imports.ts';

// The public address the site is deployed at; used for canonical links, Open Graph and the sitemap.
const site = process.env.SITE_URL ?? 'https://annotator-ladder.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // The first use of each glossary term on a guide page links to its definition (content/data/glossary.yaml).
  markdown: { processor: satteri({ hastPlugins: [glossaryLinksPlugin()] }) },
  integrations: [
    // First: bad content stops the build before anything renders, with the file, the entry and the fix.
    dataCheck(),
    mdx(),
    preact(),
    // The search page is noindex (result lists are not content), so it stays out of the sitemap too.
    sitemap({ filter: (page) => new URL(page).pathname !== '/search/' }),
    securityHeaders(),
  ],
  server: { host: 'localhost', port: 4321 },
  vite: {
    // Lazy imports without Vite's preload helper: 670 B less JavaScript on every page.
    plugins: [plainDynamicImports()],
    resolve: {
      // The islands never pass signals as props, so they use a copy of Astro's Preact client without that support.
      alias: { '@astrojs/preact/client.js': fileURLToPath(new URL('./src/scripts/preact-client.ts', import.meta.url)) },
    },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                // Fewer, larger files: each file costs its own gzip overhead, and the tool pages are near their budget.
                groups: [
                  // What every island shares: Preact, its hooks, the client that hydrates it, nanostores, the number
                  // parser and fields, the link state and its hooks. The calculators' other shared parts (the stored
                  // profile, the share controls) are left to the bundler, so the work log, which uses none of them,
                  // does not load them (1.1 KB less there, about 0.5 KB more on the pay estimator and the timeline).
                  {
                    name: 'islands',
                    test: /node_modules[\\/](preact|nanostores)[\\/]|preact-client|src[\\/]lib[\\/](numbers|url-state)\.ts|src[\\/]browser[\\/]address\.ts|NumberField|hooks\.ts|TableScroll/,
                  },
                  // The search trigger, loaded on every page, with what it shares with the search interface (the import helper).
                  { name: 'site-chrome', test: /Search\.astro\?astro&type=script|search-shortcut|preload-helper/ },
                ],
              },
            },
          },
        },
      },
    },
  },
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
