// The log's entries, newest first, a page at a time, each with Edit and Delete; "Undo" after a delete.
// Project names and notes are rendered as text nodes, never as HTML.
import { useState } from 'preact/hooks';
import type { Entry } from '../../lib/work-log/fields';
import { formatDay } from '../../lib/core/dates';
import { deleteEntries, dismissUndo, undoDelete } from '../../stores/work-log';
import { editEntry } from '../../stores/work-log-editing';
import { useWorkLog } from './use-work-log';
import './work-log.css';

export const PAGE_SIZE = 20;

const money = (value: number) => `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

function summaryOf(entry: Entry): string {
  const parts = [
    `${entry.paidHours} paid h`,
    entry.unpaidHours > 0 ? `${entry.unpaidHours} unpaid h` : '',
    plural(entry.tasks, 'task'),
    money(entry.earningsUsd),
    entry.qualityPct === null ? '' : `quality ${entry.qualityPct}%`,
    entry.rejected === null ? '' : `${entry.rejected} rejected`,
  ];
  return parts.filter(Boolean).join(' · ');
}

const edit = (entry: Entry) => {
  dismissUndo();
  editEntry(entry);
};

export default function WorkLogEntries() {
  const log = useWorkLog();
  const [shown, setShown] = useState(PAGE_SIZE);
  const { entries, undo, status, storage, unreadable } = log;
  const visible = entries.slice(0, shown);
  return (
    // data-ready marks that the log has been read (tests wait for it).
    <section aria-labelledby="log-entries-heading" class="work-log__entries" data-ready={status === 'ready' ? '' : undefined}>
      <h2 id="log-entries-heading">Entries</h2>
      {storage === 'memory' && (
        <p class="work-log__notice" role="alert">
          This browser does not let the site keep data, so your entries will not be kept after this tab closes. The log works until then:
          export a backup before you close it.
        </p>
      )}
      {unreadable > 0 && (
        <p class="work-log__notice">
          {unreadable} saved {unreadable === 1 ? 'record' : 'records'} could not be read and {unreadable === 1 ? 'is' : 'are'} not shown; they are
          left untouched in storage.
        </p>
      )}
      {undo.length > 0 && (
        <p class="work-log__undo">
          {undo.length === 1 ? `The entry for ${formatDay(undo[0]!.date)} was deleted.` : `${plural(undo.length, 'entry', 'entries')} were deleted.`}{' '}
          <button type="button" class="button" onClick={() => void undoDelete()}>
            Undo
          </button>
        </p>
      )}
      {status !== 'ready' ? (
        <p>Opening your log…</p>
      ) : entries.length === 0 ? (
        <p>No entries yet. Add your first day above; it stays in this browser.</p>
      ) : (
        <>
          <p>
            {plural(entries.length, 'entry', 'entries')}, newest first{entries.length > shown ? `; the latest ${shown} are shown` : ''}.
          </p>
          <ol class="work-log__list">
            {visible.map((entry) => (
              <li key={entry.id} class="log-entry">
                <p class="log-entry__head">
                  <strong>{formatDay(entry.date)}</strong> · {entry.platform}
                  {entry.project && ` · ${entry.project}`} · Level {entry.level}
                </p>
                <p class="log-entry__figures">{summaryOf(entry)}</p>
                {entry.notes && <p class="log-entry__notes">{entry.notes}</p>}
                <div class="log-entry__actions">
                  <button type="button" class="button" onClick={() => edit(entry)}>
                    Edit<span class="visually-hidden"> the entry for {formatDay(entry.date)}, {entry.platform}</span>
                  </button>
                  <button type="button" class="button" onClick={() => void deleteEntries([entry.id])}>
                    Delete<span class="visually-hidden"> the entry for {formatDay(entry.date)}, {entry.platform}</span>
                  </button>
                </div>
              </li>
            ))}
          </ol>
          {entries.length > shown && (
            <button type="button" class="button" onClick={() => setShown(shown + PAGE_SIZE)}>
              Show more<span class="visually-hidden"> entries</span> ({Math.min(PAGE_SIZE, entries.length - shown)} of {(entries.length - shown).toLocaleString('en-US')} left)
            </button>
          )}
        </>
      )}
    </section>
  );
}
