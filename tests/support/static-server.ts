// A minimal static file server on loopback, for running the gates against the fixture pages in tests/fixtures.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Files made in memory, by path; they win over files on disk. */
  generated?: Record<string, string>;
  /** Headers added to every response (e.g. those of dist/_headers). */
  headers?: Record<string, string>;
}

/** Serves `root` (directories answer with their index.html), gzipped when the client accepts it, as hosts do. */
export async function serveStatic(root: string, { generated = {}, headers = {} }: ServeOptions = {}): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const body = generated[path] ?? (await readFile(join(root, normalize(path.endsWith('/') ? path + 'index.html' : path))).catch(() => null));
    if (body === null) {
      response.writeHead(404).end('not found');
      return;
    }
    const extension = extname(path);
    const type = TYPES[extension] ?? (extension ? 'application/octet-stream' : 'text/html; charset=utf-8');
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'])) && !type.startsWith('font/')) {
      response.writeHead(200, { ...headers, 'content-type': type, 'content-encoding': 'gzip' }).end(gzipSync(body));
    } else {
      response.writeHead(200, { ...headers, 'content-type': type }).end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
