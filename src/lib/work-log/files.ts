// The work log's files: CSV and JSON backup out, and either one back in as a preview that writes nothing.
// Loaded only when the reader exports or imports (it brings in the CSV parser).
import Papa from 'papaparse';
import { contentKey, dayTotalError, fieldsOf, formFromUnknown, hoursByDate, validateEntry } from './validate';
import { FIELD_LABELS, type Entry, type EntryField, type EntryFields, type EntryForm } from './fields';

export const CSV_HEADER = 'date,platform,project,level,paid_hours,unpaid_hours,tasks,earnings_usd,quality_pct,rejected,notes';
/** The entry field behind each CSV column, in the header's order. */
const CSV_FIELDS: readonly EntryField[] = [
  'date', 'platform', 'project', 'level', 'paidHours', 'unpaidHours', 'tasks', 'earningsUsd', 'qualityPct', 'rejected', 'notes',
];
export const BACKUP_FORMAT = 'ladder-work-log';
/** Version of the entry schema in backups; matches the IndexedDB schema's entries. */
export const BACKUP_SCHEMA_VERSION = 1;
export const MAX_LOG_FILE_BYTES = 5 * 1024 * 1024;

/** Oldest first, as a spreadsheet reads a diary. */
function inFileOrder(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => (a.date === b.date ? a.createdAt - b.createdAt : a.date < b.date ? -1 : 1));
}

// A cell a spreadsheet would run as a formula gets a leading apostrophe; a cell that already starts with apostrophes
// before such a character gets one more, so the import can take exactly one off and round-trip every text.
const FORMULA_START = /^'*[=+\-@]/;
const GUARDED = /^'+[=+\-@]/;

function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: one header row, CRLF line ends, quotes only where needed. */
export function toCsv(entries: readonly Entry[]): string {
  const rows = inFileOrder(entries).map((entry) => CSV_FIELDS.map((field) => csvCell(entry[field])).join(','));
  return [CSV_HEADER, ...rows].join('\r\n') + '\r\n';
}

export function toBackup(entries: readonly Entry[], exportedOn: string): string {
  return JSON.stringify(
    { format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, exportedOn, entries: inFileOrder(entries).map(fieldsOf) },
    null,
    1,
  );
}

export interface RowError {
  /** Row of the CSV as a spreadsheet numbers it (the header is row 1), or position of the backup's entry (from 1). */
  row: number;
  reason: string;
}

export interface ImportPreview {
  kind: 'CSV' | 'backup';
  /** Entries not yet in the log, in file order: what confirming would add. */
  fresh: EntryFields[];
  /** Rows identical to an entry already in the log (not added again). */
  already: number;
  errors: RowError[];
}

export type ImportReading = { ok: true; preview: ImportPreview } | { ok: false; message: string };

export interface ImportContext {
  today: string;
  topLevel: number;
}

const refuse = (message: string): ImportReading => ({ ok: false, message });

/** Quotes text taken from a file for a message, cut short; the page shows it as text only. */
const quote = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

export function oversizeMessage(bytes: number): string | null {
  return bytes > MAX_LOG_FILE_BYTES ? 'The file is larger than 5 MB, too large to be an export of this log.' : null;
}

/** Reads an export (CSV or backup) against the log as it is; nothing is written. */
export function readImportFile(text: string, log: readonly EntryFields[], context: ImportContext): ImportReading {
  const tooLarge = oversizeMessage(text.length);
  if (tooLarge) return refuse(tooLarge);
  if (text.includes('\u0000')) return refuse('The file is not text: choose a CSV or JSON file exported from this log.');
  const body = text.replace(/^\uFEFF/, '');
  const forms = body.trimStart().startsWith('{') ? readBackup(body) : readCsv(body);
  if ('message' in forms) return refuse(forms.message);
  return { ok: true, preview: compare(forms.kind, forms.rows, log, context) };
}

type Rows = { kind: ImportPreview['kind']; rows: { row: number; form: EntryForm | null; problem?: string }[] } | { message: string };

