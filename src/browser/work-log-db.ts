// Where the work log lives: IndexedDB through `idb`, or this tab's sessionStorage (or memory) when the browser blocks
// IndexedDB.
// Schema (database "ladder-work-log", version 2): object store "entries", key path "id", index "by-date" on "date";
// object store "payouts", key path "id". Version 1 had the entries only; entries saved then have no `payoutId` and
// read as not yet paid.
import { openDB, unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Entry } from '../lib/work-log/fields';
import type { Payout } from '../lib/work-log/payouts';
import { DB_NAME, TAB_LOG_KEY, TAB_LOG_KEY_V1 } from './saved-log';

export const DB_VERSION = 2;
export const ENTRY_STORE = 'entries';
export const PAYOUT_STORE = 'payouts';

interface LogSchema extends DBSchema {
  entries: { key: string; value: Entry; indexes: { 'by-date': string } };
  payouts: { key: string; value: Payout };
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
  // 1 → 2: the payouts, beside the entries. Every entry is kept as it is: without a payout, it reads as not yet paid.
  (db) => {
    db.createObjectStore(PAYOUT_STORE, { keyPath: 'id' });
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

/** Every record of the log as stored, unchecked. */
export interface StoredLog {
  entries: unknown[];
  payouts: unknown[];
}

/** One change to the log, written as a whole or not at all: a payout and the entries it marks as paid, together. */
export interface LogChange {
  putEntries?: readonly Entry[];
  removeEntries?: readonly string[];
  putPayouts?: readonly Payout[];
  removePayouts?: readonly string[];
}

/** What the log needs from storage; records come back unchecked (the store validates them). */
export interface LogStorage {
  /**
   * Where entries are kept: `indexeddb` until the reader clears the site's data; `tab` (IndexedDB blocked) while this
   * tab is open, across the site's pages; `page` (all storage blocked) until the page is left or reloaded.
   */
  kind: 'indexeddb' | 'tab' | 'page';
  all(): Promise<StoredLog>;
  /** The entry with this key as stored now, or undefined. */
  get(id: string): Promise<unknown>;
  /** Writes a change in one transaction: all of it, or, if any part fails, none. */
  write(change: LogChange): Promise<void>;
}


function sessionStorageOrNull(): Storage | null {
  try {
    const place = typeof sessionStorage === 'undefined' ? null : sessionStorage;
    place?.setItem(`${TAB_LOG_KEY}:probe`, '1');
    place?.removeItem(`${TAB_LOG_KEY}:probe`);
    return place;
  } catch {
    // Blocked, or throws on the mere access.
    return null;
  }
}

/**
 * The log kept in this tab, for browsers that refuse IndexedDB: in sessionStorage when the browser allows it, so the
 * entries stay while the reader moves around the site and the other tools' "Use my logged …" find them, else in this
 * page's memory only. It behaves as the IndexedDB store does: records are copied in and out (as IndexedDB clones them),
 * and a batch that cannot be written (a record lacking its key, sessionStorage full) writes nothing.
 */
export function tabStorage(place: Storage | null = sessionStorageOrNull()): LogStorage {
  const entries = new Map<string, Entry>();
  const payouts = new Map<string, Payout>();
  const keep = <T extends { id: string }>(into: Map<string, T>, list: unknown) => {
    if (Array.isArray(list)) for (const record of list) if (record && typeof record.id === 'string') into.set(record.id, record);
  };
  if (place) {
    try {
      const kept = JSON.parse(place.getItem(TAB_LOG_KEY) ?? 'null') as { entries?: unknown; payouts?: unknown } | null;
      if (kept) {
        keep(entries, kept.entries);
        keep(payouts, kept.payouts);
      } else {
        keep(entries, JSON.parse(place.getItem(TAB_LOG_KEY_V1) ?? '[]'));
      }
    } catch {
      // Unreadable: left as it is until the next write replaces it.
    }
  }
  const hasKeys = (records: readonly { id?: unknown }[] = []) => records.every((record) => typeof record.id === 'string');
  return {
    kind: place ? 'tab' : 'page',
    all: async () => ({ entries: [...entries.values()].map((record) => structuredClone(record)), payouts: [...payouts.values()].map((record) => structuredClone(record)) }),
    get: async (id) => (entries.has(id) ? structuredClone(entries.get(id)) : undefined),
    write: async (change) => {
      if (!hasKeys(change.putEntries) || !hasKeys(change.putPayouts)) throw new DOMException('A record has no key.', 'DataError');
      const nextEntries = new Map(entries);
      const nextPayouts = new Map(payouts);
      for (const id of change.removeEntries ?? []) nextEntries.delete(id);
      for (const id of change.removePayouts ?? []) nextPayouts.delete(id);
      for (const entry of change.putEntries ?? []) nextEntries.set(entry.id, structuredClone(entry));
      for (const payout of change.putPayouts ?? []) nextPayouts.set(payout.id, structuredClone(payout));
      // The copy in sessionStorage first: if it is full, nothing changes.
      if (place) {
        place.setItem(TAB_LOG_KEY, JSON.stringify({ entries: [...nextEntries.values()], payouts: [...nextPayouts.values()] }));
        place.removeItem(TAB_LOG_KEY_V1);
      }
      entries.clear();
      payouts.clear();
      for (const [id, record] of nextEntries) entries.set(id, record);
      for (const [id, record] of nextPayouts) payouts.set(id, record);
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
    all: async () => {
      const tx = db.transaction([ENTRY_STORE, PAYOUT_STORE], 'readonly');
      const [entries, payouts] = await Promise.all([tx.objectStore(ENTRY_STORE).getAll(), tx.objectStore(PAYOUT_STORE).getAll()]);
      return { entries, payouts };
    },
    get: (id) => db.get(ENTRY_STORE, id),
    write: (change) => inOneTransaction(db, change),
  };
}

// An aborted transaction rejects `tx.done` as well; the error that caused the abort is the one to report.
const ignore = () => {};

/**
 * Writes a change in one transaction over both stores: if any part fails (even a bad record refused at once),
 * nothing is written. The requests are the browser's own, not idb's promises: an import makes thousands, and a
 * failed one aborts the transaction, which `tx.done` reports.
 */
async function inOneTransaction(db: IDBPDatabase<LogSchema>, change: LogChange): Promise<void> {
  const tx = db.transaction([ENTRY_STORE, PAYOUT_STORE], 'readwrite');
  try {
    const entries = unwrap(tx.objectStore(ENTRY_STORE));
    const payouts = unwrap(tx.objectStore(PAYOUT_STORE));
    for (const id of change.removeEntries ?? []) entries.delete(id);
    for (const id of change.removePayouts ?? []) payouts.delete(id);
    for (const entry of change.putEntries ?? []) entries.put(entry);
    for (const payout of change.putPayouts ?? []) payouts.put(payout);
  } catch (error) {
    tx.abort();
    await tx.done.catch(ignore);
    throw error;
  }
  await tx.done;
}

/** How long the browser may take to open the log before the page says so instead of waiting on. */
export const OPEN_TIMEOUT_MS = 10_000;

/** The browser refuses the site storage outright (a setting, a private mode): the log runs in the tab instead. */
const isRefusal = (error: unknown) => error instanceof DOMException && error.name === 'SecurityError';

/** Why the log could not be opened, in words for the reader, from the browser's error. */
export function openFailureText(error: unknown): string {
  if (error instanceof DOMException && error.name === 'VersionError') {
    return 'A newer version of this site has already updated your log in another tab: reload this page to open it.';
  }
  if (error instanceof Error && error.name === 'TimeoutError') return 'Your browser did not open its storage within 10 seconds.';
  const said = error instanceof Error && error.message ? ` It said: “${error.message.slice(0, 120)}”.` : '';
  return `Your browser could not open the storage where the work log is kept.${said}`;
}

/**
 * IndexedDB when the browser allows it; where the browser refuses storage (private modes, some settings), this tab's
 * log. Any other failure (an internal error, a newer version of the database, no answer within 10 seconds) is thrown,
 * for the page to say so and offer the tab's log or another try: the entries already kept may be there on a retry.
 */
export async function openLogStorage(): Promise<LogStorage> {
  let idb: IDBFactory | undefined;
  try {
    idb = typeof indexedDB === 'undefined' ? undefined : indexedDB;
  } catch {
    // Some browsers throw on the mere access when storage is blocked.
    return tabStorage();
  }
  if (!idb) return tabStorage();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('No answer from the browser.'), { name: 'TimeoutError' })), OPEN_TIMEOUT_MS);
  });
  try {
    return await Promise.race([openIndexedDbStorage(), timeout]);
  } catch (error) {
    if (isRefusal(error)) return tabStorage();
    throw error;
  } finally {
    clearTimeout(timer);
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
