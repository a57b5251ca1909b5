// Where the work log is kept, by name, and whether this browser holds one: apart from ./work-log-db.ts (and idb) so
// "This week" can ask at load without loading either.

/** The IndexedDB database that holds the log. */
export const DB_NAME = 'ladder-work-log';
/**
 * Where a tab keeps its log when IndexedDB is blocked: this tab's sessionStorage, under one versioned key holding
 * `{ entries, payouts }`. The key of version 1 held the entries alone, as a list; it is still read.
 */
export const TAB_LOG_KEY = 'ladder:work-log:tab:v2';
export const TAB_LOG_KEY_V1 = 'ladder:work-log:tab:v1';

/** Whether this browser may hold a log: its database exists (or the browser cannot say), or this tab keeps one. */
export async function hasSavedLog(): Promise<boolean> {
  try {
    if (sessionStorage.getItem(TAB_LOG_KEY) !== null || sessionStorage.getItem(TAB_LOG_KEY_V1) !== null) return true;
  } catch {
    // sessionStorage blocked: no log kept in this tab.
  }
  try {
    if (typeof indexedDB.databases !== 'function') return true;
    return (await indexedDB.databases()).some((database) => database.name === DB_NAME);
  } catch {
    // IndexedDB blocked: no log kept there.
    return false;
  }
}
