// Issue 25: money in flight. The work log shows, per platform, what is owed, when it should land (from the sourced
// schedules, in the platform's time zone) and what is overdue; payouts are recorded, edited, deleted and undone; bad
// input is refused beside its field; the history of a log kept before payouts can be marked as paid; files carry the
// payouts; a database from before payouts opens with every entry. The reader is in Nairobi on Monday 7 December 2026.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { addEntry, importFile, logEntries, openWorkLog } from '../support/tools';
import { CSV_HEADER } from '../../src/lib/work-log/files';

test.use({ timezoneId: 'Africa/Nairobi' });

const NOW = new Date('2026-12-07T09:00:00Z');
const money = (page: Page) => page.getByRole('region', { name: 'Money owed to you' });
const owedFor = (page: Page, platform: string) => money(page).locator('.owed').filter({ has: page.getByRole('heading', { name: new RegExp(`^${platform}:`) }) });
const payoutForm = (page: Page) => page.getByRole('form', { name: /Record a payout|Edit the payout/ });

async function open(page: Page): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await openWorkLog(page);
}

async function fillPayout(page: Page, values: { platform?: string; receivedOn?: string; amount?: string; coversUpTo?: string }) {
  const form = payoutForm(page);
  if (values.platform !== undefined) await form.getByLabel('Platform', { exact: true }).selectOption(values.platform);
  if (values.receivedOn !== undefined) await form.getByLabel('Received on').fill(values.receivedOn);
  if (values.amount !== undefined) await form.getByLabel('Amount received (USD)').fill(values.amount);
  if (values.coversUpTo !== undefined) await form.getByLabel('Covers work up to').fill(values.coversUpTo);
}

