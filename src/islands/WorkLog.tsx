// The work log: add, edit and delete entries, see the figures the guide's bars are about, move the log in and out
// as files. Entries live in the work-log store (IndexedDB, or memory where blocked); this island renders and wires.
import { useEffect, useState } from 'preact/hooks';
import type { Entry } from '../lib/work-log';
import { $workLog, dismissUndo, loadWorkLog } from '../stores/work-log';
import { localToday } from '../lib/work-log-figures';
import { WorkLogForm, type LevelOption } from './parts/WorkLogForm';
import { WorkLogList } from './parts/WorkLogList';
import { WorkLogFigures } from './parts/WorkLogFigures';
import { WorkLogFiles } from './parts/WorkLogFiles';

interface Props {
  /** Platform names from platforms.yaml, in the data's order ("Other" is added by the form). */
  platforms: string[];
  levels: LevelOption[];
  weeklyHours: { min: number; max: number };
  activeDaysBar: number;
}

export default function WorkLog({ platforms, levels, weeklyHours, activeDaysBar }: Props) {
  // The first render is the server's: no date, the log not yet opened.
  const [log, setLog] = useState($workLog.get());
  const [today, setToday] = useState('');
  const [editing, setEditing] = useState<Entry | null>(null);

  useEffect(() => {
    setToday(localToday());
    const unsubscribe = $workLog.listen(setLog);
    setLog($workLog.get());
    loadWorkLog().catch(() => setLog({ ...$workLog.get(), notice: 'The log could not be opened. Reload the page to try again.' }));
    return unsubscribe;
  }, []);

  const ready = log.status === 'ready' && today !== '';
  useEffect(() => {
    // The benchmark measures load to this mark: the first render with the stored entries and their figures.
    if (ready) performance.mark('work-log:figures-shown');
  }, [ready]);

  const edit = (entry: Entry) => {
    dismissUndo();
    setEditing(entry);
  };

  return (
    // data-ready marks that the log has been read (tests wait for it before acting).
    <div class="work-log" data-ready={ready ? '' : undefined}>
      {log.storage === 'memory' && (
        <p class="work-log__notice" role="alert">
          This browser does not let the site keep data, so your entries will not be kept after this tab closes. The log works
          until then: export a backup before you close it.
        </p>
      )}
      <WorkLogForm platforms={platforms} levels={levels} today={today} entries={log.entries} editing={editing} onDone={() => setEditing(null)} />
      <p class="work-log__status" role="status">
        {log.notice} {log.keepNote}
      </p>
      {log.unreadable > 0 && (
        <p class="work-log__notice">
          {log.unreadable} saved {log.unreadable === 1 ? 'record' : 'records'} could not be read and {log.unreadable === 1 ? 'is' : 'are'} not shown; they
          are left untouched in storage.
        </p>
      )}
      <WorkLogList log={log} onEdit={edit} />
      {ready && <WorkLogFigures entries={log.entries} today={today} weeklyHours={weeklyHours} activeDaysBar={activeDaysBar} />}
      <WorkLogFiles entries={log.entries} today={today} topLevel={levels.length} onAction={dismissUndo} />
    </div>
  );
}
