// The work log's state for an island: opens the log once mounted and re-renders on every change (in this tab or
// another). The first render is always the server's (the log not yet opened), even when another island has opened the
// log already: Preact does not set attributes while hydrating, so a first render that differed from the server's HTML
// would leave them wrong (an island hydrating after the log had opened never showed data-ready).
import { useEffect, useState } from 'preact/hooks';
import { $workLog, UNOPENED_LOG, loadWorkLog, type WorkLogState } from '../../stores/work-log';

export function useWorkLog(): WorkLogState {
  const [log, setLog] = useState(UNOPENED_LOG);
  useEffect(() => {
    const unsubscribe = $workLog.listen(setLog);
    setLog($workLog.get());
    void loadWorkLog();
    return unsubscribe;
  }, []);
  return log;
}
