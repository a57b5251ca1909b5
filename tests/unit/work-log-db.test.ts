import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, ENTRY_STORE, MIGRATIONS, memoryStorage, openIndexedDbStorage, openLogStorage, type Migration } from '../../src/browser/work-log-db';
import type { Entry, EntryFields } from '../../src/lib/work-log/fields';
import { realContent } from '../support/content';

const fields = (date: string, patch: Partial<EntryFields> = {}): EntryFields => ({
  date, platform: 'Appen', project: '', level: 1, paidHours: 2, unpaidHours: 0, tasks: 10, earningsUsd: 20, qualityPct: null, rejected: null, notes: '', ...patch,
});
const entry = (id: string, date: string): Entry => ({ ...fields(date), id, createdAt: 1 });

async function deleteDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

describe('IndexedDB schema', () => {
  afterEach(() => deleteDatabase('schema-test'));

  it('creates version 1: store "entries" keyed by "id" with a "by-date" index', async () => {
    const storage = await openIndexedDbStorage('schema-test');
    await storage.put([entry('a', '2026-12-01')]);
    const db = await openDB('schema-test');
    expect(db.version).toBe(DB_VERSION);
    const store = db.transaction(ENTRY_STORE).store;
    expect(store.keyPath).toBe('id');
    expect([...store.indexNames]).toEqual(['by-date']);
    expect(await store.index('by-date').getAllKeys('2026-12-01')).toEqual(['a']);
    db.close();
  });

  it('migrates an older database step by step, keeping every record', async () => {
    const v1 = await openIndexedDbStorage('schema-test', 1, MIGRATIONS);
    await v1.put([entry('a', '2026-12-01'), entry('b', '2026-11-30')]);
    // A future step 1 → 2 that adds an index: the path a real schema change would take.
    const addPlatformIndex: Migration = (_db, transaction) => {
      transaction.objectStore(ENTRY_STORE).createIndex('by-platform' as 'by-date', 'platform');
    };
    const v2 = await openIndexedDbStorage('schema-test', 2, [...MIGRATIONS, addPlatformIndex]);
    expect(((await v2.all()) as Entry[]).map((e) => e.id).sort()).toEqual(['a', 'b']);
    const db = await openDB('schema-test');
    expect(db.version).toBe(2);
    expect([...db.transaction(ENTRY_STORE).store.indexNames].sort()).toEqual(['by-date', 'by-platform']);
    db.close();
  });

  it('writes all entries of a batch or none', async () => {
    const storage = await openIndexedDbStorage('schema-test');
    const broken = { ...entry('x', '2026-12-01'), id: undefined } as unknown as Entry;
    await expect(storage.put([entry('a', '2026-12-01'), broken])).rejects.toBeTruthy();
    expect(await storage.all()).toEqual([]);
  });
});

describe('where IndexedDB is blocked', () => {
  const real = globalThis.indexedDB;
  afterEach(() => {
    vi.stubGlobal('indexedDB', real);
    return deleteDatabase(DB_NAME);
  });
  const blockOpen = () =>
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });

  it('falls back to memory for the session when opening throws', async () => {
    blockOpen();
    const storage = await openLogStorage();
    expect(storage.kind).toBe('memory');
    await storage.put([entry('a', '2026-12-01')]);
    expect(await storage.all()).toHaveLength(1);
    await storage.remove(['a']);
    expect(await storage.all()).toEqual([]);
  });

  it('falls back to memory when the open request reports an error', async () => {
    // A database already at a later version than the page asks for: the request fails with an error event.
    (await openDB(DB_NAME, DB_VERSION + 1)).close();
    expect((await openLogStorage()).kind).toBe('memory');
  });

  it('falls back to memory where the browser has no IndexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect((await openLogStorage()).kind).toBe('memory');
  });

  it('keeps copies, as IndexedDB does: changing an object after saving or reading it changes nothing stored', async () => {
    const storage = memoryStorage();
    const saved = entry('a', '2026-12-01');
    await storage.put([saved]);
    saved.tasks = 99;
    const [read] = (await storage.all()) as Entry[];
    expect(read!.tasks).toBe(10);
    read!.tasks = 77;
    expect(((await storage.all()) as Entry[])[0]!.tasks).toBe(10);
  });

  it('writes all entries of a batch or none', async () => {
    const storage = memoryStorage();
    const broken = { ...entry('x', '2026-12-01'), id: undefined } as unknown as Entry;
    await expect(storage.put([entry('a', '2026-12-01'), broken])).rejects.toMatchObject({ name: 'DataError' });
    expect(await storage.all()).toEqual([]);
  });

  it('runs the whole log from memory: save, edit, delete, undo and import, without asking to keep the data', async () => {
    blockOpen();
    vi.resetModules();
    const log = await import('../../src/stores/work-log');
    await log.saveEntry(fields('2026-11-30'));
    await log.saveEntry(fields('2026-12-01'));
    expect(log.$workLog.get()).toMatchObject({ status: 'ready', storage: 'memory', keepNote: '' });
    const [newest, oldest] = log.$workLog.get().entries;
    await log.saveEntry(fields('2026-12-01', { tasks: 99 }), newest!.id);
    await log.deleteEntries([oldest!.id]);
    expect(log.$workLog.get().entries.map((e) => [e.date, e.tasks])).toEqual([['2026-12-01', 99]]);
    await log.undoDelete();
    await log.addEntries([fields('2026-10-01')]);
    expect(log.$workLog.get().entries.map((e) => e.date)).toEqual(['2026-12-01', '2026-11-30', '2026-10-01']);
  });
});

