// The work log's files: CSV and JSON backup out, and either one back in as a preview that writes nothing. A file is
// read as spreadsheets write it (Windows-1252 from Excel, mixed line ends, semicolons and decimal commas), and the
// preview says what was read so a misread is seen before anything is saved. Each entry carries the payout that paid
// it (CSV: four columns, repeated on each row the payout paid; backup: a list of payouts the entries point into), so
// export and import round-trip the money too; files written before payouts still import, as not yet paid. Loaded
// only when the reader exports or imports (it brings in the CSV parser).
import Papa from 'papaparse';
import { contentKey, dayTotalError, fieldsOf, formFromUnknown, hoursByDate, validateEntry } from './validate';
import {
  FIELD_LABELS,
  MAX_EARNINGS,
  UNPAID_PARTS,
  isSplit,
  MAX_LOG_ENTRIES,
  MAX_NOTES,
  MAX_PLATFORM,
  MAX_PROJECT,
  type Entry,
  type EntryField,
  type EntryFields,
  type EntryForm,
} from './fields';
import { parseNumber, type CommaConvention } from '../core/numbers';
import { isIsoDate } from '../core/dates';
import { hasTwoDecimalsAtMost } from './records';
import { paidByOf, paidKey, type ImportedEntry, type PaidBy, type Payout } from './payouts';
import { DEFAULT_SETTINGS, readReaderSettings, type ReaderSettings } from '../settings/reader-settings';
import { WORK_LOG_BACKUP_FORMAT } from '../core/file-formats';

/** The CSV written before payouts were kept: the entry's columns alone. It still imports, as not yet paid. */
export const CSV_HEADER_V1 = 'date,platform,project,level,paid_hours,unpaid_hours,tasks,earnings_usd,quality_pct,rejected,notes';
/** The payout that paid the row's work, repeated on each row it paid; empty while not yet paid. */
const PAYOUT_COLUMNS = 'paid_on,amount_received_usd,payout_covers_up_to,payout_settled';
/** The CSV written before unpaid time was split by kind. It still imports, its unpaid time as "Other unpaid". */
export const CSV_HEADER_V2 = `${CSV_HEADER_V1},${PAYOUT_COLUMNS}`;
/** The log's CSV: `unpaid_hours` stays the total, its kinds follow it. */
export const CSV_HEADER = `date,platform,project,level,paid_hours,unpaid_hours,unpaid_training,unpaid_tests,unpaid_waiting,unpaid_rework,unpaid_other,tasks,earnings_usd,quality_pct,rejected,notes,${PAYOUT_COLUMNS}`;
const CSV_COLUMNS = CSV_HEADER.split(',');
/** The entry field behind each CSV column before the payout's, in the header's order. */
const CSV_FIELDS: readonly EntryField[] = [
  'date', 'platform', 'project', 'level', 'paidHours', 'unpaidHours', ...UNPAID_PARTS, 'tasks', 'earningsUsd', 'qualityPct', 'rejected', 'notes',
];
/** The entry fields of the CSV written before the kinds of unpaid time (versions 1 and 2). */
const CSV_FIELDS_V1: readonly EntryField[] = CSV_FIELDS.filter((field) => !(UNPAID_PARTS as readonly string[]).includes(field));
/** Version of the backup's layout: 2 adds the payouts, 3 the reader's settings. Backups of versions 1 and 2 still import. */
export const BACKUP_SCHEMA_VERSION = 3;

/**
 * The most one entry can take in a file: a backup's keys and indentation, ten-digit dates and numbers, and every text
 * at its longest in the widest UTF-8 (3 bytes for each UTF-16 unit: a character outside ASCII, or a quote a file must
 * escape).
 */
export const MAX_ENTRY_FILE_BYTES = 400 + 3 * (MAX_PLATFORM + MAX_PROJECT + MAX_NOTES);
/** The largest file the log can have written: a backup or CSV of the fullest log the page allows, so any can be restored. */
export const MAX_LOG_FILE_BYTES = 1024 + MAX_LOG_ENTRIES * MAX_ENTRY_FILE_BYTES;