test('what is owed, when it should land, and a payout recorded, edited, deleted and undone', async ({ page }) => {
  await open(page);
  await addEntry(page, { date: '2026-11-13', platform: 'Mercor', earnings: '100', unpaid: '0' });
  await addEntry(page, { date: '2026-12-01', platform: 'Mercor', earnings: '60', unpaid: '0' });

  // Friday 13 November in Nairobi is Mercor's week of 7 to 13 November (India), paid Thursday 19 November; the first
  // payout is held 7 days: 26 November, so overdue since 27 November. 1 December: paid Thursday 10 December.
  const mercor = owedFor(page, 'Mercor');
  await expect(mercor.getByRole('heading')).toHaveText('Mercor: $160.00');
  await expect(mercor).toContainText('Overdue since 27 Nov 2026: expected by 26 Nov 2026 on Mercor');
  await expect(mercor).toContainText('with 7 days added because a first payout is held');
  await expect(mercor).toContainText('Expected by 10 Dec 2026 on Mercor');
  await expect(mercor.getByRole('link', { name: /Mercor's pay schedule/ }).first()).toHaveAttribute('href', '/sources/#mercor-time-tracking');
  await expect(mercor.getByRole('link', { name: /What Mercor says to do about a missing payment/ })).toHaveAttribute('href', '/sources/#mercor-support');
  await expect(money(page)).toContainText('Owed: $160.00, of which $100.00 overdue.');
  await expect(page.getByRole('region', { name: 'Your figures' })).toContainText('Owed to you: $160.00; overdue: $100.00.');
  await expect(logEntries(page).first()).toContainText('Not yet paid');

  // $95 for the 13 November work: the $5 difference is said.
  await mercor.getByRole('button', { name: 'Record a payout from Mercor' }).click();
  await fillPayout(page, { receivedOn: '2026-12-03', amount: '95', coversUpTo: '2026-11-13' });
  await expect(payoutForm(page)).toContainText('It covers 1 entry from 13 Nov 2026, which earned $100.00; $5.00 less arrived.');
  await payoutForm(page).getByRole('button', { name: 'Record the payout' }).click();
  await expect(money(page).getByRole('status')).toHaveText('Payout from Mercor recorded: $95.00 for $100.00 of work, $5.00 less than the work earned.');
  await expect(money(page)).toContainText('Owed: $60.00, none of it overdue.');
  await expect(logEntries(page).filter({ hasText: '13 Nov 2026' })).toContainText('Paid on 3 Dec 2026');
  await expect(page.getByRole('table', { name: 'What your payouts show, by platform' })).toContainText('Mercor20$100.00$95.00$5.00 less');

  // Edited to cover the 1 December work too: nothing is owed.
  await money(page).getByRole('button', { name: /^Edit the payout of 3 Dec 2026, Mercor/ }).click();
  await fillPayout(page, { coversUpTo: '2026-12-01', amount: '155', receivedOn: '2026-12-04' });
  await payoutForm(page).getByRole('button', { name: 'Save the payout' }).click();
  await expect(money(page)).toContainText('Nothing is owed to you');
  await expect(logEntries(page).filter({ hasText: '1 Dec 2026' })).toContainText('Paid on 4 Dec 2026');

  // Deleted: the work reads as owed again; Undo pays it again.
  await money(page).getByRole('button', { name: /^Delete the payout of 4 Dec 2026, Mercor/ }).click();
  await expect(money(page)).toContainText('Owed: $160.00');
  await expect(logEntries(page).first()).toContainText('Not yet paid');
  await money(page).getByRole('button', { name: 'Undo' }).click();
  await expect(money(page)).toContainText('Nothing is owed to you');

  // Kept across a reload.
  await openWorkLog(page);
  await expect(logEntries(page).first()).toContainText('Paid on 4 Dec 2026');
});

test('bad input gets a message beside its field and saves nothing', async ({ page }) => {
  await open(page);
  await addEntry(page, { date: '2026-11-20', platform: 'Mercor', earnings: '60', unpaid: '0' });
  await money(page).getByRole('button', { name: 'Record a payout', exact: true }).click();
  const cases: [Parameters<typeof fillPayout>[1], string, RegExp][] = [
    [{ platform: 'Mercor', receivedOn: '2026-12-08', amount: '60', coversUpTo: '2026-11-20' }, 'Received on', /cannot be dated in the future/],
    [{ receivedOn: '2026-11-19', coversUpTo: '2026-11-20' }, 'Covers work up to', /dated before the work it covers/],
    [{ receivedOn: '2026-12-03', amount: '-5' }, 'Amount received (USD)', /0 or more/],
    [{ amount: 'lots' }, 'Amount received (USD)', /as a number/],
    [{ amount: '60', coversUpTo: '2026-11-19' }, 'Platform', /No unpaid work on Mercor up to that date/],
  ];
  for (const [values, label, message] of cases) {
    await fillPayout(page, values);
    await payoutForm(page).getByRole('button', { name: 'Record the payout' }).click();
    const field = payoutForm(page).getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const errorId = (await field.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-error'))!;
    await expect(page.locator(`[id="${errorId}"]`)).toHaveText(message);
  }
  await expect(money(page).getByRole('heading', { name: 'Payouts you recorded' })).toHaveCount(0);
  await expect(logEntries(page).first()).toContainText('Not yet paid');
});

test('a platform with several methods asks which; one with no sourced pay day takes the reader’s own estimate', async ({ page }) => {
  await open(page);
  await addEntry(page, { date: '2026-11-03', platform: 'Appen', earnings: '3', unpaid: '0' });
  await addEntry(page, { date: '2026-11-20', platform: 'Appen', earnings: '40', unpaid: '0' });
  await addEntry(page, { date: '2026-11-25', platform: 'TELUS International AI', earnings: '30', unpaid: '0' });
  const appen = owedFor(page, 'Appen');
  await expect(appen).toContainText('Choose how Appen pays you, above, to see when.');
  await appen.getByRole('radio', { name: 'Payoneer' }).check();
  // Payoneer pays on the 14th for the month before: November's $43 on 14 December.
  await expect(appen).toContainText('Expected by 14 Dec 2026 on Appen');
  await expect(appen.getByRole('link', { name: /Appen's Payoneer schedule/ })).toHaveAttribute('href', '/sources/#appen-when-paid');
  const telus = owedFor(page, 'TELUS International AI');
  await expect(telus).toContainText('No source we read gives TELUS International AI\'s pay day');
  await telus.getByLabel('I am usually paid this many days after the work on TELUS International AI').fill('45');
  // 25 November + 45 days = 9 January 2027, labelled as the reader's own.
  await expect(telus).toContainText('Expected by 9 Jan 2027 on your own estimate of 45 days after the work.');
  await openWorkLog(page);
  await expect(owedFor(page, 'Appen').getByRole('radio', { name: 'Payoneer' })).toBeChecked();
  await expect(owedFor(page, 'TELUS International AI')).toContainText('on your own estimate of 45 days');
});

test('an old history can be marked as paid once, leaving newer work owed', async ({ page }) => {
  await open(page);
  await addEntry(page, { date: '2026-09-10', platform: 'Mercor', earnings: '80', unpaid: '0' });
  await addEntry(page, { date: '2026-12-02', platform: 'Mercor', earnings: '20', unpaid: '0' });
  await money(page).getByLabel('Mark everything before this date as paid').fill('2026-11-01');
  await money(page).getByRole('button', { name: 'Mark everything before 1 Nov 2026 as paid' }).click();
  await expect(money(page).getByRole('status')).toHaveText('1 entry before that date marked as paid.');
  await expect(logEntries(page).filter({ hasText: '10 Sep 2026' })).toContainText('Marked as paid');
  await expect(owedFor(page, 'Mercor').getByRole('heading')).toHaveText('Mercor: $20.00');
  await expect(money(page).getByLabel('Mark everything before this date as paid')).toHaveCount(0);
  // Settled payouts teach nothing: the figures wait for a real payout.
  await expect(page.getByRole('region', { name: 'Your figures' })).toContainText('Record a payout when money arrives');
});

test('files carry the payouts: a CSV with payout columns imports as paid, and the export writes them', async ({ page }) => {
  await open(page);
  const csv = [
    CSV_HEADER,
    '2026-11-20,Mercor,,1,3,0,,,,,,10,60,,,,2026-12-03,95,2026-11-27,',
    '2026-11-27,Mercor,,1,3,0,,,,,,10,40,,,,2026-12-03,95,2026-11-27,',
    '2026-12-01,Mercor,,1,3,0,,,,,,10,30,,,,,,,',
  ].join('\r\n');
  await importFile(page, 'log.csv', csv);
  await expect(page.getByRole('region', { name: 'Import and export' })).toContainText('The new entries bring 1 payout with them');
  await page.getByRole('button', { name: 'Import 3 entries' }).click();
  await expect(logEntries(page).filter({ hasText: '20 Nov 2026' })).toContainText('Paid on 3 Dec 2026');
  await expect(logEntries(page).filter({ hasText: '1 Dec 2026' })).toContainText('Not yet paid');
  await expect(money(page)).toContainText('$95.00 on 3 Dec 2026');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const text = await (await (await download).createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text).toContain(`${CSV_HEADER}\r\n2026-11-20,Mercor,,1,3,0,,,,,,10,60,,,,2026-12-03,95,2026-11-27,\r\n`);
});

test('a log kept before payouts (database version 1) opens with every entry, as not yet paid', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const request = indexedDB.open('ladder-work-log', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('entries', { keyPath: 'id' }).createIndex('by-date', 'date');
    request.onsuccess = () => {
      const db = request.result;
      const entry = { id: 'old', createdAt: 1, date: '2026-11-30', platform: 'Appen', project: 'Before payouts', level: 1, paidHours: 2, unpaidHours: 0, tasks: 5, earningsUsd: 12, qualityPct: null, rejected: null, notes: '' };
      const tx = db.transaction('entries', 'readwrite');
      tx.objectStore('entries').put(entry);
      tx.oncomplete = () => db.close();
    };
  });
  await open(page);
  await expect(logEntries(page)).toHaveCount(1);
  await expect(logEntries(page).first()).toContainText('Before payouts');
  await expect(logEntries(page).first()).toContainText('Not yet paid');
  expect(await page.evaluate(() => new Promise((resolve) => { const r = indexedDB.open('ladder-work-log'); r.onsuccess = () => { resolve(r.result.version); r.result.close(); }; }))).toBe(2);
});

test('two tabs stay in step: a payout recorded in one is paid in the other', async ({ page, context }) => {
  await open(page);
  await addEntry(page, { date: '2026-11-20', platform: 'Mercor', earnings: '60', unpaid: '0' });
  const other = await context.newPage();
  await open(other);
  await expect(logEntries(other).first()).toContainText('Not yet paid');
  await page.bringToFront();
  await money(page).getByRole('button', { name: 'Record a payout', exact: true }).click();
  await fillPayout(page, { platform: 'Mercor', receivedOn: '2026-12-03', amount: '60', coversUpTo: '2026-11-20' });
  await payoutForm(page).getByRole('button', { name: 'Record the payout' }).click();
  await other.bringToFront();
  await expect(logEntries(other).first()).toContainText('Paid on 3 Dec 2026');
  await expect(money(other)).toContainText('Nothing is owed to you');
});