describe('the work-log store', () => {
  beforeEach(async () => {
    await deleteDatabase(DB_NAME);
    vi.resetModules();
  });
  const freshStore = () => import('../../src/stores/work-log');

  it('saves, edits, deletes, undoes and imports, newest first', async () => {
    const log = await freshStore();
    await log.loadWorkLog();
    expect(log.$workLog.get()).toMatchObject({ status: 'ready', storage: 'indexeddb', entries: [] });

    await log.saveEntry(fields('2026-11-30'));
    await log.saveEntry(fields('2026-12-01'));
    // Node has no navigator.storage.persist, so the answer says it cannot be asked.
    expect(log.$workLog.get().keepNote).toMatch(/cannot be asked/);
    const [newest, oldest] = log.$workLog.get().entries;
    expect([newest!.date, oldest!.date]).toEqual(['2026-12-01', '2026-11-30']);

    await log.saveEntry(fields('2026-12-01', { tasks: 99 }), newest!.id);
    expect(log.$workLog.get().entries.map((e) => [e.id, e.tasks])).toEqual([[newest!.id, 99], [oldest!.id, 10]]);

    await log.deleteEntries([newest!.id]);
    expect(log.$workLog.get().entries).toHaveLength(1);
    expect(log.$workLog.get().undo.map((e) => e.id)).toEqual([newest!.id]);
    await log.undoDelete();
    expect(log.$workLog.get().entries).toHaveLength(2);
    expect(log.$workLog.get().undo).toEqual([]);

    await log.deleteEntries([oldest!.id]);
    await log.addEntries([fields('2026-10-01'), fields('2026-10-02')]);
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
    await db.put([entry('good', '2026-12-01'), { ...entry('bad', '2026-12-01'), paidHours: -5 }]);
    const log = await freshStore();
    await log.loadWorkLog();
    expect(log.$workLog.get().entries.map((e) => e.id)).toEqual(['good']);
    expect(log.$workLog.get().unreadable).toBe(1);
    expect(await db.all()).toHaveLength(2);
  });

  it('shows another tab’s saves', async () => {
    const first = await freshStore();
    await first.loadWorkLog();
    vi.resetModules();
    const second = await freshStore();
    await second.loadWorkLog();
    await first.saveEntry(fields('2026-12-01'));
    await vi.waitFor(() => expect(second.$workLog.get().entries).toHaveLength(1));
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

  it('fills from the log, with the dates covered', async () => {
    const log = await import('../../src/stores/work-log');
    const { readerToday } = await import('../../src/lib/core/dates');
    const today = readerToday();
    // 4 paid + 1 unpaid hours for $50 today: $10 an hour; 4 paid hours over 4 weeks: 1 a week.
    await log.saveEntry(fields(today, { paidHours: 4, unpaidHours: 1, earningsUsd: 50, tasks: 12, qualityPct: 95 }));
    const { readLogFeed } = await import('../../src/stores/work-log-feed');
    expect((await readLogFeed('rate')).values).toEqual({ rate: 10 });
    expect((await readLogFeed('hours')).values).toEqual({ hours: 1 });
    const readiness = await readLogFeed('readiness');
    expect(readiness.values).toEqual({ activeDaysLast30: 1, tasksCompleted: 12, qualityScorePercent: 95 });
    expect(readiness.message).toMatch(/^Filled from your work log: days active and quality score from .+ to .+; tasks completed from .+\.$/);
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
    await db.put([{ ...entry('top', '2026-12-01'), level: top }, { ...entry('above', '2026-12-01'), level: top + 1 }]);
    const log = await import('../../src/stores/work-log');
    await log.loadWorkLog();
    expect(log.$workLog.get().entries.map((e) => [e.id, e.level])).toEqual([['top', top]]);
    expect(log.$workLog.get().unreadable).toBe(1);
  });
});
