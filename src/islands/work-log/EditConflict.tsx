// What the form says when an edit would overwrite a change made in another tab, or save an entry another tab deleted:
// nothing is written until the reader chooses. Not an island itself.
import { formatDay } from '../../lib/core/dates';
import type { Entry } from '../../lib/work-log/fields';

export type Conflict = { kind: 'changed'; current: Entry } | { kind: 'gone' };

interface Props {
  conflict: Conflict;
  /** Writes the reader's version anyway (over the other tab's, or as the entry again). */
  onKeepMine: () => void;
  /** Drops the reader's changes: loads the other tab's version, or stops editing the deleted entry. */
  onTakeTheirs: () => void;
}

export function EditConflict({ conflict, onKeepMine, onTakeTheirs }: Props) {
  const gone = conflict.kind === 'gone';
  return (
    <div class="work-log__conflict" role="alert">
      <p>
        {gone
          ? 'This entry was deleted in another tab while you were editing it. Nothing was saved.'
          : `This entry was changed in another tab (its date is now ${formatDay(conflict.current.date)}) after you started editing it. Nothing was saved.`}
      </p>
      <div class="work-log__actions">
        <button type="button" class="button" onClick={onKeepMine}>
          {gone ? 'Save it again with my changes' : 'Keep my changes'}
        </button>
        <button type="button" class="button" onClick={onTakeTheirs}>
          {gone ? 'Discard my changes' : 'Use the other tab’s version'}
        </button>
      </div>
    </div>
  );
}
