// Which entry the work log's form is editing: set by "Edit" in the list, read by the form (two islands). Kept apart
// from the log's store so the form can load without the storage code.
import { atom } from 'nanostores';
import type { Entry } from '../lib/work-log/fields';

/** The entry in the form, or null when the form adds a new one. */
export const $logEditing = atom<Entry | null>(null);

export function editEntry(entry: Entry): void {
  $logEditing.set(entry);
}

export function stopEditing(): void {
  $logEditing.set(null);
}
