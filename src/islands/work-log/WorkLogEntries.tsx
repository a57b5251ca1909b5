// The log's entries, newest first, a page at a time, each with Edit and Delete; "Undo" after a delete. Where the log
// lives (the browser, this tab, this page) is said plainly, and a log the browser cannot open offers another try or
// this tab instead. Project names and notes are rendered as text nodes, never as HTML.
import { useRef, useState } from 'preact/hooks';
import type { Entry } from '../../lib/work-log/fields';
import { formatDay } from '../../lib/core/dates';
import { moneyText } from '../../ui/Money';
import { useSettings } from '../../ui/use-settings';
import type { ReaderSettings } from '../../lib/settings/reader-settings';
import { announce, dismissUndo, retryOpening, useTabStorage } from '../../stores/work-log';
import { deleteEntries, undoDelete } from '../../stores/work-log-actions';
import { editEntry } from '../../stores/work-log-editing';
import { useWorkLog } from './use-work-log';
import { useLeaveWarning } from './use-leave-warning';
import './work-log.css';

export const PAGE_SIZE = 20;

/** "Removed or paused?" for each platform of the log the answers cover, and what the reader's own record is for. */
function RemovedLinks({ platforms, answersLinks }: { platforms: string[] } & Props) {
  const covered = platforms.filter((platform) => answersLinks[platform]);
  if (covered.length === 0) return null;
  return (
    <p class="work-log__removed">
      Removed or paused?{' '}
      {covered.map((platform, index) => (
        <>
          {index > 0 && ', '}
          <a href={`${answersLinks[platform]}#removed`}>
            <span class="visually-hidden">What the sources say for </span>
            {platform}
          </a>
        </>
      ))}
      . Your CSV export (under Import and export) is your own record of the work if you need to dispute a removal or a
      payment.
    </p>
  );
}

