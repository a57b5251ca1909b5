// The work log's state for an island: opens the log once mounted and re-renders on every change (in this tab or
// another). The first render is the server's: the log not yet opened.
import { useEffect, useState } from 'preact/hooks';
import { $workLog, loadWorkLog, type WorkLogState } from '../../stores/work-log';

export function useWorkLog(): WorkLogState {
  const [log, setLog] = useState($workLog.get());
  useEffect(() => {
    const unsubscribe = $workLog.listen(setLog);
    setLog($workLog.get());
    void loadWorkLog();
    return unsubscribe;
  }, []);
  return log;
}
