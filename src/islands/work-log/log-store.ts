// The log's store, loaded when a part at the top of the page first needs it (to save, to repeat a platform's last
// level and project, to read a log kept before "This week" had its copy), not with the page. One loader, so the
// page's scripts list the store's files once.

export const loadLogStore = () => import('../../stores/work-log');

/** The latest entry's project and level on `platform`, from the log (opened if it is not yet); null with none. */
export async function lastOnPlatform(platform: string): Promise<{ project: string; level: string } | null> {
  const { $workLog, loadWorkLog } = await loadLogStore();
  await loadWorkLog();
  const last = $workLog.get().entries.find((entry) => entry.platform === platform);
  return last ? { project: last.project, level: String(last.level) } : null;
}
