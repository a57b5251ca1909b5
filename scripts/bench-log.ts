// `npm run bench:log`: the work log with years of entries, in headless Chromium against `astro preview` of the build.
// Fills the log with 5,000 generated entries (about five years at three a day) and 300 payouts that paid the older
// ones, then reports the median of several runs of: navigation to the figures shown, navigation to "Money owed to
// you" shown, scripting time for one added entry and for one recorded payout, and importing a 5,000-row CSV.
// It prints the figures against their targets and never fails on time.
import { spawn } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/browser.ts';
import type { Payout } from '../src/lib/work-log/payouts.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4398);
const BASE = `http://127.0.0.1:${PORT}`;
const PATH = '/tools/work-log/';
const ENTRIES = 5000;
const PAYOUTS = 300;
const RUNS = 5;
const PLATFORMS = ['Appen', 'Mercor', 'Braintrust', 'Remotasks'];
// The log's own CSV layout (CSV_HEADER in src/lib/work-log/files.ts, which Node cannot load here without its
// extensionless imports): a change there makes the import refuse these rows, and the bench stops saying so.
const CSV_HEADER =
  'date,platform,project,level,paid_hours,unpaid_hours,unpaid_training,unpaid_tests,unpaid_waiting,unpaid_rework,unpaid_other,tasks,earnings_usd,quality_pct,rejected,notes,paid_on,amount_received_usd,payout_covers_up_to,payout_settled';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function isoDaysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Three entries a day going back from yesterday, 3 hours each (9 a day), so another three a day still fit in 24. */
function generated(count: number, tag: string) {
  return Array.from({ length: count }, (_, index) => ({
    date: isoDaysAgo(1 + Math.floor(index / 3)),
    platform: PLATFORMS[index % PLATFORMS.length]!,
    project: `${tag} ${index % 7}`,
    level: 1 + (index % 3),
    paidHours: 2.5,
    // Unpaid time split by kind on two entries in three (the rest as saved before the kinds: all "other").
    unpaidHours: 0.5,
    unpaidTraining: index % 3 === 0 ? 0 : 0.1,
    unpaidTests: 0,
    unpaidWaiting: index % 3 === 0 ? 0 : 0.3,
    unpaidRework: index % 3 === 0 ? 0 : 0.1,
    unpaidOther: index % 3 === 0 ? 0.5 : 0,
    tasks: 20 + (index % 30),
    earningsUsd: 45.5,
    qualityPct: 85 + (index % 15),
    rejected: index % 4,
    notes: index % 5 === 0 ? `Feedback, "rubric" change ${index}` : '',
  }));
}

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`astro preview did not start on ${BASE}`);
}

/**
 * The log's records as years of use would have left them: each entry with its key, and PAYOUTS payouts that paid the
 * oldest entries, each the next ten entries of one platform (about 3,000 paid, 2,000 still owed).
 */
function seedRecords(entries: ReturnType<typeof generated>) {
  const records = entries.map((entry, index) => ({ ...entry, id: `seed-${index}`, createdAt: index, updatedAt: index, payoutId: null as string | null }));
  const payouts: Payout[] = [];
  const oldestFirst = [...records].reverse();
  for (const platform of PLATFORMS) {
    const mine = oldestFirst.filter((record) => record.platform === platform);
    for (let start = 0; start + 10 <= mine.length && payouts.length < (PAYOUTS * (PLATFORMS.indexOf(platform) + 1)) / PLATFORMS.length; start += 10) {
      const chunk = mine.slice(start, start + 10);
      const id = `payout-${payouts.length}`;
      chunk.forEach((record) => (record.payoutId = id));
      const coversUpTo = chunk.at(-1)!.date;
      payouts.push({ id, platform, receivedOn: coversUpTo, amountUsd: 450, coversUpTo, createdAt: payouts.length, updatedAt: payouts.length, settled: false, local: null });
    }
  }
  return { entries: records, payouts };
}

/** Writes the records straight into the log's IndexedDB stores. */
async function seed(page: Page, entries: ReturnType<typeof generated>): Promise<void> {
  await page.evaluate(
    ({ entries: records, payouts }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('ladder-work-log');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          if (!request.result.objectStoreNames.contains('payouts')) return reject(new Error('the page has not created the log yet'));
          const tx = request.result.transaction(['entries', 'payouts'], 'readwrite');
          tx.objectStore('entries').clear();
          tx.objectStore('payouts').clear();
          records.forEach((record) => tx.objectStore('entries').put(record));
          payouts.forEach((payout) => tx.objectStore('payouts').put(payout));
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    seedRecords(entries),
  );
}

/** Load to a part's first render with the stored records, the part scrolled to as a reader following a link would. */
async function shownAfterLoad(page: Page, fragment: string, mark: string): Promise<number> {
  // A fresh load each run (going to the same address with a #fragment would only scroll).
  await page.goto('about:blank');
  await page.goto(`${PATH}#${fragment}`);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark);
  return page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
}

