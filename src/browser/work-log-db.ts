// Where the work log lives: IndexedDB through `idb`, or this tab's memory when the browser blocks IndexedDB.
// Schema (database "ladder-work-log", version 1): object store "entries", key path "id", index "by-date" on "date".
import { openDB, unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Entry } from '../lib/work-log/fields';

export const DB_NAME = 'ladder-work-log';
export const DB_VERSION = 1;
export const ENTRY_STORE = 'entries';

interface LogSchema extends DBSchema {
  entries: { key: string; value: Entry; indexes: { 'by-date': string } };
}

type UpgradeTransaction = IDBPTransaction<LogSchema, StoreNames<LogSchema>[], 'versionchange'>;
/** One step of the schema: MIGRATIONS[n] takes a database at version n to n + 1, keeping every record. */
export type Migration = (db: IDBPDatabase<LogSchema>, transaction: UpgradeTransaction) => void | Promise<void>;

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the entries, keyed by a random id, with an index to read a range of dates.
  (db) => {
    const store = db.createObjectStore(ENTRY_STORE, { keyPath: 'id' });
    store.createIndex('by-date', 'date');
  },
];

/** Runs every migration from the stored version up to the newest, inside the upgrade's transaction. */
export async function migrate(
  db: IDBPDatabase<LogSchema>,
  oldVersion: number,
  transaction: UpgradeTransaction,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  for (let version = oldVersion; version < migrations.length; version += 1) await migrations[version]!(db, transaction);
}

/** What the log needs from storage; records come back unchecked (the store validates them). */
export interface LogStorage {
  kind: 'indexeddb' | 'memory';
  all(): Promise<unknown[]>;
  /** Adds or replaces entries in one transaction: all of them are written, or none. */
  put(entries: readonly Entry[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
}

/**
 * The log kept in this tab's memory, for browsers that refuse IndexedDB. It behaves as the IndexedDB store does:
 * records are copied in and out (as IndexedDB clones them), and a batch with a record lacking its key writes
 * nothing.
 */
export function memoryStorage(): LogStorage {
  const records = new Map<string, Entry>();
  return {
    kind: 'memory',
    all: async () => [...records.values()].map((record) => structuredClone(record)),
    put: async (entries) => {
      if (entries.some((entry) => typeof entry.id !== 'string')) throw new DOMException('An entry has no key.', 'DataError');
      for (const entry of entries) records.set(entry.id, structuredClone(entry));
    },
    remove: async (ids) => {
      for (const id of ids) records.delete(id);
    },
  };
}

export async function openIndexedDbStorage(
  name = DB_NAME,
  version = DB_VERSION,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<LogStorage> {
  const db = await openDB<LogSchema>(name, version, {
    upgrade: (database, oldVersion, _newVersion, transaction) => migrate(database, oldVersion, transaction, migrations),
    // A newer version of the page in another tab needs this connection closed to upgrade.
    blocking: () => db.close(),
  });
  return {
    kind: 'indexeddb',
    all: () => db.getAll(ENTRY_STORE),
    put: (entries) => inOneTransaction(db, (store) => entries.forEach((entry) => store.put(entry))),
    remove: (ids) => inOneTransaction(db, (store) => ids.forEach((id) => store.delete(id))),
  };
}

// An aborted transaction rejects `tx.done` as well; the error that caused the abort is the one to report.
const ignore = () => {};

/**
 * Runs `write` in one transaction: if any part fails (even a bad record refused at once), nothing is written. The
 * requests are the browser's own, not idb's promises: an import makes thousands, and a failed one aborts the
 * transaction, which `tx.done` reports.
 */
async function inOneTransaction(db: IDBPDatabase<LogSchema>, write: (store: IDBObjectStore) => void): Promise<void> {
  const tx = db.transaction(ENTRY_STORE, 'readwrite');
  try {
    write(unwrap(tx.store));
  } catch (error) {
    tx.abort();
    await tx.done.catch(ignore);
    throw error;
  }
  await tx.done;
}

/** IndexedDB when the browser allows it (private modes and some settings refuse it), else memory for this tab. */
export async function openLogStorage(): Promise<LogStorage> {
  try {
    if (typeof indexedDB === 'undefined') return memoryStorage();
    return await openIndexedDbStorage();
  } catch {
    return memoryStorage();
  }
}

/**
 * Asks the browser to keep the log even when disk space runs low, and words its answer for the reader.
 * Browsers answer on their own rules (Chromium grants it to sites in use or bookmarked; Firefox may ask).
 */
export async function askToKeepData(): Promise<string> {
  try {
    if (!navigator.storage?.persist) return 'This browser cannot be asked to keep the log for good; export a backup now and then.';
    if (await navigator.storage.persisted()) return 'Your browser already keeps this site’s data until you clear it.';
    return (await navigator.storage.persist())
      ? 'Your browser agreed to keep the log until you clear it yourself.'
      : 'Your browser did not promise to keep the log: it may clear it if the disk runs short of space. Export a backup now and then.';
  } catch {
    return 'Your browser did not answer the request to keep the log; export a backup now and then.';
  }
}
