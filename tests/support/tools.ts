// Opening each tool as a reader would and waiting until it has taken over from the server's HTML, and the work log's
// entry form: the e2e specs share these, so a change to a tool's markup is mended in one place.
import { expect, type Page } from '@playwright/test';

// Hydration can take several seconds when the machine is busy running other suites.
export const HYDRATION_TIMEOUT = 20_000;

export const TOOL_PATHS = {
  pay: '/tools/pay-estimator/',
  timeline: '/tools/promotion-timeline/',
  readiness: '/tools/readiness/',
  workLog: '/tools/work-log/',
} as const;

/** The pay estimator, once its stored and linked values have been read. */
export async function openPay(page: Page, query = ''): Promise<void> {
  await page.bringToFront();
  await page.goto(`${TOOL_PATHS.pay}${query}`);
  await expect(page.locator('.pay-estimator[data-ready]')).toHaveCount(1, { timeout: HYDRATION_TIMEOUT });
}

/** The promotion timeline, once it has today's date (it knows it only once mounted). */
export async function openTimeline(page: Page, query = ''): Promise<void> {
  await page.bringToFront();
  await page.goto(`${TOOL_PATHS.timeline}${query}`);
  await expect(page.getByLabel('Start date')).not.toHaveValue('', { timeout: HYDRATION_TIMEOUT });
}

/** The readiness check, once its stored figures and the address have been read. */
export async function openReadiness(page: Page, query = ''): Promise<void> {
  await page.bringToFront();
  await page.goto(`${TOOL_PATHS.readiness}${query}`);
  await page.locator('.readiness[data-ready]').waitFor({ state: 'attached', timeout: HYDRATION_TIMEOUT });
}

/** The work log's form wakes when the reader first reaches into it (`client:interaction`): a tap on its date. */
export async function wakeEntryForm(page: Page): Promise<void> {
  const form = page.getByRole('form', { name: /Add an entry|Edit the entry/ });
  if ((await form.getAttribute('data-ready')) !== null) return;
  await form.getByLabel('Date', { exact: true }).focus();
  await page.locator('form.work-log__form[data-ready]').waitFor({ state: 'attached', timeout: HYDRATION_TIMEOUT });
}

/** Opens the work log and scrolls through it, so every part has hydrated (each loads as it comes into view). */
export async function openWorkLog(page: Page, path: string = TOOL_PATHS.workLog): Promise<void> {
  // A page in the background gets no animation frames, so its islands would wait to come into view.
  await page.bringToFront();
  await page.goto(path);
  await page.locator('.work-log__week[data-ready]').waitFor({ state: 'attached', timeout: HYDRATION_TIMEOUT });
  await wakeEntryForm(page);
  // One part at a time: a part that hydrates grows, and could push the next out of view before it was seen.
  const parts = [
    ['Entries', '.work-log__entries'],
    ['Money owed to you', '.work-log__money'],
    ['Your figures', '.work-log__figures'],
    ['Import and export', '.work-log__files'],
  ] as const;
  for (const [heading, part] of parts) {
    await page.getByRole('heading', { level: 2, name: heading }).scrollIntoViewIfNeeded();
    await page.locator(`${part}[data-ready]`).waitFor({ state: 'attached', timeout: HYDRATION_TIMEOUT });
  }
}

/** The reader's local date `days` days ago, "YYYY-MM-DD", as the page computes "today". */
export function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** One day's work as typed into the work log's form; anything left out takes a plain default. */
export interface EntryInput {
  date?: string;
  platform?: string;
  project?: string;
  paid?: string;
  unpaid?: string;
  tasks?: string;
  earnings?: string;
  quality?: string;
  rejected?: string;
  notes?: string;
}

export async function fillEntry(page: Page, input: EntryInput): Promise<void> {
  await wakeEntryForm(page);
  const form = page.getByRole('form', { name: /Add an entry|Edit the entry/ });
  // A quick entry shows date, platform, paid hours and earnings; the rest are behind "More details".
  const more = form.locator('details.work-log__more');
  if (!(await more.evaluate((details) => (details as HTMLDetailsElement).open))) await more.locator('summary').click();
  if (input.date) await form.getByLabel('Date', { exact: true }).fill(input.date);
  await form.getByLabel('Platform', { exact: true }).selectOption(input.platform ?? 'Appen');
  if (input.project !== undefined) await form.getByLabel('Project', { exact: true }).fill(input.project);
  await form.getByLabel('Paid hours', { exact: true }).fill(input.paid ?? '3');
  await form.getByLabel('Unpaid hours', { exact: true }).fill(input.unpaid ?? '1');
  await form.getByLabel('Tasks', { exact: true }).fill(input.tasks ?? '40');
  await form.getByLabel('Earnings (USD)', { exact: true }).fill(input.earnings ?? '60');
  if (input.quality !== undefined) await form.getByLabel('Quality score (%)', { exact: true }).fill(input.quality);
  if (input.rejected !== undefined) await form.getByLabel('Tasks rejected', { exact: true }).fill(input.rejected);
  if (input.notes !== undefined) await form.getByLabel('Notes', { exact: true }).fill(input.notes);
}

/** Adds an entry and waits for this date's message, not an earlier save's. */
export async function addEntry(page: Page, input: EntryInput): Promise<void> {
  await fillEntry(page, input);
  await page.getByRole('button', { name: 'Add entry' }).click();
  await expect(page.getByRole('form', { name: 'Add an entry' }).getByRole('status')).toContainText(input.date ? `Entry for ${input.date} added.` : 'added');
}

/** The work log's entries as listed, newest first. */
export const logEntries = (page: Page) => page.locator('.log-entry:not(.payout-entry)');

/** Chooses a file in the work log's "Import a file" field, as a reader picking one would. */
export async function importFile(page: Page, name: string, body: string | Buffer, mimeType = 'text/csv'): Promise<void> {
  await page.getByLabel('Import a file').setInputFiles({ name, mimeType, buffer: Buffer.isBuffer(body) ? body : Buffer.from(body) });
}