/** Scripting time from pressing "Record the payout" to its notice and the next frame: the entries it pays are marked. */
async function scriptingForOnePayout(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const money = page.getByRole('region', { name: 'Money owed to you' });
  await money.getByRole('button', { name: 'Record a payout', exact: true }).click();
  const form = page.getByRole('form', { name: 'Record a payout' });
  await form.getByLabel('Platform', { exact: true }).selectOption('Mercor');
  await form.getByLabel('Amount received (USD)').fill('100');
  await form.getByLabel('Covers work up to').fill(isoDaysAgo(1));
  const scripting = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'ScriptDuration')!.value * 1000;
  };
  const before = await scripting();
  await form.getByRole('button', { name: 'Record the payout' }).click();
  await money.getByRole('status').filter({ hasText: 'recorded' }).waitFor();
  await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
  const spent = (await scripting()) - before;
  await session.detach();
  return spent;
}

/** The form wakes when the reader first reaches into it (`client:interaction`). */
async function wakeForm(page: Page): Promise<void> {
  await page.locator('.work-log__week[data-ready]').waitFor();
  await page.getByRole('form', { name: 'Add an entry' }).getByLabel('Date', { exact: true }).focus();
  await page.locator('form.work-log__form[data-ready]').waitFor();
}

async function scriptingForOneEntry(page: Page, day: number): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const form = page.getByRole('form', { name: 'Add an entry' });
  await form.getByLabel('Date', { exact: true }).fill(isoDaysAgo(day));
  await form.getByLabel('Platform', { exact: true }).selectOption('Appen');
  await form.getByLabel('Paid hours', { exact: true }).fill('1');
  await form.getByLabel('Earnings (USD)', { exact: true }).fill('10');
  if (!(await form.locator('details.work-log__more').evaluate((details) => (details as HTMLDetailsElement).open))) await form.getByText('More details').click();
  await form.getByLabel('Tasks', { exact: true }).fill('5');
  const scripting = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'ScriptDuration')!.value * 1000;
  };
  const before = await scripting();
  await form.getByRole('button', { name: 'Add entry' }).click();
  await form.getByRole('status').filter({ hasText: 'added' }).waitFor();
  await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
  const spent = (await scripting()) - before;
  await session.detach();
  return spent;
}

/**
 * Times an import in the page itself, as the reader waits for it: from choosing the file to the preview, and from
 * pressing "Import" to the saved notice (the reader's own pause before pressing is not the page's time). Also returns
 * the wall time as this script sees it, which adds Playwright's round trips and polling.
 */
