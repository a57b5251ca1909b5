import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { realContent } from '../support/content';
import { CSV_HEADER } from '../../src/lib/work-log/files';
import { addEntry, daysAgo, fillEntry, importFile, logEntries as entries, openWorkLog as open, type EntryInput } from '../support/tools';
import { budgetFor, budgetProblems, measurePageLoad } from '../support/page-weight';

const PATH = '/tools/work-log/';
// Files written before payouts (this header alone) still import; the log's own exports add the payout columns.
const HEADER = 'date,platform,project,level,paid_hours,unpaid_hours,tasks,earnings_usd,quality_pct,rejected,notes';

test.describe('work log', () => {
  test('the form has the labelled fields, today by default, platforms from the data plus Other, and every level', async ({ page }) => {
    await open(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Work log' })).toBeVisible();
    const form = page.getByRole('form', { name: 'Add an entry' });
    await expect(form.getByLabel('Date', { exact: true })).toHaveValue(daysAgo(0));
    const platforms = await form.getByLabel('Platform', { exact: true }).locator('option').allTextContents();
    const fromData = realContent().platforms.map((p) => p.name);
    expect(fromData.slice(0, 4)).toEqual(['Appen', 'Mercor', 'Braintrust', 'Remotasks']);
    expect(platforms).toEqual(['Choose a platform', ...fromData, 'Other']);
    // A quick entry: the four fields a day needs; the rest wait behind "More details".
    for (const label of ['Paid hours', 'Earnings (USD)']) await expect(form.getByLabel(label, { exact: true })).toBeVisible();
    await expect(form.getByLabel('Project', { exact: true })).toHaveCount(0);
    await form.getByText('More details').click();
    await expect(form.getByLabel('Level').locator('option')).toHaveCount(realContent().levels.length);
    for (const label of ['Project', 'Unpaid hours', 'Tasks', 'Quality score (%)', 'Tasks rejected', 'Notes']) {
      await expect(form.getByLabel(label, { exact: true })).toBeVisible();
    }
    // The unpaid hours split by kind, behind their own disclosure.
    await expect(form.getByLabel('Waiting for tasks', { exact: true })).toBeHidden();
    await form.getByText(/^Split the unpaid hours by kind/).click();
    for (const label of ['Training and onboarding', 'Qualification tests', 'Waiting for tasks', 'Rework', 'Other unpaid']) {
      await expect(form.getByLabel(label, { exact: true })).toBeVisible();
    }
    await expect(page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Work log' })).toHaveAttribute('aria-current', 'page');
  });

  test('adds entries newest first, keeps them in IndexedDB, asks to keep the data and measures the figures', async ({ page }) => {
    await open(page);
    await addEntry(page, { date: daysAgo(2), quality: '90', rejected: '4', notes: '<b>bold?</b> <img src=x onerror=alert(1)>' });
    // The browser answers the request to keep the data, and the page says what it answered.
    await expect(page.getByRole('form', { name: 'Add an entry' }).getByRole('status')).toContainText(/Your browser (agreed|did not promise|already keeps)/);
    await addEntry(page, { date: daysAgo(0), platform: 'Mercor', paid: '2', unpaid: '0', tasks: '10', earnings: '50' });
    await expect(entries(page)).toHaveCount(2);
    await expect(entries(page).first()).toContainText('Mercor');
    // Notes are text: the markup shows as typed and no element was made from it.
    await expect(entries(page).nth(1).locator('.log-entry__notes')).toHaveText('<b>bold?</b> <img src=x onerror=alert(1)>');
    await expect(entries(page).nth(1).locator('b, img')).toHaveCount(0);

    const figures = page.getByRole('region', { name: 'Your figures' });
    await expect(figures).toContainText('Active on 2 of the last 30 days');
    // 4 rejected of 40 tasks (the Mercor entry records no rejections).
    await expect(figures).toContainText('10% of tasks rejected: 4 of 40');
    // ($60 + $50) ÷ (3 + 1 + 2) hours = $18.33.
    await expect(figures).toContainText('Earnings ÷ (paid + unpaid hours): $18.33 an hour');
    await expect(figures.getByRole('table', { name: 'Effective hourly rate on each platform' })).toContainText('$25.00');
    await figures.getByRole('heading', { name: 'Quality score' }).scrollIntoViewIfNeeded();
    await expect(figures.getByRole('img', { name: /Paid and unpaid hours in each of the last 12 weeks/ })).toBeVisible();

    await open(page);
    await expect(entries(page)).toHaveCount(2);
  });

  test('bad input gets a message beside the field and nothing is saved', async ({ page }) => {
    await open(page);
    await addEntry(page, { date: daysAgo(1), paid: '20', unpaid: '2' });
    const form = page.getByRole('form', { name: 'Add an entry' });
    const cases: [EntryInput, string, RegExp][] = [
      [{ date: daysAgo(-1) }, 'Date', /cannot be in the future/],
      [{ date: '1999-12-31' }, 'Date', /starts in the year 2000/],
      [{ date: daysAgo(1), paid: '2', unpaid: '0.5' }, 'Paid hours', /would come to 24\.5 across its entries/],
      [{ paid: '-2' }, 'Paid hours', /cannot be negative/],
      [{ quality: '101' }, 'Quality score (%)', /cannot be more than 100/],
      [{ tasks: '10', rejected: '11' }, 'Tasks rejected', /cannot be more than the tasks completed/],
      [{ tasks: '2.5' }, 'Tasks', /must be a whole number/],
      [{ notes: 'x'.repeat(2001) }, 'Notes', /at most 2,000 characters/],
    ];
    for (const [input, label, message] of cases) {
      await fillEntry(page, { date: daysAgo(0), quality: '', rejected: '', notes: '', ...input });
      await page.getByRole('button', { name: 'Add entry' }).click();
      const field = form.getByLabel(label, { exact: true });
      await expect(field, label).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(message);
    }
    await expect(entries(page)).toHaveCount(1);
  });

  test('edit, delete and undo until the next action; delete all asks first', async ({ page }) => {
    await open(page);
    await addEntry(page, { date: daysAgo(3), tasks: '5' });
    await addEntry(page, { date: daysAgo(1), tasks: '7' });
    // The list shows a new entry just after the form says it was added: wait for it before picking the newest.
    await expect(entries(page)).toHaveCount(2);
    await entries(page).first().getByRole('button', { name: /^Edit/ }).click();
    const editForm = page.getByRole('form', { name: `Edit the entry for ${daysAgo(1)}` });
    await editForm.getByLabel('Tasks', { exact: true }).fill('8');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(entries(page).first()).toContainText('8 tasks');
    await expect(entries(page)).toHaveCount(2);

    await entries(page).first().getByRole('button', { name: /^Delete/ }).click();
    await expect(entries(page)).toHaveCount(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(entries(page)).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);

    // Undo lasts only until the next action.
    await entries(page).first().getByRole('button', { name: /^Delete/ }).click();
    await addEntry(page, { date: daysAgo(5) });
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    await expect(entries(page)).toHaveCount(2);

    await page.getByRole('button', { name: 'Delete all entries' }).click();
    await expect(entries(page)).toHaveCount(2);
    await page.getByRole('button', { name: 'Keep my entries' }).click();
    await expect(entries(page)).toHaveCount(2);
    await page.getByRole('button', { name: 'Delete all entries' }).click();
    await page.getByRole('button', { name: 'Yes, delete all entries' }).click();
    await expect(entries(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(entries(page)).toHaveCount(2);
  });

  test('a part that hydrates after the log has opened still shows it as read', async ({ page }) => {
    // Short window, and the figures brought to the top first: they hydrate and open the log while the entries above
    // are out of view, so the entries hydrate later against a log that is already open.
    await page.setViewportSize({ width: 1280, height: 300 });
    await page.goto(PATH);
    await page.locator('.work-log__week[data-ready]').waitFor({ state: 'attached' });
    await page.getByRole('heading', { level: 2, name: 'Your figures' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.locator('.work-log__figures[data-ready]').waitFor({ state: 'attached' });
    await page.getByRole('heading', { level: 2, name: 'Entries' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await expect(page.locator('.work-log__entries')).toHaveAttribute('data-ready', '');
    await expect(page.locator('.work-log__entries')).toContainText('No entries yet');
  });

  test('two tabs show the same entries after either saves', async ({ page, context }) => {
    await open(page);
    const other = await context.newPage();
    await open(other);
    await addEntry(page, { date: daysAgo(0), project: 'From tab one' });
    await expect(entries(other)).toContainText(['From tab one']);
    await addEntry(other, { date: daysAgo(1), project: 'From tab two' });
    await expect(entries(page)).toHaveCount(2);
    await expect(entries(page).nth(1)).toContainText('From tab two');
  });

  test('where indexedDB.open is refused, the log lives in the tab: it survives the site’s links, Back and a reload', async ({ page }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    await open(page);
    await expect(page.getByRole('alert')).toContainText('your entries are kept only while this tab is open: they stay as you move around the site');
    await expect(page.getByRole('alert')).toContainText('a private window does this');
    await addEntry(page, { date: daysAgo(2), tasks: '5' });
    await expect(page.getByRole('form', { name: 'Add an entry' }).getByRole('status')).toContainText('only while this tab is open');
    await addEntry(page, { date: daysAgo(0), platform: 'Mercor', tasks: '7', earnings: '20' });
    await expect(entries(page)).toHaveCount(2);

    await entries(page).first().getByRole('button', { name: /^Edit/ }).click();
    await page.getByRole('form', { name: `Edit the entry for ${daysAgo(0)}` }).getByLabel('Tasks', { exact: true }).fill('8');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(entries(page).first()).toContainText('8 tasks');
    await entries(page).first().getByRole('button', { name: /^Delete/ }).click();
    await expect(entries(page)).toHaveCount(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(entries(page)).toHaveCount(2);

    const figures = page.getByRole('region', { name: 'Your figures' });
    await expect(figures).toContainText('Active on 2 of the last 30 days');
    // ($60 + $20) ÷ (3 + 1 + 3 + 1) hours = $10.00.
    await expect(figures).toContainText('Earnings ÷ (paid + unpaid hours): $10.00 an hour');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv).toBe(`\uFEFF${CSV_HEADER}\r\n${daysAgo(2)},Appen,,1,3,1,,,,,,5,60,,,,,,,\r\n${daysAgo(0)},Mercor,,1,3,1,,,,,,8,20,,,,,,,\r\n`);

    // A link inside the site, then the timeline's "Use my logged hours" finds the tab's entries; Back and a reload keep them.
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Timeline' }).click();
    await page.getByRole('button', { name: 'Use my logged hours' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Hours filled from your work log' })).toBeVisible();
    await page.goBack();
    await open(page);
    await expect(entries(page)).toHaveCount(2);
    await page.reload();
    await open(page);
    await expect(entries(page)).toHaveCount(2);
  });

  test('where all storage is refused, the log says it lasts until the page is left, and the browser asks first', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        },
      });
      Object.defineProperty(window, 'sessionStorage', {
        get() {
          throw new DOMException('The user denied permission to access storage.', 'SecurityError');
        },
      });
    });
    await open(page);
    await expect(page.getByRole('alert')).toContainText('your entries last only until you leave or reload this page');
    await addEntry(page, { date: daysAgo(0) });
    await expect(entries(page)).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Your figures' })).toContainText('Active on 1 of the last 30 days');
    // Leaving with entries only in memory: the browser asks first ("Leave site?").
    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))));
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Guide' }).click({ noWaitAfter: true });
    expect(await asked).toBe('beforeunload');
    await expect(entries(page)).toHaveCount(1);
  });

  test('exports CSV and a backup, and importing them back finds every entry already there', async ({ page }) => {
    await open(page);
    await addEntry(page, { date: daysAgo(1), project: '=cmd()', notes: 'said "hi", left\nearly' });
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
    // A byte-order mark first, so Excel opens accents and emoji as written.
    expect(csv).toBe(`\uFEFF${CSV_HEADER}\r\n${daysAgo(1)},Appen,'=cmd(),1,3,1,,,,,,40,60,,,"said ""hi"", left\nearly",,,,\r\n`);

    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export backup (JSON)' }).click();
    const backup = JSON.parse(readFileSync((await (await jsonDownload).path())!, 'utf8'));
    // Version 3 carries the reader's settings (issue 26).
    expect(backup).toMatchObject({ format: 'ladder-work-log', schemaVersion: 3, payouts: [], settings: { weekStart: 'Monday', goal: null } });
    expect(backup.entries).toHaveLength(1);

    await importFile(page, 'log.csv', csv);
    await expect(page.getByRole('region', { name: 'Import preview' })).toContainText('0 new entries, 1 already in the log, 0 rows with errors.');
    await page.getByRole('button', { name: 'Close' }).click();
    await importFile(page, 'backup.json', JSON.stringify(backup), 'application/json');
    await expect(page.getByRole('region', { name: 'Import preview' })).toContainText('0 new entries, 1 already in the log');
    await expect(entries(page)).toHaveCount(1);
  });

  test('an import previews, writes nothing until confirmed, and lists rows with errors', async ({ page }) => {
    await open(page);
    const rows = Array.from({ length: 45 }, (_, i) => `${daysAgo(i + 1)},Remotasks,P${i},1,2,0,10,20,95,0,`);
    await importFile(page, 'many.csv', [HEADER, ...rows, `${daysAgo(-3)},Appen,,1,2,0,1,1,,,`].join('\n'));
    const preview = page.getByRole('region', { name: 'Import preview' });
    await expect(preview).toContainText('45 new entries, 0 already in the log, 1 row with errors.');
    await expect(preview).toContainText('Row 47: Date: The date cannot be in the future.');
    await expect(page.getByRole('button', { name: /^Import \d+ entries/ })).toHaveCount(0);
    await expect(entries(page)).toHaveCount(0);

    await importFile(page, 'many.csv', [HEADER, ...rows].join('\n'));
    await expect(preview).toContainText('45 new entries, 0 already in the log, 0 rows with errors.');
    await expect(entries(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Import 45 entries' }).click();
    await expect(page.getByText('45 entries imported.')).toBeVisible();
    // The list shows the latest 20, with "Show more" for the rest.
    await expect(entries(page)).toHaveCount(20);
    await expect(entries(page).first()).toContainText('P0');
    await page.getByRole('button', { name: /^Show more/ }).click();
    await expect(entries(page)).toHaveCount(40);
  });

  test('wrong headers, wrong types, hostile and oversized files get a clear message and change nothing', async ({ page }) => {
    await open(page);
    await addEntry(page, { date: daysAgo(0) });
    const error = page.locator('#log-import-error');
    await importFile(page, 'wrong.csv', 'when,where\n2026-01-01,Appen\n');
    await expect(error).toContainText('The first row must be the header date,platform');
    await expect(error).toContainText('Nothing was changed.');
    await importFile(page, 'photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'image/png');
    await expect(error).toContainText('The file is not text');
    await importFile(page, 'evil.json', '{"format":"ladder-work-log","schemaVersion":1,"entries":[],"__proto__":{"polluted":1}}', 'application/json');
    await expect(error).toContainText('unexpected field "__proto__"');
    // A file larger than a backup of the fullest log can be is refused on its size, before it is read.
    await page.locator('#log-import').evaluate((input: HTMLInputElement) => {
      const file = new File(['x'], 'huge.csv', { type: 'text/csv' });
      Object.defineProperty(file, 'size', { value: 70 * 1024 * 1024 });
      const files = new DataTransfer();
      files.items.add(file);
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect(error).toContainText('larger than 66 MB, more than a backup of the fullest log (10,000 entries) can be');
    await importFile(page, 'xss.csv', `<img src=x onerror="document.title='owned'">\n`);
    await expect(error).toContainText('<img src=x');
    expect(await page.title()).not.toBe('owned');
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    await expect(entries(page)).toHaveCount(1);
  });

  test('garbage in storage and in the address never breaks the page', async ({ page }) => {
    await open(page);
    await addEntry(page, { date: daysAgo(0) });
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('ladder-work-log');
          request.onsuccess = () => {
            const tx = request.result.transaction('entries', 'readwrite');
            tx.objectStore('entries').put({ id: 'junk', date: 'not a date', paidHours: 'NaN', notes: 5 });
            tx.objectStore('entries').put({ id: 'negative', createdAt: 1, date: '2020-01-01', platform: 'Appen', project: '', level: 9, paidHours: -1, unpaidHours: 0, tasks: 1, earningsUsd: 1, qualityPct: null, rejected: null, notes: '' });
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await open(page, `${PATH}?date=<script>&entries=NaN#x`);
    await expect(entries(page)).toHaveCount(1);
    await expect(page.getByText('2 saved records could not be read')).toBeVisible();
    await expect(page.locator('main')).not.toContainText(/NaN|undefined|Infinity/);
  });

  test('loads within its budget (the page-weight gate\'s), without the CSV parser or the charts', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.setViewportSize({ width: 1280, height: 720 });
    const load = await measurePageLoad(page, PATH);
    expect(budgetProblems(load, budgetFor({ path: PATH }))).toEqual([]);
    expect(scripts.filter((url) => /work-log-files|papaparse|WorkLogCharts/i.test(url))).toEqual([]);
  });
});

test.describe('work log without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('says what the log does and that it needs JavaScript', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.getByRole('heading', { level: 1, name: 'Work log' })).toBeVisible();
    await expect(page.getByText(/^The work log needs JavaScript/)).toBeVisible();
    await expect(page.getByText(/nothing is ever sent anywhere/)).toBeVisible();
  });
});