/** Oldest first, as a spreadsheet reads a diary. */
function inFileOrder(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => (a.date === b.date ? a.createdAt - b.createdAt : a.date < b.date ? -1 : 1));
}

// A cell a spreadsheet would run as a formula (or that starts with a tab or a carriage return, which some read past)
// gets a leading apostrophe; a cell that already starts with apostrophes before such a character gets one more, so
// the import can take exactly one off and round-trip every text.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The byte-order mark that tells Excel a CSV is UTF-8, so accents and emoji open as written. */
const BOM = '\uFEFF';

/** RFC 4180: a UTF-8 byte-order mark, one header row, CRLF line ends, quotes only where needed. */
export function toCsv(entries: readonly Entry[], payouts: readonly Payout[] = []): string {
  const byId = new Map(payouts.map((payout) => [payout.id, payout]));
  const rows = inFileOrder(entries).map((entry) => {
    const payout = entry.payoutId ? byId.get(entry.payoutId) : undefined;
    const paid = payout ? [payout.receivedOn, payout.amountUsd, payout.coversUpTo, payout.settled ? 'yes' : ''] : ['', '', '', ''];
    // An entry's unpaid time not split by kind is written with its kinds blank, as the form shows it.
    const split = isSplit(entry);
    const cells = CSV_FIELDS.map((field) => ((UNPAID_PARTS as readonly string[]).includes(field) && !split ? '' : entry[field]));
    return [...cells, ...paid].map(csvCell).join(',');
  });
  return BOM + [CSV_HEADER, ...rows].join('\r\n') + '\r\n';
}

/**
 * Every entry, oldest first, each pointing (`payout`) into the list of payouts, which holds every payout of the log,
 * and the reader's settings.
 */
export function toBackup(entries: readonly Entry[], exportedOn: string, payouts: readonly Payout[] = [], settings: ReaderSettings = DEFAULT_SETTINGS): string {
  const ordered = [...payouts].sort((a, b) => (a.receivedOn === b.receivedOn ? a.createdAt - b.createdAt : a.receivedOn < b.receivedOn ? -1 : 1));
  const index = new Map(ordered.map((payout, position) => [payout.id, position]));
  return JSON.stringify(
    {
      format: WORK_LOG_BACKUP_FORMAT,
      schemaVersion: BACKUP_SCHEMA_VERSION,
      exportedOn,
      entries: inFileOrder(entries).map((entry) => ({ ...fieldsOf(entry), payout: entry.payoutId ? (index.get(entry.payoutId) ?? null) : null })),
      payouts: ordered.map((payout) => ({ platform: payout.platform, ...paidByOf(payout) })),
      settings,
    },
    null,
    1,
  );
}

/** A file's text and how it was decoded. */
export interface DecodedFile {
  text: string;
  /** 'windows-1252' for a file that is not UTF-8 (Excel's "CSV (Comma delimited)" on Windows). */
  encoding: 'utf-8' | 'windows-1252';
}

