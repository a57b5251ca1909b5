// The work log's state and actions: entries (newest first) read from IndexedDB, or kept in the tab where the browser
// blocks it; every change written to storage first and announced to the log's other tabs. An edit saves only over the
// version it started from, and an Undo is withdrawn once another tab changes the log, so two tabs never double a day.
import { atom } from 'nanostores';
import { compareNewestFirst, readStoredEntry } from '../lib/work-log/records';
import { MAX_LOG_ENTRIES, type Entry, type EntryFields } from '../lib/work-log/fields';
import { askToKeepData, openFailureText, openLogStorage, tabStorage, type LogStorage } from '../browser/work-log-db';

const CHANNEL = 'ladder-work-log:v1';

export interface WorkLogState {
  /** `failed`: the browser could not open its storage (`failure` says why); the reader may retry or use the tab. */
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** Newest first. */
  entries: Entry[];
  /** Where entries are kept (see LogStorage['kind']). */
  storage: LogStorage['kind'] | null;
  /** Entries taken out by the last delete: "Undo" puts them back until the next action or another tab's change. */
  undo: Entry[];
  /** The browser's answer when asked to keep the log, said once the first entry is saved. */
  keepNote: string;
  /** Stored records that failed the check: left in storage, not shown. */
  unreadable: number;
  /** What the last action did (or why it did nothing), for the status line of the part that acted. */
  notice: string;
  /** Which part's status line says it: the form, the entries (deletes, Undo, another tab's change) or the files. */
  noticeFor: 'form' | 'entries' | 'files';
  /** Why the log could not be opened, when status is `failed`. */
  failure: string;
}

/** The state before the log is opened: what the server renders, and what every island renders until mounted. */
export const UNOPENED_LOG: WorkLogState = {
  status: 'idle',
  entries: [],
  storage: null,
  undo: [],
  keepNote: '',
  unreadable: 0,
  notice: '',
  noticeFor: 'form',
  failure: '',
};

export const $workLog = atom<WorkLogState>(UNOPENED_LOG);

let storage: LogStorage | null = null;
let channel: BroadcastChannel | null = null;

function update(patch: Partial<WorkLogState>): void {
  $workLog.set({ ...$workLog.get(), ...patch });
}

async function readAll(from: LogStorage): Promise<{ entries: Entry[]; unreadable: number }> {
  const records = await from.all();
  const entries: Entry[] = [];
  for (const record of records) {
    const entry = readStoredEntry(record, { topLevel: __LEVEL_COUNT__ });
    if (entry) entries.push(entry);
  }
  return { entries: entries.sort(compareNewestFirst), unreadable: records.length - entries.length };
}

async function open(opened: () => Promise<LogStorage>): Promise<void> {
  update({ status: 'loading', failure: '' });
  try {
    storage = await opened();
    update({ ...(await readAll(storage)), storage: storage.kind, status: 'ready' });
  } catch (error) {
    storage = null;
    update({ status: 'failed', failure: openFailureText(error) });
    return;
  }
  if (storage.kind === 'indexeddb' && typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = () => void refresh();
  }
}

/** Opens the log once (later calls wait for the same load) and follows changes saved in other tabs. */
let loading: Promise<void> | null = null;
export function loadWorkLog(): Promise<void> {
  loading ??= open(openLogStorage);
  return loading;
}

/** After a failure to open: tries the browser's storage again. */
export function retryOpening(): Promise<void> {
  loading = open(openLogStorage);
  return loading;
}

/** After a failure to open: runs the log in this tab instead (sessionStorage, or the page's memory). */
export function useTabStorage(): Promise<void> {
  loading = open(async () => tabStorage());
  return loading;
}

/** The log as another tab left it. An Undo offered here is withdrawn: putting entries back could now double a day. */
async function refresh(): Promise<void> {
  try {
    if (!storage) return;
    const read = await readAll(storage);
    const withdrawn = $workLog.get().undo.length > 0;
    update({ ...read, ...(withdrawn ? { undo: [], notice: 'The log changed in another tab, so Undo is no longer offered.', noticeFor: 'entries' as const } : {}) });
  } catch {
    // The connection was closed for a newer version of the page in another tab: this tab keeps what it shows.
  }
}

/** Reads the log again from storage now: what an import checks against before it writes. */
export async function reloadWorkLog(): Promise<void> {
  await loadWorkLog();
  if (storage) update(await readAll(storage));
}

const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

function opened(): LogStorage {
  if (!storage) throw new Error($workLog.get().failure || 'The work log is not open.');
  return storage;
}

/** Writes to storage first; only once that succeeded does the page show the change (and the other tabs hear of it). */
async function write(change: () => Promise<void>, entries: Entry[], patch: Partial<WorkLogState>): Promise<void> {
  await change();
  update({ entries: entries.sort(compareNewestFirst), undo: [], ...patch });
  channel?.postMessage('changed');
}

