// "This week" at load: the copy of the week's totals the log's store keeps in localStorage
// (src/lib/work-log/week-snapshot.ts), followed across tabs. Written only by the log's store and its payouts part.
import { persistentAtom } from './persistent';
import { WEEK_SNAPSHOT_KEY, readWeekSnapshot, type OwedOn, type WeekSnapshot } from '../lib/work-log/week-snapshot';

export const $weekSnapshot = persistentAtom<WeekSnapshot | null>(WEEK_SNAPSHOT_KEY, null, {
  encode: (snapshot) => (snapshot === null ? null : JSON.stringify(snapshot)),
  decode: (raw) => readWeekSnapshot(JSON.parse(raw)),
});

/**
 * The week as the log now holds it (snapshotOf in src/lib/work-log/weeks.ts). Kept for the next visit only where the
 * log itself is kept (IndexedDB): a log kept in one tab must not show in another.
 */
export function keepWeek(snapshot: WeekSnapshot, lasting: boolean): void {
  lastingCopy = lasting;
  show(snapshot);
}
let lastingCopy = false;
const show = (snapshot: WeekSnapshot) => (lastingCopy ? $weekSnapshot.update(() => snapshot) : $weekSnapshot.setHere(snapshot));

/** What is owed, as the payouts part worked it out; nothing is written when the copy says so already. */
export function noteOwed(worked: OwedOn | null): void {
  const cents = (amount: number) => Math.round(amount * 100) / 100;
  const owed = worked && { on: worked.on, amount: cents(worked.amount), overdue: cents(worked.overdue) };
  const snapshot = $weekSnapshot.get();
  if (snapshot && JSON.stringify(snapshot.owed) !== JSON.stringify(owed)) show({ ...snapshot, owed });
}