function readCsv(text: string): Rows {
  const newline = /^[^\r\n]*\r\n/.test(text) ? '\r\n' : '\n';
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true, newline });
  const [header, ...records] = parsed.data;
  if (!header || header.join(',').trim().toLowerCase() !== CSV_HEADER) {
    return {
      message: `The first row must be the header ${CSV_HEADER}${header ? `, but this file's is ${quote(header.join(','))}` : ''}. Choose a CSV exported from this log, or a backup (JSON).`,
    };
  }
  const broken = new Map(parsed.errors.filter((e) => e.row !== undefined && e.row !== null).map((e) => [e.row! - 1, e.message]));
  return {
    kind: 'CSV',
    rows: records.map((cells, index) => {
      const row = index + 2;
      const problem = broken.get(index);
      if (problem !== undefined) return { row, form: null, problem: `the row cannot be read (${problem}).` };
      if (cells.length !== CSV_FIELDS.length) return { row, form: null, problem: `it has ${cells.length} cells; the header has ${CSV_FIELDS.length}.` };
      const form = Object.fromEntries(
        CSV_FIELDS.map((field, column) => {
          const cell = cells[column]!;
          return [field, GUARDED.test(cell) ? cell.slice(1) : cell];
        }),
      ) as EntryForm;
      return { row, form };
    }),
  };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

const BACKUP_KEYS = ['format', 'schemaVersion', 'exportedOn', 'entries'];

function readBackup(text: string): Rows {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { message: 'The file is not valid JSON, so it is not a backup of this log.' };
  }
  if (!isPlainObject(data) || data.format !== BACKUP_FORMAT) return { message: 'The JSON file is not a backup of this log.' };
  const extra = Object.keys(data).find((key) => !BACKUP_KEYS.includes(key));
  if (extra !== undefined) return { message: `The backup has an unexpected field ${quote(extra)}.` };
  if (data.schemaVersion !== BACKUP_SCHEMA_VERSION) return { message: 'The backup comes from a version of this log that is not supported.' };
  if (!Array.isArray(data.entries)) return { message: 'The backup has no list of entries.' };
  const fields = Object.keys(FIELD_LABELS);
  return {
    kind: 'backup',
    rows: data.entries.map((entry: unknown, index) => {
      const row = index + 1;
      if (!isPlainObject(entry)) return { row, form: null, problem: 'it is not an entry.' };
      const unknownKey = Object.keys(entry).find((key) => !fields.includes(key));
      if (unknownKey !== undefined) return { row, form: null, problem: `it has an unexpected field ${quote(unknownKey)}.` };
      const form = formFromUnknown(entry);
      return form ? { row, form } : { row, form: null, problem: 'a field is missing or has the wrong type.' };
    }),
  };
}

function compare(kind: ImportPreview['kind'], rows: Extract<Rows, { kind: unknown }>['rows'], log: readonly EntryFields[], context: ImportContext): ImportPreview {
  // A multiset of the log's entries: a file may hold two identical entries of which only one is in the log.
  const inLog = new Map<string, number>();
  for (const entry of log) inLog.set(contentKey(entry), (inLog.get(contentKey(entry)) ?? 0) + 1);
  const totals = hoursByDate(log);
  const preview: ImportPreview = { kind, fresh: [], already: 0, errors: [] };
  for (const { row, form, problem } of rows) {
    if (form === null) {
      preview.errors.push({ row, reason: problem! });
      continue;
    }
    const { fields, errors } = validateEntry(form, { ...context, hoursByDate: new Map() });
    if (fields === null) {
      const reasons = Object.entries(errors).map(([field, message]) => `${FIELD_LABELS[field as EntryField]}: ${message}`);
      preview.errors.push({ row, reason: reasons.join(' ') });
      continue;
    }
    const key = contentKey(fields);
    const copies = inLog.get(key) ?? 0;
    if (copies > 0) {
      inLog.set(key, copies - 1);
      preview.already += 1;
      continue;
    }
    const overDay = dayTotalError(fields.date, fields.paidHours + fields.unpaidHours, totals);
    if (overDay !== null) {
      preview.errors.push({ row, reason: `${FIELD_LABELS.paidHours}: ${overDay}` });
      continue;
    }
    totals.set(fields.date, (totals.get(fields.date) ?? 0) + fields.paidHours + fields.unpaidHours);
    preview.fresh.push(fields);
  }
  return preview;
}
