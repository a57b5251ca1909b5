// The work log's actions: save, edit, delete and undo entries, import, and record, edit, delete and undo payouts.
// Each writes to storage first (writeLog), and only then does the page show the change. Apart from the log's state
// (./work-log.ts), which the page reads at load, so only the parts that act load these.
import { $workLog, loadWorkLog, newId, opened, update, writeLog } from './work-log';
import { earnedBy, paidKey, type ImportedEntry, type Payout, type PayoutFields } from '../lib/work-log/payouts';
import { MAX_LOG_ENTRIES, type Entry, type EntryFields } from '../lib/work-log/fields';
import { readStoredEntry } from '../lib/work-log/records';
import { addDays } from '../lib/core/dates';
import { formatCents } from '../lib/core/format';
import { askToKeepData } from '../browser/work-log-db';

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
  await writeLog({ putEntries: [entry] }, { notice: `Entry for ${entry.date} added.`, noticeFor: 'form' });
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
  await writeLog({ putEntries: [entry] }, { notice: `Entry for ${entry.date} updated.`, noticeFor: 'form' });
  return { saved: true };
}

/** Deletes entries; "Undo" can restore them until the next action, or until another tab changes the log. */
export async function deleteEntries(ids: readonly string[]): Promise<void> {
  await loadWorkLog();
  const gone = new Set(ids);
  const removed = $workLog.get().entries.filter((entry) => gone.has(entry.id));
  const text = removed.length === 1 ? `Entry for ${removed[0]!.date} deleted.` : `${removed.length} entries deleted.`;
  await writeLog({ removeEntries: ids }, { notice: text, noticeFor: 'entries' });
  update({ undo: removed });
}

export async function undoDelete(): Promise<void> {
  const { undo } = $workLog.get();
  if (undo.length === 0) return;
  // An entry's payout may have been deleted meanwhile: it comes back unpaid rather than pointing at nothing.
  const payoutIds = new Set($workLog.get().payouts.map((payout) => payout.id));
  const restored = undo.map((entry) => (entry.payoutId && !payoutIds.has(entry.payoutId) ? { ...entry, payoutId: null } : entry));
  await writeLog({ putEntries: restored }, {
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
      newPayouts.push({ ...entry.paid, platform: entry.platform, id, createdAt: now, updatedAt: now, local: null });
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
  await writeLog({ putEntries: entries, putPayouts: newPayouts }, {
    notice: `${entries.length.toLocaleString('en-US')} ${entries.length === 1 ? 'entry' : 'entries'} imported.`,
    noticeFor: 'files',
  });
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
  await writeLog({ putPayouts: [payout], putEntries: entries }, { notice: payoutNotice(fields, earnedBy(entries), 'recorded'), noticeFor: 'payouts' });
}

/** Saves a changed payout: the entries it paid are released, and the ones it covers now (`covered`) marked. */
export async function editPayout(payout: Payout, fields: PayoutFields, covered: readonly Entry[]): Promise<void> {
  await loadWorkLog();
  const now = Date.now();
  const coveredIds = new Set(covered.map((entry) => entry.id));
  const released = new Set($workLog.get().entries.filter((entry) => entry.payoutId === payout.id && !coveredIds.has(entry.id)).map((entry) => entry.id));
  const saved: Payout = { ...payout, ...fields, updatedAt: Math.max(now, payout.updatedAt + 1) };
  const paid = marked(coveredIds, saved.id, now);
  await writeLog(
    { putPayouts: [saved], putEntries: [...marked(released, null, now), ...paid] },
    { notice: payoutNotice(fields, earnedBy(paid), 'updated'), noticeFor: 'payouts' },
  );
}

/** Deletes a payout: its entries read as not yet paid again, until "Undo" pays them with it again. */
export async function deletePayout(payout: Payout): Promise<void> {
  await loadWorkLog();
  const now = Date.now();
  const paid = new Set($workLog.get().entries.filter((entry) => entry.payoutId === payout.id).map((entry) => entry.id));
  await writeLog(
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
  await writeLog(
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
    const payout: Payout = { platform, receivedOn: last, amountUsd: earnedBy(list), coversUpTo: last, id: newId(), createdAt: now, updatedAt: now, settled: true, local: null };
    payouts.push(payout);
    entries.push(...marked(new Set(list.map((entry) => entry.id)), payout.id, now));
  }
  if (payouts.length === 0) return 0;
  await writeLog({ putPayouts: payouts, putEntries: entries }, {
    notice: `${entries.length.toLocaleString('en-US')} ${entries.length === 1 ? 'entry' : 'entries'} before that date marked as paid.`,
    noticeFor: 'payouts',
  });
  return entries.length;
}

