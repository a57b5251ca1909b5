import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import {
  DB_VERSION,
  ENTRY_STORE,
  MIGRATIONS,
  PAYOUT_STORE,
  openFailureText,
  openIndexedDbStorage,
  openLogStorage,
  tabStorage,
  type Migration,
} from '../../src/browser/work-log-db';
import { DB_NAME, TAB_LOG_KEY, TAB_LOG_KEY_V1 } from '../../src/browser/saved-log';
import { memoryStorage as fakeSessionStorage } from './browser-storage';
import { unsplit, type Entry, type EntryFields } from '../../src/lib/work-log/fields';
import { realContent } from '../support/content';

const fields = (date: string, patch: Partial<EntryFields> = {}): EntryFields => ({
  date, platform: 'Appen', project: '', level: 1, paidHours: 2, unpaidHours: 0, ...unsplit(patch.unpaidHours ?? 0), tasks: 10, earningsUsd: 20, qualityPct: null, rejected: null, notes: '', ...patch,
});
const entry = (id: string, date: string): Entry => ({ ...fields(date), id, createdAt: 1, updatedAt: 1, payoutId: null });
/** Entries as an import hands them over: not paid by any payout in the file. */
const imported = (...list: EntryFields[]) => list.map((entry) => ({ ...entry, paid: null }));
const idsOf = (records: unknown[]) => (records as { id: string }[]).map((record) => record.id).sort();

/** The log's state and its actions, as one object (as a fresh page would load them). */
async function logModules() {
  return { ...(await import('../../src/stores/work-log')), ...(await import('../../src/stores/work-log-actions')) };
}

async function deleteDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

describe('IndexedDB schema', () => {
  afterEach(() => deleteDatabase('schema-test'));

  it('creates version 2: store "entries" keyed by "id" with a "by-date" index, and store "payouts" keyed by "id"', async () => {
    const storage = await openIndexedDbStorage('schema-test');
    await storage.write({ putEntries: [entry('a', '2026-12-01')] });
    const db = await openDB('schema-test');
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(2);
    const store = db.transaction(ENTRY_STORE).store;
    expect(store.keyPath).toBe('id');
    expect([...store.indexNames]).toEqual(['by-date']);
    expect(await store.index('by-date').getAllKeys('2026-12-01')).toEqual(['a']);
    expect(db.transaction(PAYOUT_STORE).store.keyPath).toBe('id');
    db.close();
  });

  it('migrates a version 1 database to version 2 keeping every entry, each still read (as not yet paid)', async () => {
    // A database written by the site before payouts: entries without payoutId.
    const v1 = await openDB('schema-test', 1, { upgrade: (db) => db.createObjectStore(ENTRY_STORE, { keyPath: 'id' }).createIndex('by-date', 'date') });
    const { payoutId: _none, ...before } = entry('a', '2026-12-01');
    await v1.put(ENTRY_STORE, before);
    await v1.put(ENTRY_STORE, entry('b', '2026-11-30'));
    v1.close();
    const v2 = await openIndexedDbStorage('schema-test');
    const stored = await v2.all();
    expect(idsOf(stored.entries)).toEqual(['a', 'b']);
    expect(stored.payouts).toEqual([]);
    const { readStoredEntry } = await import('../../src/lib/work-log/records');
    expect(stored.entries.map((record) => readStoredEntry(record, { topLevel: 5 })?.payoutId)).toEqual([null, null]);
  });

  it('migrates step by step with a later step too, keeping every record', async () => {
    const v2 = await openIndexedDbStorage('schema-test', 2, MIGRATIONS);
    await v2.write({ putEntries: [entry('a', '2026-12-01'), entry('b', '2026-11-30')] });
    // A future step 2 → 3 that adds an index: the path a real schema change would take.
    const addPlatformIndex: Migration = (_db, transaction) => {
      transaction.objectStore(ENTRY_STORE).createIndex('by-platform' as 'by-date', 'platform');
    };
    const v3 = await openIndexedDbStorage('schema-test', 3, [...MIGRATIONS, addPlatformIndex]);
    expect(idsOf((await v3.all()).entries)).toEqual(['a', 'b']);
    const db = await openDB('schema-test');
    expect(db.version).toBe(3);
    expect([...db.transaction(ENTRY_STORE).store.indexNames].sort()).toEqual(['by-date', 'by-platform']);
    db.close();
  });

  it('writes a change across both stores whole or not at all', async () => {
    const storage = await openIndexedDbStorage('schema-test');
    const broken = { ...entry('x', '2026-12-01'), id: undefined } as unknown as Entry;
    const payout = { id: 'p', platform: 'Appen', receivedOn: '2026-12-02', amountUsd: 20, coversUpTo: '2026-12-01', createdAt: 1, updatedAt: 1, settled: false, local: null };
    await expect(storage.write({ putPayouts: [payout], putEntries: [entry('a', '2026-12-01'), broken] })).rejects.toBeTruthy();
    expect(await storage.all()).toEqual({ entries: [], payouts: [] });
    await storage.write({ putPayouts: [payout], putEntries: [{ ...entry('a', '2026-12-01'), payoutId: 'p' }] });
    expect(await storage.all()).toEqual({ entries: [{ ...entry('a', '2026-12-01'), payoutId: 'p' }], payouts: [payout] });
  });
});