/** Decodes a file's bytes: UTF-8 when they are valid UTF-8, else Windows-1252, the usual other encoding of a CSV. */
export function decodeFile(bytes: Uint8Array): DecodedFile {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

export interface RowError {
  /** Row of the CSV as a spreadsheet numbers it (the header is row 1), or position of the backup's entry (from 1). */
  row: number;
  reason: string;
}

/** The rows of a file as read, before they are compared with the log: kept so a confirmed import can check again. */
export interface ImportSource {
  kind: 'CSV' | 'backup';
  encoding: DecodedFile['encoding'];
  /** How commas in numbers were read: every comma is decimal in a CSV split by semicolons. */
  commas: CommaConvention | undefined;
  /** Each row's entry as text, and the payout the file says paid it (null: not yet paid), or why it cannot be read. */
  rows: { row: number; form: EntryForm | null; paid?: PaidBy | null; problem?: string }[];
  /** The reader's settings a backup carries (version 3), as read; confirming the import puts them in place. */
  settings?: ReaderSettings;
}

export interface ImportPreview {
  source: ImportSource;
  /** Entries not yet in the log, in file order, with the payout that paid each: what confirming would add. */
  fresh: ImportedEntry[];
  /** Payouts the fresh entries bring that the log does not have yet. */
  newPayouts: number;
  /** Rows identical to an entry already in the log (not added again). */
  already: number;
  errors: RowError[];
  /** Row numbers of rows that repeat another row of the file word for word, in groups: [[4, 9], [12, 13]]. */
  repeated: number[][];
  /** Platform names that differ only in case from another the file or the log uses: "appen" beside "Appen". */
  caseClashes: { name: string; other: string; rows: number[] }[];
  /** Why nothing can be imported although the rows are sound (the log would hold too many entries), or null. */
  blocked: string | null;
}

export type ImportReading = { ok: true; preview: ImportPreview } | { ok: false; message: string };

export interface ImportContext {
  today: string;
  topLevel: number;
}

const refuse = (message: string): ImportReading => ({ ok: false, message });

/** Quotes text taken from a file for a message, cut short; the page shows it as text only. */
const quote = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export function oversizeMessage(bytes: number): string | null {
  return bytes > MAX_LOG_FILE_BYTES
    ? `The file is larger than ${megabytes(MAX_LOG_FILE_BYTES)}, more than a backup of the fullest log (${MAX_LOG_ENTRIES.toLocaleString('en-US')} entries) can be, so it is not an export of this log.`
    : null;
}

/** Reads a file's rows (CSV or backup); nothing is compared or written. */
export function readImportSource(file: string | DecodedFile): { source: ImportSource } | { message: string } {
  const { text, encoding } = typeof file === 'string' ? { text: file, encoding: 'utf-8' as const } : file;
  const tooLarge = oversizeMessage(text.length);
  if (tooLarge) return { message: tooLarge };
  if (text.includes('\u0000')) return { message: 'The file is not text: choose a CSV or JSON file exported from this log.' };
  const body = text.replace(/^\uFEFF/, '');
  const rows = body.trimStart().startsWith('{') ? readBackup(body) : readCsv(body);
  if ('message' in rows) return rows;
  return { source: { ...rows, encoding } };
}

/** Reads an export (CSV or backup) against the log as it is; nothing is written. */
export function readImportFile(file: string | DecodedFile, log: readonly EntryFields[], context: ImportContext, logPayouts: readonly Payout[] = []): ImportReading {
  const read = readImportSource(file);
  if ('message' in read) return refuse(read.message);
  return { ok: true, preview: compareWithLog(read.source, log, context, logPayouts) };
}

type Rows = Omit<ImportSource, 'encoding'> | { message: string };

/** Where a file's header differs from the log's own (an older one, for a header as short), in words. */
function headerDifference(cells: readonly string[]): string {
  const names = cells.map((cell) => cell.trim().toLowerCase());
  const columns = cells.length <= CSV_FIELDS_V1.length ? CSV_HEADER_V1.split(',') : cells.length <= CSV_HEADER_V2.split(',').length ? CSV_HEADER_V2.split(',') : CSV_COLUMNS;
  if (!names.some((name) => columns.includes(name))) return `its first row is ${quote(cells.join(','))}`;
  const missing = columns.filter((column) => !names.includes(column));
  const unknown = names.filter((name) => !columns.includes(name));
  if (missing.length > 0 || unknown.length > 0) {
    const parts = [
      missing.length > 0 ? `it lacks ${missing.map((column) => quote(column)).join(', ')}` : '',
      unknown.length > 0 ? `it has ${unknown.map((name) => quote(name)).join(', ')}, which this log does not write` : '',
    ];
    return parts.filter(Boolean).join(', and ');
  }
  const moved = columns.findIndex((column, index) => names[index] !== column);
  return `its columns are in another order: column ${moved + 1} is ${quote(names[moved] ?? '')} where this log writes ${quote(columns[moved]!)}`;
}

/**
 * The payout a file gives for an entry, checked on its own (its dates against the entry's and today are checked
 * with the entry): null when not yet paid, or what is wrong.
 */
function readPaid(receivedOn: unknown, amount: unknown, coversUpTo: unknown, settled: unknown): PaidBy | null | { problem: string } {
  if ((receivedOn === '' || receivedOn === null) && (amount === '' || amount === null) && (coversUpTo === '' || coversUpTo === null)) return null;
  if (!isIsoDate(receivedOn)) return { problem: 'its payout has no real date it was received on.' };
  if (!isIsoDate(coversUpTo) || coversUpTo > receivedOn) return { problem: 'its payout’s last day of work must be a real date, on or before the day it was received.' };
  const usd = typeof amount === 'number' ? amount : parseNumber(amount);
  if (usd === null || !(usd >= 0 && usd <= MAX_EARNINGS) || !hasTwoDecimalsAtMost(usd)) return { problem: 'its payout’s amount must be a number of dollars, 0 or more, to the cent.' };
  if (typeof settled !== 'boolean') return { problem: 'its payout must say whether it was settled (yes or blank).' };
  return { receivedOn, amountUsd: usd + 0, coversUpTo, settled };
}

function readCsv(text: string): Rows {
  // Line ends of every kind (Windows, old Mac, mixed) read alike, and no note keeps a carriage return.
  const normalized = text.replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(normalized, { header: false, newline: '\n' });
  const [header, ...records] = parsed.data;
  const headerText = header?.join(',').trim().toLowerCase();
  const layouts: Record<string, { fields: readonly EntryField[]; payout: boolean }> = {
    [CSV_HEADER]: { fields: CSV_FIELDS, payout: true },
    [CSV_HEADER_V2]: { fields: CSV_FIELDS_V1, payout: true },
    [CSV_HEADER_V1]: { fields: CSV_FIELDS_V1, payout: false },
  };
  const layout = headerText === undefined ? undefined : layouts[headerText];
  if (!header || !layout) {
    const seen = header ? `, but ${headerDifference(header)}` : '';
    return { message: `The first row must be the header ${CSV_HEADER}${seen}. Choose a CSV exported from this log, or a backup (JSON).` };
  }
  const columns = header.length;
  const broken = new Map(parsed.errors.filter((e) => e.row !== undefined && e.row !== null).map((e) => [e.row! - 1, e.message]));
  const commas: CommaConvention | undefined = parsed.meta.delimiter === ';' ? 'allDecimal' : undefined;
  return {
    kind: 'CSV',
    // A file split by semicolons is one written where a comma is the decimal separator.
    commas,
    rows: records.flatMap((cells, index) => {
      const row = index + 2;
      // A line of nothing but spaces (or the file's last line end) is no row; the rows keep their numbers.
      if (cells.every((cell) => cell.trim() === '')) return [];
      const problem = broken.get(index);
      if (problem !== undefined) return { row, form: null, problem: `the row cannot be read (${problem}).` };
      if (cells.length !== columns) return { row, form: null, problem: `it has ${cells.length} cells; the header has ${columns}.` };
      const form = {
        ...Object.fromEntries(UNPAID_PARTS.map((part) => [part, ''])),
        ...Object.fromEntries(
          layout.fields.map((field, column) => {
            const cell = cells[column]!;
            return [field, GUARDED.test(cell) ? cell.slice(1) : cell];
          }),
        ),
      } as EntryForm;
      if (!layout.payout) return { row, form, paid: null };
      const [receivedOn, amount, coversUpTo, settled] = cells.slice(layout.fields.length).map((cell) => cell.trim());
      const settledFlag = settled === 'yes' ? true : settled === '' ? false : null;
      const paid = readPaid(receivedOn, amount === '' ? '' : parseNumber(amount, commas), coversUpTo, settledFlag);
      return paid !== null && 'problem' in paid ? { row, form: null, problem: paid.problem } : { row, form, paid };
    }),
  };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

const BACKUP_KEYS = ['format', 'schemaVersion', 'exportedOn', 'entries', 'payouts', 'settings'];
const BACKUP_PAYOUT_KEYS = ['platform', 'receivedOn', 'amountUsd', 'coversUpTo', 'settled'];

function readBackup(text: string): Rows {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { message: 'The file is not valid JSON, so it is not a backup of this log.' };
  }
  if (!isPlainObject(data) || data.format !== WORK_LOG_BACKUP_FORMAT) return { message: 'The JSON file is not a backup of this log.' };
  const extra = Object.keys(data).find((key) => !BACKUP_KEYS.includes(key));
  if (extra !== undefined) return { message: `The backup has an unexpected field ${quote(extra)}.` };
  // Version 1, written before payouts, has entries alone.
  const version = data.schemaVersion;
  if (version !== 1 && version !== 2 && version !== BACKUP_SCHEMA_VERSION) return { message: 'The backup comes from a version of this log that is not supported.' };
  if (version !== BACKUP_SCHEMA_VERSION && 'settings' in data) return { message: `The backup has an unexpected field ${quote('settings')}.` };
  if (version === BACKUP_SCHEMA_VERSION && (typeof data.settings !== 'object' || data.settings === null || Array.isArray(data.settings))) {
    return { message: 'The backup’s settings are not a set of settings.' };
  }
  if (!Array.isArray(data.entries)) return { message: 'The backup has no list of entries.' };
  if (version === 1 && 'payouts' in data) return { message: `The backup has an unexpected field ${quote('payouts')}.` };
  const payouts = version === 1 ? [] : data.payouts;
  if (!Array.isArray(payouts)) return { message: 'The backup has no list of payouts.' };
  const readPayouts = payouts.map((payout: unknown, index) => {
    if (!isPlainObject(payout) || Object.keys(payout).some((key) => !BACKUP_PAYOUT_KEYS.includes(key)) || typeof payout.platform !== 'string') {
      return { problem: `payout ${index + 1} is not a payout.` };
    }
    const paid = readPaid(payout.receivedOn, payout.amountUsd, payout.coversUpTo, payout.settled);
    return paid === null ? { problem: `payout ${index + 1} has no date or amount.` } : 'problem' in paid ? { problem: `payout ${index + 1}: ${paid.problem}` } : { platform: payout.platform, paid };
  });
  const fields = Object.keys(FIELD_LABELS);
  const entryKeys = version === 1 ? fields : [...fields, 'payout'];
  return {
    kind: 'backup',
    commas: undefined,
    ...(version === BACKUP_SCHEMA_VERSION ? { settings: readReaderSettings(data.settings) } : {}),
    rows: data.entries.map((entry: unknown, index) => {
      const row = index + 1;
      if (!isPlainObject(entry)) return { row, form: null, problem: 'it is not an entry.' };
      const unknownKey = Object.keys(entry).find((key) => !entryKeys.includes(key));
      if (unknownKey !== undefined) return { row, form: null, problem: `it has an unexpected field ${quote(unknownKey)}.` };
      const reading = formFromUnknown(entry);
      if (!('form' in reading)) return { row, form: null, problem: reading.problem };
      const pointer = entry.payout ?? null;
      if (pointer === null) return { row, form: reading.form, paid: null };
      const payout = typeof pointer === 'number' && Number.isInteger(pointer) ? readPayouts[pointer] : undefined;
      if (!payout) return { row, form: null, problem: 'its payout is not in the backup’s list of payouts.' };
      if ('problem' in payout) return { row, form: null, problem: payout.problem };
      if (payout.platform !== entry.platform) return { row, form: null, problem: 'its payout is from another platform.' };
      return { row, form: reading.form, paid: payout.paid };
    }),
  };
}

/** Groups of rows with the same content: [[row, row…]…], only groups of two or more. */
function repeatedRows(valid: readonly { row: number; fields: EntryFields }[]): number[][] {
  const byKey = new Map<string, number[]>();
  for (const { row, fields } of valid) byKey.set(contentKey(fields), [...(byKey.get(contentKey(fields)) ?? []), row]);
  return [...byKey.values()].filter((rows) => rows.length > 1);
}

/** Platform names of the file that differ only in case from another name the file or the log uses. */
function caseClashes(valid: readonly { row: number; fields: EntryFields }[], log: readonly EntryFields[]): ImportPreview['caseClashes'] {
  const names = new Map<string, Set<string>>();
  for (const name of [...log.map((entry) => entry.platform), ...valid.map(({ fields }) => fields.platform)]) {
    names.set(name.toLowerCase(), (names.get(name.toLowerCase()) ?? new Set()).add(name));
  }
  const logNames = new Set(log.map((entry) => entry.platform));
  const clashes: ImportPreview['caseClashes'] = [];
  for (const spellings of names.values()) {
    if (spellings.size < 2) continue;
    // The spelling the log already uses (or the file's first) is the reference; the others are named beside it.
    const other = [...spellings].find((name) => logNames.has(name)) ?? [...spellings][0]!;
    for (const name of spellings) {
      if (name === other) continue;
      clashes.push({ name, other, rows: valid.filter(({ fields }) => fields.platform === name).map(({ row }) => row) });
    }
  }
  return clashes;
}

/**
 * What importing `source` would do to `log` now (and to its payouts, `logPayouts`). Run again on confirming, since
 * another tab may have changed the log.
 */
export function compareWithLog(source: ImportSource, log: readonly EntryFields[], context: ImportContext, logPayouts: readonly Payout[] = []): ImportPreview {
  // A multiset of the log's entries: a file may hold two identical entries of which only one is in the log.
  const inLog = new Map<string, number>();
  for (const entry of log) inLog.set(contentKey(entry), (inLog.get(contentKey(entry)) ?? 0) + 1);
  const totals = hoursByDate(log);
  const preview: ImportPreview = { source, fresh: [], newPayouts: 0, already: 0, errors: [], repeated: [], caseClashes: [], blocked: null };
  const valid: { row: number; fields: EntryFields }[] = [];
  for (const { row, form, paid = null, problem } of source.rows) {
    if (form === null) {
      preview.errors.push({ row, reason: problem! });
      continue;
    }
    const { fields, errors } = validateEntry(form, { ...context, hoursByDate: new Map(), commas: source.commas });
    if (fields === null) {
      const reasons = Object.entries(errors).map(([field, message]) => `${FIELD_LABELS[field as EntryField]}: ${message}`);
      preview.errors.push({ row, reason: reasons.join(' ') });
      continue;
    }
    if (paid && (paid.receivedOn > context.today || paid.coversUpTo < fields.date)) {
      preview.errors.push({ row, reason: paid.receivedOn > context.today ? 'its payout is dated in the future.' : 'its payout ends before the day of the work.' });
      continue;
    }
    valid.push({ row, fields });
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
    preview.fresh.push({ ...fields, paid });
  }
  const known = new Set(logPayouts.map((payout) => paidKey(payout.platform, paidByOf(payout))));
  preview.newPayouts = new Set(preview.fresh.flatMap((entry) => (entry.paid ? [paidKey(entry.platform, entry.paid)] : [])).filter((key) => !known.has(key))).size;
  preview.repeated = repeatedRows(valid);
  preview.caseClashes = caseClashes(valid, log);
  const room = MAX_LOG_ENTRIES - log.length;
  if (preview.fresh.length > room) {
    preview.blocked = `The log can hold ${MAX_LOG_ENTRIES.toLocaleString('en-US')} entries and has ${log.length.toLocaleString('en-US')}, so it has room for ${Math.max(0, room).toLocaleString('en-US')} of the file's ${preview.fresh.length.toLocaleString('en-US')} new entries. Nothing was imported.`;
  }
  return preview;
}

/** Whether two previews of one file would import the same: what confirming checks before it writes. */
export function samePreview(a: ImportPreview, b: ImportPreview): boolean {
  return a.already === b.already && a.blocked === b.blocked && JSON.stringify([a.fresh, a.errors]) === JSON.stringify([b.fresh, b.errors]);
}