async function importCsv(page: Page, csv: string): Promise<{ preview: number; save: number; wall: number }> {
  await page.getByRole('heading', { name: 'Import and export' }).scrollIntoViewIfNeeded();
  // The input is in the server's HTML: wait until its island has hydrated, or the chosen file would go unread.
  await page.locator('astro-island:not([ssr]) #log-import').waitFor();
  await page.evaluate(() => {
    const times: Record<string, number> = {};
    (window as unknown as { importTimes: Record<string, number> }).importTimes = times;
    const confirmButton = () => [...document.querySelectorAll('.work-log__files button')].find((b) => b.textContent?.startsWith('Import 5,000'));
    document.querySelector('#log-import')!.addEventListener('change', () => (times.chosen = performance.now()), { capture: true });
    document.addEventListener('click', (event) => {
      if (confirmButton() && event.target === confirmButton()) times.confirmed = performance.now();
    }, { capture: true });
    const status = document.querySelector('.work-log__files .work-log__status')!;
    new MutationObserver(() => {
      if (times.previewed === undefined && confirmButton()) times.previewed = performance.now();
      if (times.saved === undefined && status.textContent?.includes('5,000 entries imported.')) times.saved = performance.now();
    }).observe(document.querySelector('.work-log__files')!, { subtree: true, childList: true, characterData: true });
  });
  const started = Date.now();
  await page.getByLabel('Import a file').setInputFiles({ name: 'bench.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const confirm = page.getByRole('button', { name: /^Import 5,000 entries$/ });
  await confirm.waitFor();
  await confirm.click();
  await page.getByText('5,000 entries imported.').waitFor();
  const wall = Date.now() - started;
  const times = await page.evaluate(() => (window as unknown as { importTimes: Record<string, number> }).importTimes);
  return { preview: times.previewed! - times.chosen!, save: times.saved! - times.confirmed!, wall };
}

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore', detached: true });
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const page = await (await browser.newContext({ baseURL: BASE, viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(PATH);
  // Scrolling the entries into view opens the log, so the page itself creates (or migrates) the database.
  await page.getByRole('heading', { level: 2, name: 'Entries' }).scrollIntoViewIfNeeded();
  await page.locator('.work-log__entries[data-ready]').waitFor();
  const seeded = generated(ENTRIES, 'Seed');
  await seed(page, seeded);

  const shown: number[] = [];
  for (let run = 0; run < RUNS; run += 1) shown.push(await shownAfterLoad(page, 'log-figures-heading', 'work-log:figures-shown'));
  const owedShown: number[] = [];
  for (let run = 0; run < RUNS; run += 1) owedShown.push(await shownAfterLoad(page, 'log-money-heading', 'work-log:money-shown'));

  // Warm-up: the first save loads the validator and the log's store. The list and the figures are on the page too
  // (scrolled past once, so hydrated): an added entry redraws them, as it would for a reader who has looked at them.
  await page.goto(PATH);
  await wakeForm(page);
  for (const heading of ['Entries', 'Money owed to you', 'Your figures', 'Import and export']) {
    await page.getByRole('heading', { level: 2, name: heading }).scrollIntoViewIfNeeded();
  }
  await page.locator('.work-log__figures[data-ready]').waitFor();
  await scriptingForOneEntry(page, 0);
  const adds: number[] = [];
  for (let run = 0; run < RUNS; run += 1) adds.push(await scriptingForOneEntry(page, 0));
  // Each run pays Mercor's work still owed up to yesterday; the next run's reseeds it first.
  const payoutsRecorded: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await seed(page, seeded);
    await page.goto(PATH);
    await page.locator('.work-log__week[data-ready]').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Money owed to you' }).scrollIntoViewIfNeeded();
    await page.locator('.work-log__money[data-ready]').waitFor();
    payoutsRecorded.push(await scriptingForOnePayout(page));
  }

  const rows = generated(ENTRIES, 'Imported').map((entry) =>
    [
      entry.date, entry.platform, entry.project, entry.level, entry.paidHours, entry.unpaidHours,
      entry.unpaidTraining, entry.unpaidTests, entry.unpaidWaiting, entry.unpaidRework, entry.unpaidOther,
      entry.tasks, entry.earningsUsd, entry.qualityPct, entry.rejected, `"${entry.notes.replace(/"/g, '""')}"`, '', '', '', '',
    ].join(','),
  );
  const csv = [CSV_HEADER, ...rows].join('\r\n');
  const imports: { preview: number; save: number; wall: number }[] = [];
  for (let run = 0; run < 3; run += 1) {
    await seed(page, seeded);
    await page.goto(PATH);
    await page.locator('.work-log__week[data-ready]').waitFor();
    imports.push(await importCsv(page, csv));
  }
  await browser.close();

  const table = [
    ['measure', 'median', 'target', 'verdict'],
    ['navigation → figures shown (5,000 entries, 300 payouts)', median(shown), 300],
    ['navigation → "Money owed to you" shown', median(owedShown), 300],
    ['scripting time for one added entry', median(adds), 50],
    ['scripting time for one recorded payout', median(payoutsRecorded), 50],
    ['import a 5,000-row CSV: file chosen → preview', median(imports.map((i) => i.preview)), null],
    ['import a 5,000-row CSV: "Import" pressed → saved', median(imports.map((i) => i.save)), null],
    ['import a 5,000-row CSV: the page\'s time (the two above)', median(imports.map((i) => i.preview + i.save)), 1000],
    ['import a 5,000-row CSV: wall time seen by the script', median(imports.map((i) => i.wall)), null],
  ].map((row, index) => {
    if (index === 0) return row as string[];
    const [name, value, target] = row as [string, number, number | null];
    return [name, `${value.toFixed(0)} ms`, target === null ? '' : `${target} ms`, target === null ? '' : value <= target ? 'within' : 'OVER'];
  });
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  console.log(`Work log benchmark: ${ENTRIES.toLocaleString('en-US')} entries and ${PAYOUTS} payouts, median of ${RUNS} runs (imports: 3), headless Chromium\n`);
  for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
} finally {
  if (server.pid) process.kill(-server.pid);
}
