// The static server the browser tests use: it serves dist/ as a static host does (gzip, the headers of
// dist/_headers, 404.html for unknown addresses, a redirect to the trailing slash), and the gate fixtures.
// `node tests/support/static-server.ts <port> [root]` runs it for Playwright's webServer.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};
/** Types a host compresses; Pagefind's index files are compressed already. */
const COMPRESSIBLE = /^(text\/|image\/svg|application\/(json|xml|manifest))/;

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Files made in memory, by path; they win over files on disk. */
  generated?: Record<string, string>;
  /** Apply `<root>/_headers` (Netlify / Cloudflare Pages format) to every response, as the host would. */
  headersFile?: boolean;
  /** Port on 127.0.0.1; 0 picks a free one. */
  port?: number;
}

/** Serves `root` (directories answer with their index.html), gzipped when the client accepts it, as hosts do. */
export async function serveStatic(root: string, { generated = {}, headersFile = false, port = 0 }: ServeOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const rules = headersFile ? parseHeadersFile(readFileSync(join(base, '_headers'), 'utf8')) : new Map<string, Map<string, string>>();
  const inside = (path: string) => {
    const file = resolve(base, '.' + path);
    return file === base || file.startsWith(base + sep) ? file : null;
  };

  const server = createServer(async (request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end('bad address');
      return;
    }
    const file = inside(path);
    if (file && !path.endsWith('/') && statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
      const query = new URL(request.url ?? '/', 'http://x').search;
      response.writeHead(301, { location: path + '/' + query }).end();
      return;
    }
    let status = 200;
    let served = path.endsWith('/') ? path + 'index.html' : path;
    let body: string | Buffer | null = generated[path] ?? (file ? await readFile(inside(served)!).catch(() => null) : null);
    if (body === null) {
      status = 404;
      served = '/404.html';
      body = await readFile(join(base, '404.html')).catch(() => 'not found');
    }
    const extension = extname(served);
    const type = TYPES[extension] ?? (extension ? 'application/octet-stream' : 'text/html; charset=utf-8');
    const headers: Record<string, string> = { ...headersFor(rules, path), 'content-type': type };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2]);
  const root = process.argv[3] ?? fileURLToPath(new URL('../../dist/', import.meta.url));
  const { origin } = await serveStatic(root, { headersFile: true, port });
  console.log(`Serving ${root} with its _headers at ${origin}`);
}