describe('where IndexedDB is blocked', () => {
  const real = globalThis.indexedDB;
  afterEach(() => {
    vi.unstubAllGlobals();
    return deleteDatabase(DB_NAME);
  });
  const blockOpen = () =>
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });

  it('keeps the log in the tab (sessionStorage) when opening is refused, so the site’s other pages find it', async () => {
    const session = fakeSessionStorage();
    vi.stubGlobal('sessionStorage', session);
    blockOpen();
    const storage = await openLogStorage();
    expect(storage.kind).toBe('tab');
    await storage.write({ putEntries: [entry('a', '2026-12-01')] });
    // Another page of the site, in the same tab: a new storage object reads what the first one wrote.
    const nextPage = tabStorage(session as unknown as Storage);
    expect(idsOf((await nextPage.all()).entries)).toEqual(['a']);
    await nextPage.write({ removeEntries: ['a'] });
    expect(JSON.parse(session.data.get(TAB_LOG_KEY)!)).toEqual({ entries: [], payouts: [] });
  });

  it('reads a tab log kept by the version before payouts (a list of entries under the old key), and moves it', async () => {
    const session = fakeSessionStorage();
    session.data.set(TAB_LOG_KEY_V1, JSON.stringify([entry('a', '2026-12-01')]));
    const storage = tabStorage(session as unknown as Storage);
    expect(idsOf((await storage.all()).entries)).toEqual(['a']);
    await storage.write({ putEntries: [entry('b', '2026-12-02')] });
    expect(session.data.has(TAB_LOG_KEY_V1)).toBe(false);
    expect(idsOf(JSON.parse(session.data.get(TAB_LOG_KEY)!).entries)).toEqual(['a', 'b']);
  });

  it('keeps the log in the page only where sessionStorage is blocked too', async () => {
    vi.stubGlobal('sessionStorage', undefined);
    blockOpen();
    expect((await openLogStorage()).kind).toBe('page');
    vi.stubGlobal('indexedDB', undefined);
    expect((await openLogStorage()).kind).toBe('page');
  });

  it('does not hide a failure that is not a refusal: a newer database says to reload, for the page to offer a retry', async () => {
    // A database already at a later version than the page asks for: another tab runs a newer version of the site.
    (await openDB(DB_NAME, DB_VERSION + 1)).close();
    const failed = await openLogStorage().catch((error: unknown) => error);
    expect(failed).toMatchObject({ name: 'VersionError' });
    expect(openFailureText(failed)).toMatch(/newer version of this site.*reload this page/);
    expect(openFailureText(new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'))).toBe(
      'Your browser could not open the storage where the work log is kept. It said: “Internal error opening backing store for indexedDB.open.”.',
    );
  });

  it('keeps copies, as IndexedDB does: changing an object after saving or reading it changes nothing stored', async () => {
    const storage = tabStorage(null);
    const saved = entry('a', '2026-12-01');
    await storage.write({ putEntries: [saved] });
    saved.tasks = 99;
    const [read] = (await storage.all()).entries as Entry[];
    expect(read!.tasks).toBe(10);
    read!.tasks = 77;
    expect(((await storage.all()).entries as Entry[])[0]!.tasks).toBe(10);
  });

  it('writes all entries of a batch or none, also when sessionStorage is full', async () => {
    const storage = tabStorage(null);
    const broken = { ...entry('x', '2026-12-01'), id: undefined } as unknown as Entry;
    await expect(storage.write({ putEntries: [entry('a', '2026-12-01'), broken] })).rejects.toMatchObject({ name: 'DataError' });
    expect(await storage.all()).toEqual({ entries: [], payouts: [] });
    const full = {
      ...fakeSessionStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const tab = tabStorage(full as unknown as Storage);
    await expect(tab.write({ putEntries: [entry('a', '2026-12-01')] })).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await tab.all()).toEqual({ entries: [], payouts: [] });
  });

  it('runs the whole log in the tab: save, edit, delete, undo and import, without asking to keep the data', async () => {
    vi.stubGlobal('sessionStorage', fakeSessionStorage());
    blockOpen();
    vi.resetModules();
    const log = await logModules();
    await log.addEntry(fields('2026-11-30'));
    await log.addEntry(fields('2026-12-01'));
    expect(log.$workLog.get()).toMatchObject({ status: 'ready', storage: 'tab', keepNote: '' });
    const [newest, oldest] = log.$workLog.get().entries;
    expect(await log.saveEdit(fields('2026-12-01', { tasks: 99 }), newest!)).toEqual({ saved: true });
    await log.deleteEntries([oldest!.id]);
    expect(log.$workLog.get().entries.map((e) => [e.date, e.tasks])).toEqual([['2026-12-01', 99]]);
    await log.undoDelete();
    await log.addEntries(imported(fields('2026-10-01')));
    expect(log.$workLog.get().entries.map((e) => e.date)).toEqual(['2026-12-01', '2026-11-30', '2026-10-01']);
  });

  it('a log the browser cannot open says why, and opens on a retry or in the tab instead', async () => {
    vi.stubGlobal('sessionStorage', fakeSessionStorage());
    let fail = true;
    vi.stubGlobal('indexedDB', {
      open: (...args: Parameters<IDBFactory['open']>) => {
        if (!fail) return real.open(...args);
        throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
      },
    });
    vi.resetModules();
    const log = await logModules();
    await log.loadWorkLog();
    expect(log.$workLog.get()).toMatchObject({ status: 'failed', storage: null });
    expect(log.$workLog.get().failure).toContain('Internal error opening backing store');
    fail = false;
    await log.retryOpening();
    expect(log.$workLog.get()).toMatchObject({ status: 'ready', storage: 'indexeddb' });
    fail = true;
    vi.resetModules();
    const again = await logModules();
    await again.loadWorkLog();
    await again.useTabStorage();
    expect(again.$workLog.get()).toMatchObject({ status: 'ready', storage: 'tab' });
  });
});

