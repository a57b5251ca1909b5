// The work log's state and actions: entries (newest first) and the payouts that paid them, read from IndexedDB, or
// kept in the tab where the browser blocks it; every change written to storage first and announced to the log's
// other tabs. An edit saves only over the version it started from, and an Undo is withdrawn once another tab changes
// the log, so two tabs never double a day.
import { atom } from 'nanostores';
import { compareNewestFirst, readStoredEntry } from '../lib/work-log/records';
import { compareNewestPayoutFirst, earnedBy, readStoredPayout, type Payout, type PayoutFields } from '../lib/work-log/payouts';
import { MAX_LOG_ENTRIES, type Entry, type EntryFields } from '../lib/work-log/fields';
import { paidKey, type ImportedEntry } from '../lib/work-log/files';
import { addDays } from '../lib/core/dates';
import { formatCents } from '../lib/core/format';
import { askToKeepData, openFailureText, openLogStorage, tabStorage, type LogChange, type LogStorage } from '../browser/work-log-db';

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

let storage: LogStorage | null = null;
let channel: BroadcastChannel | null = null;

function update(patch: Partial<WorkLogState>): void {
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

const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

function opened(): LogStorage {
  if (!storage) throw new Error($workLog.get().failure || 'The work log is not open.');
  return storage;
}

/**
 * Writes to storage first; only once that succeeded does the page show the change (and the other tabs hear of it).
 * The entries and payouts shown afterwards are the ones stored: the change applied to what the page had.
 */
async function write(change: LogChange, patch: Partial<WorkLogState>): Promise<void> {
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
  const entry: Entry = { ...fields, id: newId(), createdAt: now, updatedAt: now, payoutId: null };
  await write({ putEntries: [entry] }, { notice: `Entry for ${entry.date} added.`, noticeFor: 'form' });
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
  // Whether the work was paid is not the form's to change: the stored entry's payout stays.
  const entry: Entry = {
    ...fields,
    id: basedOn.id,
    createdAt: basedOn.createdAt,
    updatedAt: nextSaveTime(stored?.updatedAt ?? basedOn.updatedAt),
    payoutId: stored?.payoutId ?? basedOn.payoutId,
  };
  await write({ putEntries: [entry] }, { notice: `Entry for ${entry.date} updated.`, noticeFor: 'form' });
  return { saved: true };
}

/** Deletes entries; "Undo" can restore them until the next action, or until another tab changes the log. */
export async function deleteEntries(ids: readonly string[]): Promise<void> {
  await loadWorkLog();
  const gone = new Set(ids);
  const removed = $workLog.get().entries.filter((entry) => gone.has(entry.id));
  const text = removed.length === 1 ? `Entry for ${removed[0]!.date} deleted.` : `${removed.length} entries deleted.`;
  await write({ removeEntries: ids }, { notice: text, noticeFor: 'entries' });
  update({ undo: removed });
}

export async function undoDelete(): Promise<void> {
  const { undo } = $workLog.get();
  if (undo.length === 0) return;
  // An entry's payout may have been deleted meanwhile: it comes back unpaid rather than pointing at nothing.
  const payoutIds = new Set($workLog.get().payouts.map((payout) => payout.id));
  const restored = undo.map((entry) => (entry.payoutId && !payoutIds.has(entry.payoutId) ? { ...entry, payoutId: null } : entry));
  await write({ putEntries: restored }, {
    notice: undo.length === 1 ? 'Entry restored.' : `${undo.length} entries restored.`,
    noticeFor: 'entries',
  });
}

/**
 * Adds imported entries, with the payouts that paid them, in one transaction: all are saved or, on any failure,
 * none. A payout the log already has (same platform, day, amount and last day of work) pays them; any other is added.
 */
export async function addEntries(list: readonly ImportedEntry[]): Promise<void> {
  await loadWorkLog();
  if ($workLog.get().entries.length + list.length > MAX_LOG_ENTRIES) throw new RangeError(full());
  const now = Date.now();
  const payoutIds = new Map($workLog.get().payouts.map((payout) => [paidKey(payout.platform, payout), payout.id]));
  const newPayouts: Payout[] = [];
  const payoutOf = (entry: ImportedEntry): string | null => {
    if (!entry.paid) return null;
    const key = paidKey(entry.platform, entry.paid);
    let id = payoutIds.get(key);
    if (id === undefined) {
      id = newId();
      payoutIds.set(key, id);
      newPayouts.push({ ...entry.paid, platform: entry.platform, id, createdAt: now, updatedAt: now });
    }
    return id;
  };
  // Save times follow the file's order, so entries of one day keep it.
  const entries = list.map(({ paid: _paid, ...fields }, index): Entry => ({
    ...fields,
    id: newId(),
    createdAt: now + index,
    updatedAt: now + index,
    payoutId: payoutOf(list[index]!),
  }));
  await write({ putEntries: entries, putPayouts: newPayouts }, {
    notice: `${entries.length.toLocaleString('en-US')} ${entries.length === 1 ? 'entry' : 'entries'} imported.`,
    noticeFor: 'files',
  });
}

/** Clears the "Undo" offers: any other action ends them. */
export function dismissUndo(): void {
  const { undo, payoutUndo } = $workLog.get();
  if (undo.length > 0 || payoutUndo !== null) update({ undo: [], payoutUndo: null });
}

/** Entries of `ids` marked as paid by `payoutId` (or, with null, as not yet paid), saved now. */
function marked(ids: ReadonlySet<string>, payoutId: string | null, at: number): Entry[] {
  return $workLog
    .get()
    .entries.filter((entry) => ids.has(entry.id))
    .map((entry) => ({ ...entry, payoutId, updatedAt: Math.max(at, entry.updatedAt + 1) }));
}

/** "Received $180.00 for $200.00 of work: $20.00 less." The difference is said, never hidden. */
function payoutNotice(payout: PayoutFields, earned: number, verb: string): string {
  const difference = Math.round((payout.amountUsd - earned) * 100) / 100;
  const gap = difference === 0 ? 'the same as the work earned' : `${formatCents(Math.abs(difference))} ${difference < 0 ? 'less' : 'more'} than the work earned`;
  return `Payout from ${payout.platform} ${verb}: ${formatCents(payout.amountUsd)} for ${formatCents(earned)} of work, ${gap}.`;
}

/** Records a payout and marks the entries it covers (`covered`, from validatePayout) as paid by it. */
export async function recordPayout(fields: PayoutFields, covered: readonly Entry[]): Promise<void> {
  await loadWorkLog();
  const now = Date.now();
  const payout: Payout = { ...fields, id: newId(), createdAt: now, updatedAt: now, settled: false };
  const entries = marked(new Set(covered.map((entry) => entry.id)), payout.id, now);
  await write({ putPayouts: [payout], putEntries: entries }, { notice: payoutNotice(fields, earnedBy(entries), 'recorded'), noticeFor: 'payouts' });
}

/** Saves a changed payout: the entries it paid are released, and the ones it covers now (`covered`) marked. */
export async function editPayout(payout: Payout, fields: PayoutFields, covered: readonly Entry[]): Promise<void> {
  await loadWorkLog();
  const now = Date.now();
  const coveredIds = new Set(covered.map((entry) => entry.id));
  const released = new Set($workLog.get().entries.filter((entry) => entry.payoutId === payout.id && !coveredIds.has(entry.id)).map((entry) => entry.id));
  const saved: Payout = { ...payout, ...fields, updatedAt: Math.max(now, payout.updatedAt + 1) };
  const paid = marked(coveredIds, saved.id, now);
  await write(
    { putPayouts: [saved], putEntries: [...marked(released, null, now), ...paid] },
    { notice: payoutNotice(fields, earnedBy(paid), 'updated'), noticeFor: 'payouts' },
  );
}

/** Deletes a payout: its entries read as not yet paid again, until "Undo" pays them with it again. */
export async function deletePayout(payout: Payout): Promise<void> {
  await loadWorkLog();
  const now = Date.now();
  const paid = new Set($workLog.get().entries.filter((entry) => entry.payoutId === payout.id).map((entry) => entry.id));
  await write(
    { removePayouts: [payout.id], putEntries: marked(paid, null, now) },
    { notice: `Payout from ${payout.platform} deleted: its work reads as not yet paid.`, noticeFor: 'payouts' },
  );
  update({ payoutUndo: { payout, entryIds: [...paid] } });
}

/** Puts the last deleted payout back, paying again those of its entries that are still unpaid. */
export async function undoPayoutDelete(): Promise<void> {
  const { payoutUndo, entries } = $workLog.get();
  if (!payoutUndo) return;
  const ids = new Set(payoutUndo.entryIds);
  const stillUnpaid = new Set(entries.filter((entry) => ids.has(entry.id) && entry.payoutId === null).map((entry) => entry.id));
  await write(
    { putPayouts: [payoutUndo.payout], putEntries: marked(stillUnpaid, payoutUndo.payout.id, Date.now()) },
    { notice: `Payout from ${payoutUndo.payout.platform} restored.`, noticeFor: 'payouts' },
  );
}

/**
 * Marks every unpaid entry dated before `date` as paid, one settled payout per platform: for a log kept before it
 * followed payouts, so an old history does not read as owed. Settled payouts count for nothing in the figures.
 */
export async function settleBefore(date: string): Promise<number> {
  await loadWorkLog();
  const now = Date.now();
  const last = addDays(date, -1);
  const byPlatform = new Map<string, Entry[]>();
  for (const entry of $workLog.get().entries) {
    if (entry.payoutId !== null || entry.date > last) continue;
    byPlatform.set(entry.platform, [...(byPlatform.get(entry.platform) ?? []), entry]);
  }
  const payouts: Payout[] = [];
  const entries: Entry[] = [];
  for (const [platform, list] of byPlatform) {
    const payout: Payout = { platform, receivedOn: last, amountUsd: earnedBy(list), coversUpTo: last, id: newId(), createdAt: now, updatedAt: now, settled: true };
    payouts.push(payout);
    entries.push(...marked(new Set(list.map((entry) => entry.id)), payout.id, now));
  }
  if (payouts.length === 0) return 0;
  await write({ putPayouts: payouts, putEntries: entries }, {
    notice: `${entries.length.toLocaleString('en-US')} ${entries.length === 1 ? 'entry' : 'entries'} before that date marked as paid.`,
    noticeFor: 'payouts',
  });
  return entries.length;
}

/** Says what happened (a failed action) on the status line of the part that acted. */
export function announce(notice: string, noticeFor: WorkLogState['noticeFor'] = 'entries'): void {
  update({ notice, noticeFor });
}
