// `npm run bench:search`: builds the site, then measures search in headless Chromium against `astro preview`:
// the Pagefind index on disk, the bytes a first search fetches, and the time from typing a query to the first
// rendered result over a fixed list of queries. It prints a table and never fails on time.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/browser.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4399);
const BASE = `http://127.0.0.1:${PORT}`;
const PAGEFIND_DIR = 'dist/pagefind';
// Words and phrases readers of the guide look up; fixed so runs compare.
const QUERIES = [
  'calibration', 'reviewer', 'qualification test', 'Remotasks', 'Appen', 'Mercor', 'Braintrust', 'team lead',
  'project manager', 'feedback', 'quality', 'consistency', 'promotion', 'rubric', 'edge cases', 'pay', 'tier',
  'expertise', 'guidelines', 'demoted',
];

function run(command, args) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`${command} ${args.join(' ')} failed`);
  }
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [{ path, bytes: statSync(path).size }];
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  const line = (row) => `| ${row.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`;
  return [line(rows[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

async function waitForServer(url, timeoutMs = 60_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro preview did not answer on ${url}`);
}

/** In the page: types the query into the open dialog and resolves with ms until the first result (or the no-result message). */
function timeQuery(query) {
  const input = document.querySelector('#search-dialog-input');
  const list = document.querySelector('#search-dialog-results');
  const status = input.closest('dialog').querySelector('[role="status"]');
  input.value = '';
  input.dispatchEvent(new Event('input'));
  return new Promise((resolve) => {
    const start = performance.now();
    const done = () => {
      const options = list.querySelectorAll('[role="option"]').length;
      const pages = list.querySelectorAll('.search-hit:not(.search-hit--section)').length;
      if (options > 0 || status.textContent.startsWith('No results')) {
        observer.disconnect();
        resolve({ ms: performance.now() - start, pages, found: options > 0 });
      }
    };
    const observer = new MutationObserver(done);
    observer.observe(list, { childList: true });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    input.value = query;
    input.dispatchEvent(new Event('input'));
  });
}

console.log('Building the site (astro build && pagefind)…');
run('npm', ['run', 'build']);

const files = filesUnder(PAGEFIND_DIR);
const indexFiles = files.filter(({ path }) => /\/(index|fragment)\/|\.pf_meta$|\/wasm\.[^/]+\.pagefind$/.test(path));
const sum = (list) => list.reduce((total, file) => total + file.bytes, 0);

if (await fetch(BASE).then(() => true, () => false)) throw new Error(`Port ${PORT} is taken; set BENCH_PORT to a free one.`);
const server = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: 'ignore',
});
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  await waitForServer(BASE);
  const page = await browser.newPage();
  await page.goto(`${BASE}/`);
  await page.waitForLoadState('networkidle');

  const measured = [];
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    measured.push(
      request.sizes().then((sizes) =>
        // Chromium reports no body size for a worker's own script; count that file gzipped from disk instead.
        sizes.responseBodySize > 0
          ? { path, bytes: sizes.responseBodySize + sizes.responseHeadersSize }
          : { path: `${path} (gzip size on disk)`, bytes: gzipSync(readFileSync(join('dist', path))).length },
      ),
    );
  });
  await page.getByRole('banner').getByRole('button', { name: /^Search/ }).click();
  const first = await page.evaluate(timeQuery, QUERIES[0]);
  await page.waitForLoadState('networkidle');
  const fetched = await Promise.all(measured);
  const pagefindFetched = fetched.filter(({ path }) => path.startsWith('/pagefind/'));
  const uiFetched = fetched.filter(({ path }) => !path.startsWith('/pagefind/'));

  const timings = [];
  for (const query of QUERIES) timings.push({ query, ...(await page.evaluate(timeQuery, query)) });

  console.log('\nIndex and first search\n');
  console.log(
    table([
      ['Measure', 'Files', 'Bytes', 'Size'],
      ['Index data on disk (index/, fragment/, meta, wasm)', indexFiles.length, sum(indexFiles), kb(sum(indexFiles))],
      ['All of dist/pagefind (incl. unused UI bundles)', files.length, sum(files), kb(sum(files))],
      ['First search: Pagefind files fetched', pagefindFetched.length, sum(pagefindFetched), kb(sum(pagefindFetched))],
      ['First search: site search UI fetched', uiFetched.length, sum(uiFetched), kb(sum(uiFetched))],
      [`First search, cold: typing "${QUERIES[0]}" to first result`, '', '', `${first.ms.toFixed(0)} ms`],
    ]),
  );
  console.log('\nTyping to first rendered result (index warm; includes the 120 ms debounce)\n');
  console.log(
    table([
      ['Query', 'Pages found', 'ms'],
      ...timings.map(({ query, pages, found, ms }) => [query, found ? pages : 'none', ms.toFixed(0)]),
      ['Median of 20', '', median(timings.map(({ ms }) => ms)).toFixed(0)],
    ]),
  );
  console.log('\nFetched on first search (bytes as transferred, gzip from astro preview):');
  for (const { path, bytes } of fetched) console.log(`  ${path}  ${bytes} B`);
} finally {
  await browser.close();
  server.kill();
}