describe('the work-log store', () => {
  beforeEach(async () => {
    await deleteDatabase(DB_NAME);
    vi.resetModules();
  });
  const freshStore = () => logModules();

  it('records a payout, marking the platform’s unpaid work up to its date as paid; edits, deletes and undoes it', async () => {
    const log = await freshStore();
    const { validatePayout } = await import('../../src/lib/work-log/payouts');
    await log.addEntry(fields('2026-11-20', { platform: 'Mercor', earningsUsd: 60 }));
    await log.addEntry(fields('2026-11-27', { platform: 'Mercor', earningsUsd: 40 }));
    await log.addEntry(fields('2026-12-01', { platform: 'Mercor', earningsUsd: 30 }));
    await log.addEntry(fields('2026-11-25', { platform: 'Appen', earningsUsd: 10 }));
    const check = (form: Record<string, string>, editing = null as Parameters<typeof validatePayout>[1]['editing']) =>
      validatePayout({ platform: 'Mercor', receivedOn: '2026-12-03', amountUsd: '95', coversUpTo: '2026-11-27', localAmount: '', ...form }, { entries: log.$workLog.get().entries, today: '2026-12-07', editing });
    const first = check({});
    await log.recordPayout(first.fields!, first.covered);
    const paidDates = () => log.$workLog.get().entries.filter((e) => e.payoutId !== null).map((e) => `${e.platform} ${e.date}`).sort();
    expect(paidDates()).toEqual(['Mercor 2026-11-20', 'Mercor 2026-11-27']);
    // The difference is said: $95 for $100 of work.
    expect(log.$workLog.get().notice).toBe('Payout from Mercor recorded: $95.00 for $100.00 of work, $5.00 less than the work earned.');
    const [payout] = log.$workLog.get().payouts;

    // Edited to cover up to 1 December: the third entry is paid too.
    const wider = check({ coversUpTo: '2026-12-01', receivedOn: '2026-12-04', amountUsd: '130' }, payout!);
    await log.editPayout(payout!, wider.fields!, wider.covered);
    expect(paidDates()).toEqual(['Mercor 2026-11-20', 'Mercor 2026-11-27', 'Mercor 2026-12-01']);
    // Narrowed again: the released entry reads as not yet paid.
    const edited = log.$workLog.get().payouts[0]!;
    const narrow = check({ coversUpTo: '2026-11-20', receivedOn: '2026-12-04', amountUsd: '60' }, edited);
    await log.editPayout(edited, narrow.fields!, narrow.covered);
    expect(paidDates()).toEqual(['Mercor 2026-11-20']);

    await log.deletePayout(log.$workLog.get().payouts[0]!);
    expect(paidDates()).toEqual([]);
    expect(log.$workLog.get().payouts).toEqual([]);
    await log.undoPayoutDelete();
    expect(paidDates()).toEqual(['Mercor 2026-11-20']);
    expect(log.$workLog.get().payouts).toHaveLength(1);

    // What was written is what a new page load reads.
    vi.resetModules();
    const reloaded = await freshStore();
    await reloaded.loadWorkLog();
    expect(reloaded.$workLog.get().payouts).toEqual(log.$workLog.get().payouts);
    expect(reloaded.$workLog.get().entries).toEqual(log.$workLog.get().entries);
  });

  it('marks an old history as paid in one step, one settled payout per platform, and keeps an edit’s payout', async () => {
    const log = await freshStore();
    await log.addEntry(fields('2026-10-01', { platform: 'Mercor', earningsUsd: 50 }));
    await log.addEntry(fields('2026-10-02', { platform: 'Appen', earningsUsd: 5 }));
    await log.addEntry(fields('2026-12-01', { platform: 'Mercor', earningsUsd: 30 }));
    expect(await log.settleBefore('2026-11-01')).toBe(2);
    const { payouts, entries } = log.$workLog.get();
    expect(payouts.map((p) => [p.platform, p.coversUpTo, p.amountUsd, p.settled]).sort()).toEqual([
      ['Appen', '2026-10-31', 5, true],
      ['Mercor', '2026-10-31', 50, true],
    ]);
    expect(entries.filter((e) => e.payoutId === null).map((e) => e.date)).toEqual(['2026-12-01']);
    // Editing a paid entry's hours keeps it paid.
    const paid = entries.find((e) => e.date === '2026-10-01')!;
    await log.saveEdit(fields('2026-10-01', { platform: 'Mercor', earningsUsd: 50, tasks: 3 }), paid);
    expect(log.$workLog.get().entries.find((e) => e.id === paid.id)!.payoutId).toBe(paid.payoutId);
  });

  it('an Undo of a deleted entry whose payout is gone brings it back unpaid', async () => {
    const log = await freshStore();
    const { validatePayout } = await import('../../src/lib/work-log/payouts');
    await log.addEntry(fields('2026-11-20', { platform: 'Mercor' }));
    const made = validatePayout({ platform: 'Mercor', receivedOn: '2026-12-03', amountUsd: '20', coversUpTo: '2026-11-20', localAmount: '' }, { entries: log.$workLog.get().entries, today: '2026-12-07' });
    await log.recordPayout(made.fields!, made.covered);
    const [paid] = log.$workLog.get().entries;
    await log.deleteEntries([paid!.id]);
    // The undo of the entry is kept while its payout goes (deleting a payout is the next action, so that Undo ends).
    const undo = log.$workLog.get().undo;
    await log.deletePayout(log.$workLog.get().payouts[0]!);
    log.$workLog.set({ ...log.$workLog.get(), undo });
    await log.undoDelete();
    expect(log.$workLog.get().entries.map((e) => e.payoutId)).toEqual([null]);
  });

  it('saves, edits, deletes, undoes and imports, newest first', async () => {
    const log = await freshStore();
    await log.loadWorkLog();
    expect(log.$workLog.get()).toMatchObject({ status: 'ready', storage: 'indexeddb', entries: [] });

    await log.addEntry(fields('2026-11-30'));
    await log.addEntry(fields('2026-12-01'));
    // Node has no navigator.storage.persist, so the answer says it cannot be asked.
    expect(log.$workLog.get().keepNote).toMatch(/cannot be asked/);
    const [newest, oldest] = log.$workLog.get().entries;
    expect([newest!.date, oldest!.date]).toEqual(['2026-12-01', '2026-11-30']);

    expect(await log.saveEdit(fields('2026-12-01', { tasks: 99 }), newest!)).toEqual({ saved: true });
    expect(log.$workLog.get().entries.map((e) => [e.id, e.tasks])).toEqual([[newest!.id, 99], [oldest!.id, 10]]);

    await log.deleteEntries([newest!.id]);
    expect(log.$workLog.get().entries).toHaveLength(1);
    expect(log.$workLog.get().undo.map((e) => e.id)).toEqual([newest!.id]);
    await log.undoDelete();
    expect(log.$workLog.get().entries).toHaveLength(2);
    expect(log.$workLog.get().undo).toEqual([]);

    await log.deleteEntries([oldest!.id]);
    await log.addEntries(imported(fields('2026-10-01'), fields('2026-10-02')));
    // The import was the next action: the deleted entry can no longer be restored.
    expect(log.$workLog.get().undo).toEqual([]);
    expect(log.$workLog.get().entries.map((e) => e.date)).toEqual(['2026-12-01', '2026-10-02', '2026-10-01']);

    // What was written is what a new page load reads.
    vi.resetModules();
    const reloaded = await freshStore();
    await reloaded.loadWorkLog();
    expect(reloaded.$workLog.get().entries).toEqual(log.$workLog.get().entries);
  });

  it('leaves unreadable records in storage and counts them', async () => {
    const db = await openIndexedDbStorage();
    await db.write({ putEntries: [entry('good', '2026-12-01'), { ...entry('bad', '2026-12-01'), paidHours: -5 }] });
    const log = await freshStore();
    await log.loadWorkLog();
    expect(log.$workLog.get().entries.map((e) => e.id)).toEqual(['good']);
    expect(log.$workLog.get().unreadable).toBe(1);
    expect((await db.all()).entries).toHaveLength(2);
  });

  it('shows another tab’s saves', async () => {
    const first = await freshStore();
    await first.loadWorkLog();
    vi.resetModules();
    const second = await freshStore();
    await second.loadWorkLog();
    await first.addEntry(fields('2026-12-01'));
    await vi.waitFor(() => expect(second.$workLog.get().entries).toHaveLength(1));
  });

  it('an edit never overwrites another tab’s newer save, nor brings back an entry another tab deleted, unless asked', async () => {
    const first = await freshStore();
    await first.loadWorkLog();
    await first.addEntry(fields('2026-12-01'));
    const [opened] = first.$workLog.get().entries;
    vi.resetModules();
    const second = await freshStore();
    await second.loadWorkLog();
    // Tab two saves a change first; tab one's edit, begun from the older version, is not written.
    expect(await second.saveEdit(fields('2026-12-01', { tasks: 50 }), second.$workLog.get().entries[0]!)).toEqual({ saved: true });
    const stale = await first.saveEdit(fields('2026-12-01', { tasks: 7 }), opened!);
    expect(stale).toMatchObject({ saved: false, conflict: 'changed', current: { tasks: 50 } });
    // The reader chooses to keep their own version.
    expect(await first.saveEdit(fields('2026-12-01', { tasks: 7 }), opened!, true)).toEqual({ saved: true });
    // Tab two deletes the entry; an edit in tab one is told it is gone.
    await vi.waitFor(() => expect(second.$workLog.get().entries[0]?.tasks).toBe(7));
    const current = first.$workLog.get().entries[0]!;
    await second.deleteEntries([current.id]);
    expect(await first.saveEdit(fields('2026-12-01', { tasks: 8 }), current)).toEqual({ saved: false, conflict: 'gone' });
  });

  it('withdraws Undo once another tab changes the log, so restoring can never double a day', async () => {
    const first = await freshStore();
    await first.loadWorkLog();
    await first.addEntry(fields('2026-12-01'));
    vi.resetModules();
    const second = await freshStore();
    await second.loadWorkLog();
    await first.deleteEntries([first.$workLog.get().entries[0]!.id]);
    expect(first.$workLog.get().undo).toHaveLength(1);
    await second.addEntries(imported(fields('2026-12-01')));
    await vi.waitFor(() => expect(first.$workLog.get().undo).toEqual([]));
    expect(first.$workLog.get().notice).toBe('The log changed in another tab, so Undo is no longer offered.');
  });

  it('refuses a new entry once the log holds the most it can keep, and says so', async () => {
    const { MAX_LOG_ENTRIES } = await import('../../src/lib/work-log/fields');
    const db = await openIndexedDbStorage();
    await db.write({ putEntries: Array.from({ length: MAX_LOG_ENTRIES }, (_, i) => entry(`e${i}`, '2020-01-01')) });
    const log = await freshStore();
    expect(await log.addEntry(fields('2026-12-01'))).toBe(false);
    expect(log.$workLog.get().notice).toMatch(/^The log holds 10,000 entries, the most it can keep/);
    await expect(log.addEntries(imported(fields('2026-12-01')))).rejects.toThrow(/the most it can keep/);
  });

});

