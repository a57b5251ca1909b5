// The work log's state and actions: entries (newest first) read from IndexedDB, or kept in memory where the browser
// blocks it; every change written to storage first and announced to the log's other tabs.
import { atom } from 'nanostores';
import { compareNewestFirst, readStoredEntry } from '../lib/work-log/records';
import type { Entry, EntryFields } from '../lib/work-log/fields';
import { askToKeepData, openLogStorage, type LogStorage } from '../browser/work-log-db';

const CHANNEL = 'ladder-work-log:v1';

export interface WorkLogState {
  status: 'idle' | 'loading' | 'ready';
  /** Newest first. */
  entries: Entry[];
  /** Where entries are kept; "memory" means they go when the tab closes. */
  storage: LogStorage['kind'] | null;
  /** Entries taken out by the last delete: "Undo" puts them back until the next action. */
  undo: Entry[];
  /** The browser's answer when asked to keep the log, said once the first entry is saved. */
  keepNote: string;
  /** Stored records that failed the check: left in storage, not shown. */
  unreadable: number;
  /** What the last action did, for the status line. */
  notice: string;
}

/** The state before the log is opened: what the server renders, and what every island renders until mounted. */
export const UNOPENED_LOG: WorkLogState = { status: 'idle', entries: [], storage: null, undo: [], keepNote: '', unreadable: 0, notice: '' };

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

/** Opens the log once (later calls wait for the same load) and follows changes saved in other tabs. */
let loading: Promise<void> | null = null;
export function loadWorkLog(): Promise<void> {
  loading ??= (async () => {
    update({ status: 'loading' });
    storage = await openLogStorage();
    update({ ...(await readAll(storage)), storage: storage.kind, status: 'ready' });
    if (storage.kind === 'indexeddb' && typeof BroadcastChannel !== 'undefined') {
      channel = new BroadcastChannel(CHANNEL);
      channel.onmessage = () => void refresh();
    }
  })();
  return loading;
}

async function refresh(): Promise<void> {
  try {
    if (storage) update(await readAll(storage));
  } catch {
    // The connection was closed for a newer version of the page in another tab: this tab keeps what it shows.
  }
}

const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

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

/** Saves a new entry, or replaces the one with `id`. */
export async function saveEntry(fields: EntryFields, id?: string): Promise<void> {
  await loadWorkLog();
  const wasEmpty = $workLog.get().entries.length === 0;
  const existing = id === undefined ? undefined : $workLog.get().entries.find((entry) => entry.id === id);
  const entry: Entry = { ...fields, id: existing?.id ?? newId(), createdAt: existing?.createdAt ?? Date.now() };
  await write(() => storage!.put([entry]), [...without([entry.id]), entry], { notice: existing ? `Entry for ${entry.date} updated.` : `Entry for ${entry.date} added.` });
  if (wasEmpty && storage!.kind === 'indexeddb' && $workLog.get().keepNote === '') update({ keepNote: await askToKeepData() });
}

/** Deletes entries; "Undo" can restore them until the next action. */
export async function deleteEntries(ids: readonly string[]): Promise<void> {
  await loadWorkLog();
  const gone = new Set(ids);
  const removed = $workLog.get().entries.filter((entry) => gone.has(entry.id));
  const text = removed.length === 1 ? `Entry for ${removed[0]!.date} deleted.` : `${removed.length} entries deleted.`;
  await write(() => storage!.remove(ids), without(ids), { notice: text });
  update({ undo: removed });
}

export async function undoDelete(): Promise<void> {
  const { undo } = $workLog.get();
  if (undo.length === 0) return;
  await write(() => storage!.put(undo), [...without(undo.map((entry) => entry.id)), ...undo], { notice: undo.length === 1 ? 'Entry restored.' : `${undo.length} entries restored.` });
}

/** Adds imported entries in one transaction: all are saved or, on any failure, none. */
export async function addEntries(list: readonly EntryFields[]): Promise<void> {
  await loadWorkLog();
  const now = Date.now();
  // Save times follow the file's order, so entries of one day keep it.
  const entries = list.map((fields, index): Entry => ({ ...fields, id: newId(), createdAt: now + index }));
  await write(() => storage!.put(entries), [...$workLog.get().entries, ...entries], { notice: `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} imported.` });
}

/** Clears the "Undo" offer: any other action ends it. */
export function dismissUndo(): void {
  if ($workLog.get().undo.length > 0) update({ undo: [] });
}