function without(ids: readonly string[]): Entry[] {
  const gone = new Set(ids);
  return $workLog.get().entries.filter((entry) => !gone.has(entry.id));
}

const full = () =>
  `The log holds ${MAX_LOG_ENTRIES.toLocaleString('en-US')} entries, the most it can keep: export a backup and delete old entries to add more.`;

/** A later save time than any the entry had, so two saves in one millisecond still differ. */
const nextSaveTime = (after = 0) => Math.max(Date.now(), after + 1);

/** Saves a new entry. Returns false (with the reason in the notice) when the log is full. */
export async function addEntry(fields: EntryFields): Promise<boolean> {
  await loadWorkLog();
  const { entries, keepNote } = $workLog.get();
  if (entries.length >= MAX_LOG_ENTRIES) {
    update({ notice: full(), noticeFor: 'form' });
    return false;
  }
  const now = Date.now();
  const entry: Entry = { ...fields, id: newId(), createdAt: now, updatedAt: now };
  await write(() => opened().put([entry]), [...entries, entry], { notice: `Entry for ${entry.date} added.`, noticeFor: 'form' });
  if (entries.length === 0 && opened().kind === 'indexeddb' && keepNote === '') update({ keepNote: await askToKeepData() });
  return true;
}

/** What saving an edit found: saved, or a newer version (another tab's save), or no entry left (another tab deleted it). */
export type EditResult = { saved: true } | { saved: false; conflict: 'changed'; current: Entry } | { saved: false; conflict: 'gone' };

/**
 * Saves an edit over `basedOn`, the version of the entry the editor started from. If another tab changed or deleted
 * the entry meanwhile, nothing is written and the result says so, for the reader to choose; `force` writes anyway
 * (over the newer version, or as the entry again).
 */
export async function saveEdit(fields: EntryFields, basedOn: Entry, force = false): Promise<EditResult> {
  await loadWorkLog();
  const stored = readStoredEntry(await opened().get(basedOn.id), { topLevel: __LEVEL_COUNT__ });
  if (!force && stored === null) return { saved: false, conflict: 'gone' };
  if (!force && stored !== null && stored.updatedAt !== basedOn.updatedAt) return { saved: false, conflict: 'changed', current: stored };
  const entry: Entry = { ...fields, id: basedOn.id, createdAt: basedOn.createdAt, updatedAt: nextSaveTime(stored?.updatedAt ?? basedOn.updatedAt) };
  await write(() => opened().put([entry]), [...without([entry.id]), entry], { notice: `Entry for ${entry.date} updated.`, noticeFor: 'form' });
  return { saved: true };
}

/** Deletes entries; "Undo" can restore them until the next action, or until another tab changes the log. */
export async function deleteEntries(ids: readonly string[]): Promise<void> {
  await loadWorkLog();
  const gone = new Set(ids);
  const removed = $workLog.get().entries.filter((entry) => gone.has(entry.id));
  const text = removed.length === 1 ? `Entry for ${removed[0]!.date} deleted.` : `${removed.length} entries deleted.`;
  await write(() => opened().remove(ids), without(ids), { notice: text, noticeFor: 'entries' });
  update({ undo: removed });
}

export async function undoDelete(): Promise<void> {
  const { undo } = $workLog.get();
  if (undo.length === 0) return;
  await write(() => opened().put(undo), [...without(undo.map((entry) => entry.id)), ...undo], {
    notice: undo.length === 1 ? 'Entry restored.' : `${undo.length} entries restored.`,
    noticeFor: 'entries',
  });
}

/** Adds imported entries in one transaction: all are saved or, on any failure, none. */
export async function addEntries(list: readonly EntryFields[]): Promise<void> {
  await loadWorkLog();
  if ($workLog.get().entries.length + list.length > MAX_LOG_ENTRIES) throw new RangeError(full());
  const now = Date.now();
  // Save times follow the file's order, so entries of one day keep it.
  const entries = list.map((fields, index): Entry => ({ ...fields, id: newId(), createdAt: now + index, updatedAt: now + index }));
  await write(() => opened().put(entries), [...$workLog.get().entries, ...entries], {
    notice: `${entries.length.toLocaleString('en-US')} ${entries.length === 1 ? 'entry' : 'entries'} imported.`,
    noticeFor: 'files',
  });
}

/** Clears the "Undo" offer: any other action ends it. */
export function dismissUndo(): void {
  if ($workLog.get().undo.length > 0) update({ undo: [] });
}

/** Says what happened (a failed action) on the status line of the part that acted. */
export function announce(notice: string, noticeFor: WorkLogState['noticeFor'] = 'entries'): void {
  update({ notice, noticeFor });
}
