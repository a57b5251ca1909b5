// The name each file this site writes carries in its "format" field. Kept together so that each importer can tell
// another tool's file from a broken one and say where it belongs, without loading that tool's code.

/** A backup of the work log (src/lib/work-log/files.ts). */
export const WORK_LOG_BACKUP_FORMAT = 'ladder-work-log';
/** An export of the readiness figures (src/lib/readiness/storage.ts). */
export const READINESS_EXPORT_FORMAT = 'ladder-readiness';
