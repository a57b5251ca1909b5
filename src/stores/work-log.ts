// The work log's state: entries (newest first) and the payouts that paid them, read from IndexedDB, or kept in the tab
// where the browser blocks it, and followed across the log's tabs. It loads with the parts that show the log, not at
// load: "This week" reads the copy of the week this store keeps (./week-snapshot.ts) on every change. The actions that
// change the log (./work-log-actions.ts) load with the parts that act, and write to storage first, through `writeLog`,
// before the page shows the change. An Undo is withdrawn once another tab changes the log, so two tabs never double a
// day.
import { atom } from 'nanostores';
import { compareNewestFirst, readStoredEntry } from '../lib/work-log/records';
import { compareNewestPayoutFirst, readStoredPayout, type Payout } from '../lib/work-log/payouts';
import type { Entry } from '../lib/work-log/fields';
import { openFailureText, openLogStorage, tabStorage, type LogChange, type LogStorage } from '../browser/work-log-db';
import { readerToday } from '../lib/core/dates';
import { snapshotOf } from '../lib/work-log/weeks';
import { keepWeek } from './week-snapshot';

const CHANNEL = 'ladder-work-log:v1';

export interface WorkLogState {
  /** `failed`: the browser could not open its storage (`failure` says why); the reader may retry or use the tab. */
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** Newest first. */
  entries: Entry[];
  /** Newest first. */
  payouts: Payout[];
  /** Where entries are kept (see LogStorage['kind']). */
  storage: LogStorage['kind'] | null;
  /** Entries taken out by the last delete: "Undo" puts them back until the next action or another tab's change. */
  undo: Entry[];
  /** The payout taken out by the last delete, with the entries it had paid: "Undo" pays them again. */
  payoutUndo: { payout: Payout; entryIds: string[] } | null;
  /** The browser's answer when asked to keep the log, said once the first entry is saved. */
  keepNote: string;
  /** Stored records (entries and payouts) that failed the check: left in storage, not shown. */
  unreadable: number;
  /** What the last action did (or why it did nothing), for the status line of the part that acted. */
  notice: string;
  /** Which part's status line says it: the form, the entries (deletes, Undo, another tab's change), the files or the payouts. */
  noticeFor: 'form' | 'entries' | 'files' | 'payouts';
  /** Why the log could not be opened, when status is `failed`. */
  failure: string;
}

/** The state before the log is opened: what the server renders, and what every island renders until mounted. */
export const UNOPENED_LOG: WorkLogState = {
  status: 'idle',
  entries: [],
  payouts: [],
  storage: null,
  undo: [],
  payoutUndo: null,
  keepNote: '',
  unreadable: 0,
  notice: '',
  noticeFor: 'form',
  failure: '',
};

export const $workLog = atom<WorkLogState>(UNOPENED_LOG);

// Each change to the entries rewrites the copy of the week "This week" shows at load.
$workLog.listen((state, previous) => {
  if (state.status === 'ready' && (previous?.status !== 'ready' || state.entries !== previous.entries)) {
    keepWeek(snapshotOf(state.entries, readerToday()), state.storage === 'indexeddb');
  }
});

let storage: LogStorage | null = null;
let channel: BroadcastChannel | null = null;

/** Changes the state shown; the actions (./work-log-actions.ts) write to storage first, through `writeLog`. */
export function update(patch: Partial<WorkLogState>): void {
  $workLog.set({ ...$workLog.get(), ...patch });
}

async function readAll(from: LogStorage): Promise<{ entries: Entry[]; payouts: Payout[]; unreadable: number }> {
  const stored = await from.all();
  const entries: Entry[] = [];
  for (const record of stored.entries) {
    const entry = readStoredEntry(record, { topLevel: __LEVEL_COUNT__ });
    if (entry) entries.push(entry);
  }
  const payouts: Payout[] = [];
  for (const record of stored.payouts) {
    const payout = readStoredPayout(record);
    if (payout) payouts.push(payout);
  }
  return {
    entries: entries.sort(compareNewestFirst),
    payouts: payouts.sort(compareNewestPayoutFirst),
    unreadable: stored.entries.length - entries.length + stored.payouts.length - payouts.length,
  };
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
    const { undo, payoutUndo } = $workLog.get();
    const withdrawn = undo.length > 0 || payoutUndo !== null;
    const noticeFor = undo.length > 0 ? ('entries' as const) : ('payouts' as const);
    update({ ...read, ...(withdrawn ? { undo: [], payoutUndo: null, notice: 'The log changed in another tab, so Undo is no longer offered.', noticeFor } : {}) });
  } catch {
    // The connection was closed for a newer version of the page in another tab: this tab keeps what it shows.
  }
}

/** Reads the log again from storage now: what an import checks against before it writes. */
export async function reloadWorkLog(): Promise<void> {
  await loadWorkLog();
  if (storage) update(await readAll(storage));
}

export const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export function opened(): LogStorage {
  if (!storage) throw new Error($workLog.get().failure || 'The work log is not open.');
  return storage;
}

/**
 * Writes to storage first; only once that succeeded does the page show the change (and the other tabs hear of it).
 * The entries and payouts shown afterwards are the ones stored: the change applied to what the page had.
 */
export async function writeLog(change: LogChange, patch: Partial<WorkLogState>): Promise<void> {
  await opened().write(change);
  const { entries, payouts } = $workLog.get();
  update({
    entries: applied(entries, change.putEntries, change.removeEntries).sort(compareNewestFirst),
    payouts: applied(payouts, change.putPayouts, change.removePayouts).sort(compareNewestPayoutFirst),
    undo: [],
    payoutUndo: null,
    ...patch,
  });
  channel?.postMessage('changed');
}

/** A list with some records taken out and others put in (replacing any with the same id). */
function applied<T extends { id: string }>(list: readonly T[], put: readonly T[] = [], removed: readonly string[] = []): T[] {
  const out = new Set([...removed, ...put.map((record) => record.id)]);
  return [...list.filter((record) => !out.has(record.id)), ...put];
}

/** Clears the "Undo" offers: any other action ends them. */
export function dismissUndo(): void {
  const { undo, payoutUndo } = $workLog.get();
  if (undo.length > 0 || payoutUndo !== null) update({ undo: [], payoutUndo: null });
}

/** Says what happened (a failed action) on the status line of the part that acted. */
export function announce(notice: string, noticeFor: WorkLogState['noticeFor'] = 'entries'): void {
  update({ notice, noticeFor });
}