const many = (count: number, one: string, several = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : several}`;

function summaryOf(entry: Entry, currency: ReaderSettings['currency']): string {
  const parts = [
    `${entry.paidHours} paid h`,
    entry.unpaidHours > 0 ? `${entry.unpaidHours} unpaid h` : '',
    entry.tasks === null ? '' : many(entry.tasks, 'task'),
    moneyText(entry.earningsUsd, currency, entry.date),
    entry.qualityPct === null ? '' : `quality ${entry.qualityPct}%`,
    entry.rejected === null ? '' : `${entry.rejected} rejected`,
  ];
  return parts.filter(Boolean).join(' · ');
}

const edit = (entry: Entry) => {
  dismissUndo();
  editEntry(entry);
  // The form wakes when the focus reaches it (`client:interaction`); awake, it takes the entry and scrolls to it.
  document.querySelector<HTMLElement>('.work-log__form input')?.focus();
};

/** Runs an action on the log; if the browser refuses, says so on the status line instead of failing silently. */
async function attempt(action: () => Promise<void>, failure: string): Promise<boolean> {
  try {
    await action();
    return true;
  } catch {
    announce(failure);
    return false;
  }
}

interface Props {
  /** Each comparison platform's answers on /answers/, by the name the log writes (written at build time). */
  answersLinks: Record<string, string>;
}

export default function WorkLogEntries({ answersLinks }: Props) {
  const log = useWorkLog();
  const { currency } = useSettings();
  const [shown, setShown] = useState(PAGE_SIZE);
  const heading = useRef<HTMLHeadingElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const { entries, payouts, undo, status, storage, unreadable, notice, noticeFor, failure } = log;
  const visible = entries.slice(0, shown);
  const receivedOn = new Map(payouts.map((payout) => [payout.id, payout]));
  const paidText = (entry: Entry) => {
    const payout = entry.payoutId ? receivedOn.get(entry.payoutId) : undefined;
    if (!payout) return 'Not yet paid';
    return payout.settled ? 'Marked as paid' : `Paid on ${formatDay(payout.receivedOn)}`;
  };
  // Entries that live only in this page's memory go when it is left: the browser asks first.
  useLeaveWarning(storage === 'page' && entries.length > 0);

  const remove = async (entry: Entry) => {
    if (await attempt(() => deleteEntries([entry.id]), 'The browser refused to delete the entry; it is still in your log.')) {
      // The offer to undo is where the reader's attention should go next.
      requestAnimationFrame(() => undoButton.current?.focus());
    }
  };
  const restore = async () => {
    if (await attempt(undoDelete, 'The browser refused to put the entry back; try Undo again.')) heading.current?.focus();
  };

  return (
    // data-ready marks that the log has been read (tests wait for it).
    <section aria-labelledby="log-entries-heading" class="work-log__entries" data-ready={status === 'ready' ? '' : undefined}>
      <h2 id="log-entries-heading" ref={heading} tabIndex={-1}>
        Entries
      </h2>
      {storage === 'tab' && (
        <p class="work-log__notice" role="alert">
          This browser does not let the site keep data for good (a private window does this, as does a setting that
          blocks site data), so your entries are kept only while this tab is open:
          they stay as you move around the site, and go when you close the tab. Export a backup before you close it.
        </p>
      )}
      {storage === 'page' && (
        <p class="work-log__notice" role="alert">
          This browser does not let the site keep any data, so your entries last only until you leave or reload this page.
          Export a backup before you leave it; the browser will ask you first.
        </p>
      )}
      {unreadable > 0 && (
        <p class="work-log__notice">
          {many(unreadable, 'saved record')} could not be read and {unreadable === 1 ? 'is' : 'are'} not shown; they are left untouched in
          storage.
        </p>
      )}
      {undo.length > 0 && (
        <p class="work-log__undo">
          {undo.length === 1 ? `The entry for ${formatDay(undo[0]!.date)} was deleted.` : `${many(undo.length, 'entry', 'entries')} were deleted.`}{' '}
          <button type="button" class="button" ref={undoButton} onClick={() => void restore()}>
            Undo
          </button>
        </p>
      )}
      <p class="work-log__status" role="status">
        {noticeFor === 'entries' ? notice : ''}
      </p>
      {status === 'failed' ? (
        <div class="work-log__notice" role="alert">
          <p>
            {failure} Entries saved before are not lost: they stay in the browser and appear once it opens them. You can try again,
            or keep a log in this tab for now (export it before you close the tab).
          </p>
          <div class="work-log__actions">
            <button type="button" class="button" onClick={() => void retryOpening()}>
              Try again
            </button>
            <button type="button" class="button" onClick={() => void useTabStorage()}>
              Use a log in this tab
            </button>
          </div>
        </div>
      ) : status !== 'ready' ? (
        <p>Opening your log…</p>
      ) : entries.length === 0 ? (
        <p>No entries yet. Add your first day above; it stays in this browser.</p>
      ) : (
        <>
          <p>
            {many(entries.length, 'entry', 'entries')}, newest first{entries.length > shown ? `; the latest ${shown} are shown` : ''}.
          </p>
          <RemovedLinks platforms={[...new Set(entries.map((entry) => entry.platform))]} answersLinks={answersLinks} />
          <ol class="work-log__list">
            {visible.map((entry) => (
              <li key={entry.id} class="log-entry">
                <p class="log-entry__head">
                  <strong>{formatDay(entry.date)}</strong> · {entry.platform}
                  {entry.project && ` · ${entry.project}`} · Level {entry.level}
                </p>
                <p class="log-entry__figures">
                  {summaryOf(entry, currency)} · <span class={entry.payoutId ? 'log-entry__paid' : 'log-entry__unpaid'}>{paidText(entry)}</span>
                </p>
                {entry.notes && <p class="log-entry__notes">{entry.notes}</p>}
                <div class="log-entry__actions">
                  <button type="button" class="button" onClick={() => edit(entry)}>
                    Edit<span class="visually-hidden"> the entry for {formatDay(entry.date)}, {entry.platform}</span>
                  </button>
                  <button type="button" class="button" onClick={() => void remove(entry)}>
                    Delete<span class="visually-hidden"> the entry for {formatDay(entry.date)}, {entry.platform}</span>
                  </button>
                </div>
              </li>
            ))}
          </ol>
          {entries.length > shown && (
            <button type="button" class="button" onClick={() => setShown(shown + PAGE_SIZE)}>
              Show more<span class="visually-hidden"> entries</span> ({Math.min(PAGE_SIZE, entries.length - shown)} of{' '}
              {(entries.length - shown).toLocaleString('en-US')} left)
            </button>
          )}
        </>
      )}
    </section>
  );
}