describe('the feed for the other tools', () => {
  beforeEach(async () => {
    await deleteDatabase(DB_NAME);
    vi.resetModules();
  });

  it('says plainly when the log has nothing to use', async () => {
    const { readLogFeed } = await import('../../src/stores/work-log-feed');
    const feed = await readLogFeed('rate');
    expect(feed.values).toBeNull();
    expect(feed.message).toMatch(/no entries yet/);
  });

  it('fills from the log, with the entries and dates it used', async () => {
    const log = await logModules();
    const { readerToday } = await import('../../src/lib/core/dates');
    const today = readerToday();
    // One day logged, today: 4 paid + 1 unpaid hours for $50. The log covers 1 day, so its figures count as one
    // week's: $50 ÷ 4 paid hours = $12.50 per paid hour, 1 unpaid hour a week apart, 4 paid hours a week.
    await log.addEntry(fields(today, { paidHours: 4, unpaidHours: 1, earningsUsd: 50, tasks: 12, qualityPct: 95 }));
    const { readLogFeed } = await import('../../src/stores/work-log-feed');
    const rate = await readLogFeed('rate', { level: 1 });
    expect(rate.values).toEqual({ rate: 12.5, unpaid: 1 });
    expect(rate.message).toMatch(/^From your work log, 1 entry at Level 1 over 1 day of your log \(.+\): \$12\.50 per paid hour; 1 unpaid hour a week\.$/);
    // Asked for Level 3, where the log has nothing: every entry, and it says so.
    expect((await readLogFeed('rate', { level: 3 })).message).toContain('1 entry at any level (none is at Level 3)');
    const hours = await readLogFeed('hours');
    expect(hours.values).toEqual({ hours: 4 });
    expect(hours.message).toMatch(/4 paid hours a week on average over 1 day of your log/);

    const readiness = await readLogFeed('readiness');
    expect(readiness.values).toEqual({ activeDaysLast30: 1, tasksCompleted: 12, qualityScorePercent: 95 });
    expect(readiness.message).toMatch(/^Filled from your work log: days active and quality score from .+ to .+; tasks completed from .+\.$/);
  });

  it('fills nothing the tool would refuse, and says why: no earnings, or under an hour a week', async () => {
    const log = await logModules();
    const { readerToday, addDays } = await import('../../src/lib/core/dates');
    const today = readerToday();
    // $0 for 0.5 paid hours, 27 days ago: the log covers 28 days, 4 weeks; 0.5 ÷ 4 = 0.1 paid hours a week.
    await log.addEntry(fields(addDays(today, -27), { paidHours: 0.5, earningsUsd: 0 }));
    const { readLogFeed } = await import('../../src/stores/work-log-feed');
    // What each tool accepts, as the pay estimator and the timeline tell the feed.
    const { readPayField } = await import('../../src/lib/pay/pay');
    const { readHoursPerWeek } = await import('../../src/lib/core/profile');
    const payAccepts = (field: string, value: number) => readPayField(field as 'rate', value) !== null;
    const rate = await readLogFeed('rate', { level: 1, accepts: payAccepts });
    expect(rate.values).toEqual({ unpaid: 0 });
    expect(rate.message).toContain('$0.00 per paid hour, which the estimator does not take, so your rate stays as it was');
    const hours = await readLogFeed('hours', { accepts: (_field, value) => readHoursPerWeek(value) !== null });
    expect(hours.values).toBeNull();
    expect(hours.message).toMatch(/comes to 0\.1 paid hours a week over 28 days of your log .*, fewer than the timeline takes, so your hours were left as they were\./);
  });
});


describe('the store reads stored levels up to the ladder’s top', () => {
  beforeEach(async () => {
    await deleteDatabase(DB_NAME);
    vi.resetModules();
  });

  it('is given the number of levels in levels.yaml at build time', () => {
    expect(__LEVEL_COUNT__).toBe(realContent().levels.length);
  });

  it('reads an entry at the top level and leaves one above it unread', async () => {
    const top = realContent().levels.length;
    const db = await openIndexedDbStorage();
    await db.write({ putEntries: [{ ...entry('top', '2026-12-01'), level: top }, { ...entry('above', '2026-12-01'), level: top + 1 }] });
    const log = await logModules();
    await log.loadWorkLog();
    expect(log.$workLog.get().entries.map((e) => [e.id, e.level])).toEqual([['top', top]]);
    expect(log.$workLog.get().unreadable).toBe(1);
  });
});
