// Export (CSV, JSON backup), import with a preview that writes nothing until confirmed (and checks the log again
// before it writes), and "Delete all entries" behind a confirmation. The file code and the CSV parser load only when used.
import { useRef, useState } from 'preact/hooks';
import { readerToday } from '../../lib/core/dates';
import type { ImportPreview } from '../../lib/work-log/files';
import { $workLog, dismissUndo, loadWorkLog, reloadWorkLog } from '../../stores/work-log';
import { addEntries, deleteEntries } from '../../stores/work-log-actions';
import { $settings } from '../../stores/reader-settings';
import { changeSettings } from '../../stores/reader-settings-actions';
import { useWorkLog } from './use-work-log';
import { ImportPreviewView } from './ImportPreviewView';
import './work-log.css';

const loadFiles = () => import('../../lib/work-log/files');

interface Props {
  /** Highest level in the data. */
  topLevel: number;
  /** The largest file the import takes, in MB (src/lib/work-log/files.ts), for the hint. */
  maxFileMegabytes: number;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export default function WorkLogFiles({ topLevel, maxFileMegabytes }: Props) {
  const { entries, payouts, status: logStatus } = useWorkLog();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState('');
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const statusLine = useRef<HTMLParagraphElement>(null);
  const context = () => ({ today: readerToday(), topLevel });
  const say = (text: string) => {
    setStatus(text);
    // Focus follows the outcome, so a keyboard or screen-reader user lands on what happened.
    requestAnimationFrame(() => statusLine.current?.focus());
  };

  const exportAs = async (kind: 'csv' | 'json') => {
    const [files, { downloadText }] = await Promise.all([loadFiles(), import('../../browser/download')]);
    const today = readerToday();
    if (kind === 'csv') downloadText(files.toCsv(entries, payouts), `work-log-${today}.csv`, 'text/csv;charset=utf-8');
    else downloadText(files.toBackup(entries, today, payouts, $settings.get()), `work-log-backup-${today}.json`, 'application/json');
  };

  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setPreview(null);
    setError('');
    setStatus('');
    if (!file) return;
    dismissUndo();
    const [files] = await Promise.all([loadFiles(), loadWorkLog()]);
    const tooLarge = files.oversizeMessage(file.size);
    if (tooLarge) {
      setError(`${tooLarge} Nothing was changed.`);
      return;
    }
    const reading = files.readImportFile(files.decodeFile(new Uint8Array(await file.arrayBuffer())), $workLog.get().entries, context(), $workLog.get().payouts);
    if (reading.ok) setPreview(reading.preview);
    else setError(`${reading.message} Nothing was changed.`);
  };

  const confirmImport = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      // Another tab may have changed the log since the preview: check the file against the log as it is now.
      const [files] = await Promise.all([loadFiles(), reloadWorkLog()]);
      const now = files.compareWithLog(preview.source, $workLog.get().entries, context(), $workLog.get().payouts);
      if (!files.samePreview(preview, now)) {
        setPreview(now);
        say('The log changed in another tab since this preview was made, so nothing was imported. The preview now shows the log as it is: check it and import again.');
        return;
      }
      await addEntries(preview.fresh);
      const { settings } = preview.source;
      if (settings) changeSettings(() => settings);
      say(settings ? `${$workLog.get().notice} Your settings now are the backup’s.` : $workLog.get().notice);
      setPreview(null);
    } catch {
      setError('The browser refused to save the entries, so none were added. Nothing was changed.');
    } finally {
      setBusy(false);
    }
  };

  const deleteAll = async () => {
    setConfirmingDelete(false);
    try {
      await deleteEntries(entries.map((entry) => entry.id));
      say('Every entry was deleted. Undo, under Entries, puts them back until your next action.');
    } catch {
      say('The browser refused to delete the entries; they are all still in your log.');
    }
  };

  const canImport = preview !== null && preview.errors.length === 0 && preview.fresh.length > 0 && preview.blocked === null;
  return (
    // data-ready marks that the log has been read and a chosen file will be read against it (tests wait for it).
    <section aria-labelledby="log-files-heading" class="work-log__files" data-ready={logStatus === 'ready' ? '' : undefined}>
      <h2 id="log-files-heading">Import and export</h2>
      <p>Files are made and read in this browser; nothing is uploaded. A backup keeps every field and the schema version.</p>
      <div class="work-log__actions">
        <button type="button" class="button" onClick={() => void exportAs('csv')} disabled={entries.length === 0}>
          Export CSV
        </button>
        <button type="button" class="button" onClick={() => void exportAs('json')} disabled={entries.length === 0}>
          Export backup (JSON)
        </button>
      </div>
      <div class={`field${error ? ' field--invalid' : ''}`}>
        <label for="log-import">Import a file</label>
        <input
          id="log-import"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-describedby={error ? 'log-import-hint log-import-error' : 'log-import-hint'}
          aria-invalid={error ? 'true' : undefined}
          onChange={(e) => void read(e.currentTarget)}
        />
        <p class="field__hint" id="log-import-hint">
          A CSV or backup exported from this log, up to {maxFileMegabytes} MB. You see what it holds before anything is saved.
        </p>
        {error && (
          <p class="field__error" id="log-import-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <p class="work-log__status" role="status" tabIndex={-1} ref={statusLine}>
        {status}
      </p>
      {preview && (
        <div class="work-log__preview" role="region" aria-label="Import preview">
          <ImportPreviewView preview={preview} />
          <div class="work-log__actions">
            {canImport && (
              <button type="button" class="button button--primary" disabled={busy} onClick={() => void confirmImport()}>
                Import {count(preview.fresh.length, 'entry', 'entries')}
              </button>
            )}
            <button type="button" class="button" onClick={() => setPreview(null)}>
              {canImport ? 'Cancel' : 'Close'}
            </button>
          </div>
        </div>
      )}
      <h3>Delete everything</h3>
      {confirmingDelete ? (
        <div class="work-log__confirm" role="group" aria-labelledby="log-confirm-text">
          <p id="log-confirm-text">
            Delete all {count(entries.length, 'entry', 'entries')} from this browser? You can undo it until your next action, so export a backup first
            if in doubt.
          </p>
          <div class="work-log__actions">
            <button type="button" class="button button--danger" onClick={() => void deleteAll()}>
              Yes, delete all entries
            </button>
            <button type="button" class="button" onClick={() => setConfirmingDelete(false)}>
              Keep my entries
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="button" disabled={entries.length === 0} onClick={() => { dismissUndo(); setConfirmingDelete(true); }}>
          Delete all entries
        </button>
      )}
    </section>
  );
}
