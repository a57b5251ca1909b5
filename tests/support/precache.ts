// What the service worker downloads in the background on a first visit: the files its precache list names
// (dist/sw.js, written by src/integrations/service-worker/), counted gzipped as the host serves them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The site paths dist/sw.js precaches, as Workbox writes them into it ({url:"…",revision:…}). */
export function precachedPaths(distDir: string): string[] {
  const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
  return [...worker.matchAll(/\burl:"([^"]+)"/g)].map((match) => match[1]!);
}

/** Files and bytes (raw and gzipped) of the precache. */
export function precacheSize(distDir: string): { files: number; raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  const paths = precachedPaths(distDir);
  for (const path of paths) {
    const bytes = readFileSync(join(distDir, path));
    raw += bytes.length;
    gzip += /\.png$/.test(path) ? bytes.length : gzipSync(bytes, { level: 9 }).length;
  }
  return { files: paths.length, raw, gzip };
}
