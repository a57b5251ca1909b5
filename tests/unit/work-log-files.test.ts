import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CSV_HEADER,
  CSV_HEADER_V1,
  CSV_HEADER_V2,
  MAX_ENTRY_FILE_BYTES,
  MAX_LOG_FILE_BYTES,
  compareWithLog,
  decodeFile,
  readImportFile,
  samePreview,
  toBackup,
  toCsv,
  type ImportReading,
} from '../../src/lib/work-log/files';
import { MAX_LOG_ENTRIES, unsplit } from '../../src/lib/work-log/fields';
import type { Payout } from '../../src/lib/work-log/payouts';
import { fieldsOf } from '../../src/lib/work-log/validate';
import { readReaderSettings } from '../../src/lib/settings/reader-settings';
import type { Entry, EntryFields } from '../../src/lib/work-log/fields';

const TODAY = '2026-12-02';
const CONTEXT = { today: TODAY, topLevel: 5 };

const base: EntryFields = {
  date: '2026-12-01', platform: 'Appen', project: '', level: 1, paidHours: 2, unpaidHours: 0.5, ...unsplit(0.5), tasks: 30, earningsUsd: 40.25,
  qualityPct: null, rejected: null, notes: '',
};
const stored = (fields: Partial<EntryFields>, createdAt = 1): Entry => ({ ...base, ...fields, id: `id-${createdAt}`, createdAt, updatedAt: createdAt, payoutId: null });
/** An entry as an import reads it: its fields, and no payout. */
const unpaid = (fields: EntryFields) => ({ ...fields, paid: null });

function preview(reading: ImportReading) {
  if (!reading.ok) throw new Error(`refused: ${reading.message}`);
  return reading.preview;
}
function refusal(reading: ImportReading): string {
  if (reading.ok) throw new Error('expected the file to be refused');
  return reading.message;
}

describe('CSV export', () => {
  it('writes the header, ISO dates, RFC 4180 quoting and CRLF, oldest first', () => {
    const csv = toCsv([
      stored({ date: '2026-12-01', notes: 'said "ok", then\nleft', qualityPct: 97.5, rejected: 1 }, 2),
      stored({ date: '2026-11-30', project: 'a,b' }, 1),
    ]);
    expect(csv).toBe(
      `\uFEFF${CSV_HEADER}\r\n` +
        '2026-11-30,Appen,"a,b",1,2,0.5,,,,,,30,40.25,,,,,,,\r\n' +
        '2026-12-01,Appen,,1,2,0.5,,,,,,30,40.25,97.5,1,"said ""ok"", then\nleft",,,,\r\n',
    );
  });

  it('prefixes cells a spreadsheet would run as a formula', () => {
    const csv = toCsv([stored({ project: '=HYPERLINK("x")', notes: '+1', platform: '@SUM' }), stored({ project: '-2', notes: "'=already" }, 2)]);
    const [, first, second] = csv.split('\r\n');
    expect(first).toBe(`2026-12-01,'@SUM,"'=HYPERLINK(""x"")",1,2,0.5,,,,,,30,40.25,,,'+1,,,,`);
    expect(second).toBe(`2026-12-01,Appen,'-2,1,2,0.5,,,,,,30,40.25,,,''=already,,,,`);
  });
});

describe('import preview', () => {
  it('counts new rows, rows already in the log and rows with errors, with row numbers and reasons', () => {
    const log = [stored({})];
    const csv = [
      CSV_HEADER_V1,
      '2026-12-01,Appen,,1,2,0.5,30,40.25,,,', // row 2: already in the log
      '2026-11-29,Mercor,,2,3,0,10,60,95,0,fine', // row 3: new
      '2026-11-28,Mercor,,2,-3,0,10,60,,,', // row 4: negative hours
      '2030-01-01,Mercor,,2,3,0,10,60,,,', // row 5: future
      '2026-11-27,Mercor,,2,3,0,10,60,,11,', // row 6: rejected > tasks
      '2026-11-26,Mercor,,2', // row 7: too few cells
    ].join('\n');
    const result = preview(readImportFile(csv, log, CONTEXT));
    expect(result.fresh).toEqual([unpaid({ ...base, date: '2026-11-29', platform: 'Mercor', level: 2, paidHours: 3, unpaidHours: 0, ...unsplit(0), tasks: 10, earningsUsd: 60, qualityPct: 95, rejected: 0, notes: 'fine' })]);
    expect(result.already).toBe(1);
    expect(result.errors).toEqual([
      { row: 4, reason: 'Paid hours: The paid hours cannot be negative.' },
      { row: 5, reason: 'Date: The date cannot be in the future.' },
      { row: 6, reason: 'Tasks rejected: Tasks rejected cannot be more than the tasks completed.' },
      { row: 7, reason: 'it has 4 cells; the header has 11.' },
    ]);
  });

  it('checks 24 hours a day against the log and the file together', () => {
    const log = [stored({ paidHours: 20, unpaidHours: 0 })];
    const csv = `${CSV_HEADER_V1}\n2026-12-01,Appen,,1,3,0,1,1,,,\n2026-12-01,Appen,,1,2,0,1,1,,,\n`;
    // 20 + 3 = 23 fits; 23 + 2 = 25 does not.
    const result = preview(readImportFile(csv, log, CONTEXT));
    expect(result.fresh).toHaveLength(1);
    expect(result.errors).toEqual([{ row: 3, reason: 'Paid hours: Paid and unpaid hours on 2026-12-01 would come to 25 across its entries; a day has 24.' }]);
  });

  it('counts a repeated row as new once the log’s copies are used up', () => {
    const csv = `${CSV_HEADER_V1}\n2026-12-01,Appen,,1,2,0.5,30,40.25,,,\n2026-12-01,Appen,,1,2,0.5,30,40.25,,,\n`;
    const result = preview(readImportFile(csv, [stored({})], CONTEXT));
    expect([result.fresh.length, result.already]).toEqual([1, 1]);
  });

  it('reads a backup and names the entry at fault', () => {
    const backup = JSON.parse(toBackup([stored({})], TODAY));
    expect(backup).toMatchObject({ format: 'ladder-work-log', schemaVersion: 3, exportedOn: TODAY, payouts: [] });
    backup.entries.push({ ...base, tasks: 2.5 }, { ...base, __proto__: 1, extra: true }, 'nope');
    const result = preview(readImportFile(JSON.stringify(backup), [], CONTEXT));
    expect(result.source.kind).toBe('backup');
    expect(result.fresh).toEqual([unpaid(base)]);
    expect(result.errors).toEqual([
      { row: 2, reason: 'Tasks: The number of tasks must be a whole number.' },
      { row: 3, reason: 'it has an unexpected field "extra".' },
      { row: 4, reason: 'it is not an entry.' },
    ]);
  });

  it('carries the reader’s settings in a backup, keeping only what is sound', () => {
    const settings = readReaderSettings({ currency: { code: 'INR', rates: [{ date: '2026-12-01', perUsd: 84 }] }, floorUsd: 4, weekStart: 'Sunday' });
    const backup = JSON.parse(toBackup([stored({})], TODAY, [], settings));
    expect(preview(readImportFile(JSON.stringify(backup), [], CONTEXT)).source.settings).toEqual(settings);
    backup.settings.floorUsd = -4;
    backup.settings.currency.code = '<img>';
    expect(preview(readImportFile(JSON.stringify(backup), [], CONTEXT)).source.settings).toEqual({ ...settings, floorUsd: null, currency: null });
    backup.settings = 'none';
    expect(refusal(readImportFile(JSON.stringify(backup), [], CONTEXT))).toMatch(/settings are not a set of settings/);
  });

  it('imports a version 2 backup, which has no settings, and refuses settings in it', () => {
    const backup = { ...JSON.parse(toBackup([stored({})], TODAY)), schemaVersion: 2 };
    delete backup.settings;
    expect(preview(readImportFile(JSON.stringify(backup), [], CONTEXT)).source.settings).toBeUndefined();
    expect(refusal(readImportFile(JSON.stringify({ ...backup, settings: {} }), [], CONTEXT))).toMatch(/unexpected field "settings"/);
  });

  it.each([
    ['a wrong header', 'when,where\n2026-12-01,Appen', /^The first row must be the header date,platform,project/],
    ['an empty file', '', /^The first row must be the header/],
    ['binary content', 'PNG\u0000\u0001\u0002', /^The file is not text/],
    ['JSON that is not a backup', '{"format":"ladder-readiness","version":1}', /^The JSON file is not a backup of this log/],
    ['broken JSON', '{"format":', /^The file is not valid JSON/],
    ['a backup of another version', '{"format":"ladder-work-log","schemaVersion":9,"entries":[]}', /not supported/],
    ['a backup with an extra field', '{"format":"ladder-work-log","schemaVersion":1,"entries":[],"__proto__":{"x":1}}', /unexpected field "__proto__"/],
    ['HTML', '<script>alert(1)</script>', /^The first row must be the header .*"<script>alert\(1\)<\/script>"/],
  ])('refuses %s with a clear message', (_name, text, message) => {
    expect(refusal(readImportFile(text, [], CONTEXT))).toMatch(message);
  });

  it('refuses text larger than a backup of the fullest log can be, before parsing it', () => {
    expect(refusal(readImportFile('x'.repeat(MAX_LOG_FILE_BYTES + 1), [], CONTEXT))).toBe(
      'The file is larger than 66 MB, more than a backup of the fullest log (10,000 entries) can be, so it is not an export of this log.',
    );
  });

  it('keeps hostile text as plain text in a valid row', () => {
    const csv = `${CSV_HEADER_V1}\r\n2026-12-01,Appen,<img src=x onerror=alert(1)>,1,1,0,1,1,,,"'=cmd|' /C calc'!A0"\r\n`;
    const [fields] = preview(readImportFile(csv, [], CONTEXT)).fresh;
    expect(fields!.project).toBe('<img src=x onerror=alert(1)>');
    expect(fields!.notes).toBe("=cmd|' /C calc'!A0");
  });
});

describe('files as spreadsheets write them (issue 23)', () => {
  const csvOf = (...rows: string[]) => [CSV_HEADER_V1, ...rows].join('\r\n');

  it('decodes a Windows-1252 file (Excel’s “CSV (Comma delimited)”) and says so; UTF-8 stays UTF-8', () => {
    // "café" in Windows-1252: é is the single byte 0xE9, which is not valid UTF-8.
    const bytes = new Uint8Array([...new TextEncoder().encode(`${CSV_HEADER_V1}\r\n2026-12-01,Appen,caf`), 0xe9, ...new TextEncoder().encode(',1,1,0,1,1,,,\r\n')]);
    const decoded = decodeFile(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    const result = preview(readImportFile(decoded, [stored({ project: 'café' })], CONTEXT));
    expect(result.source.encoding).toBe('windows-1252');
    expect(result.fresh[0]!.project).toBe('café');
    expect(decodeFile(new TextEncoder().encode('café')).encoding).toBe('utf-8');
  });

  it('reads every kind of line end alike and never leaves a carriage return in a note', () => {
    const mixed = `${CSV_HEADER_V1}\n2026-12-01,Appen,,1,1,0,1,1,,,"one\r\ntwo"\r\n2026-11-30,Appen,,1,1,0,1,1,,,three\r`;
    const result = preview(readImportFile(mixed, [], CONTEXT));
    expect(result.errors).toEqual([]);
    expect(result.fresh.map((entry) => entry.notes)).toEqual(['one\ntwo', 'three']);
    const reversed = `${CSV_HEADER_V1}\r\n2026-12-01,Appen,,1,1,0,1,1,,,a\n2026-11-30,Appen,,1,1,0,1,1,,,b\n`;
    expect(preview(readImportFile(reversed, [], CONTEXT)).fresh).toHaveLength(2);
  });

  it('skips lines of spaces, and names rows that repeat each other and platforms that differ only in capitals', () => {
    const file = csvOf('2026-12-01,appen,,1,1,0,1,1,,,', '   ', '2026-11-30,Mercor,,1,1,0,1,1,,,', '2026-11-30,Mercor,,1,1,0,1,1,,,');
    const result = preview(readImportFile(file, [stored({ date: '2026-11-01' })], CONTEXT));
    expect(result.errors).toEqual([]);
    expect(result.fresh).toHaveLength(3);
    expect(result.repeated).toEqual([[4, 5]]);
    expect(result.caseClashes).toEqual([{ name: 'appen', other: 'Appen', rows: [2] }]);
  });

  it('says where a header differs: a column missing or unknown, or in another order', () => {
    expect(refusal(readImportFile('date,platform,project,level,paid hours,unpaid_hours,tasks,earnings_usd,quality_pct,rejected,notes\n', [], CONTEXT))).toContain(
      'but it lacks "paid_hours", and it has "paid hours", which this log does not write',
    );
    expect(refusal(readImportFile('platform,date,project,level,paid_hours,unpaid_hours,tasks,earnings_usd,quality_pct,rejected,notes\n', [], CONTEXT))).toContain(
      'but its columns are in another order: column 1 is "platform" where this log writes "date"',
    );
  });

  it('reads every comma as a decimal comma in a file split by semicolons', () => {
    const file = `${CSV_HEADER_V1.replaceAll(',', ';')}\n2026-12-01;Appen;;1;1,5;0;3;1,240;;;\n`;
    const result = preview(readImportFile(file, [], CONTEXT));
    expect(result.source.commas).toBe('allDecimal');
    // “1,240” is $1.24 here, where a comma-separated file would read it as $1,240.
    expect(result.fresh[0]).toMatchObject({ paidHours: 1.5, earningsUsd: 1.24 });
  });

  it('guards cells that start with a tab or a carriage return, and reads them back as written', () => {
    const csv = toCsv([stored({ notes: '\tindented' })]);
    expect(csv.split('\r\n')[1]).toBe(`2026-12-01,Appen,,1,2,0.5,,,,,,30,40.25,,,'\tindented,,,,`);
    expect(preview(readImportFile(csv, [], CONTEXT)).fresh[0]!.notes).toBe('\tindented');
  });

  it('refuses to import past the most entries the log can hold, saying how many fit', () => {
    const full = Array.from({ length: MAX_LOG_ENTRIES - 1 }, (_, i) => stored({ date: '2020-01-01', tasks: i }, i));
    const result = preview(readImportFile(csvOf('2026-12-01,Appen,,1,1,0,1,1,,,', '2026-11-30,Appen,,1,1,0,1,1,,,'), full, CONTEXT));
    expect(result.blocked).toBe("The log can hold 10,000 entries and has 9,999, so it has room for 1 of the file's 2 new entries. Nothing was imported.");
  });

  it('a backup of the fullest log fits the import’s limit, whatever its notes hold', () => {
    // The widest entry: every text at its longest, in characters of three UTF-8 bytes or quotes a file escapes.
    const widest = stored({ platform: 'é'.repeat(60), project: '"'.repeat(100), notes: '€'.repeat(2000), earningsUsd: 999_999.99, tasks: 100_000 });
    const one = new TextEncoder().encode(toBackup([widest], TODAY)).length - new TextEncoder().encode(toBackup([], TODAY)).length;
    expect(one).toBeLessThanOrEqual(MAX_ENTRY_FILE_BYTES);
    expect(new TextEncoder().encode(toCsv([widest])).length).toBeLessThanOrEqual(MAX_ENTRY_FILE_BYTES + CSV_HEADER.length + 10);
    expect(MAX_LOG_FILE_BYTES).toBeGreaterThanOrEqual(MAX_LOG_ENTRIES * MAX_ENTRY_FILE_BYTES);
  });

  it('reads unpaid time by kind, and a file written before the kinds with all its unpaid time as "Other unpaid"', () => {
    const split = `${CSV_HEADER}\r\n2026-12-01,Appen,,1,2,4,1,0.5,2,0,0.5,30,40.25,,,,,,,\r\n`;
    expect(preview(readImportFile(split, [], CONTEXT)).fresh[0]).toMatchObject({
      unpaidHours: 4, unpaidTraining: 1, unpaidTests: 0.5, unpaidWaiting: 2, unpaidRework: 0, unpaidOther: 0.5,
    });
    const over = `${CSV_HEADER}\r\n2026-12-01,Appen,,1,2,4,1,0.5,3,0,0.5,30,40.25,,,,,,,\r\n`;
    expect(preview(readImportFile(over, [], CONTEXT)).errors[0]!.reason).toMatch(/add up to 5 hours, not the 4 unpaid hours/);
    const v2 = `${CSV_HEADER_V2}\r\n2026-12-01,Appen,,1,2,4,30,40.25,,,,,,,\r\n`;
    expect(preview(readImportFile(v2, [], CONTEXT)).fresh[0]).toMatchObject({ unpaidHours: 4, ...unsplit(4) });
  });

  it('imports a file written before payouts (CSV without the payout columns, backup version 1) as not yet paid', () => {
    const csv = `${CSV_HEADER_V1}\r\n2026-12-01,Appen,,1,2,0.5,30,40.25,,,\r\n`;
    expect(preview(readImportFile(csv, [], CONTEXT)).fresh).toEqual([unpaid(base)]);
    const v1 = JSON.stringify({ format: 'ladder-work-log', schemaVersion: 1, exportedOn: TODAY, entries: [fieldsOf(stored({}))] });
    expect(preview(readImportFile(v1, [], CONTEXT)).fresh).toEqual([unpaid(base)]);
  });

  it('refuses a payout that cannot be: in the future, ending before the work, another platform’s, or not in the list', () => {
    const row = (paid: string) => `${CSV_HEADER_V2}\r\n2026-12-01,Appen,,1,2,0.5,30,40.25,,,,${paid}\r\n`;
    expect(preview(readImportFile(row('2026-12-02,40,2026-12-01,'), [], CONTEXT)).errors).toEqual([]);
    expect(preview(readImportFile(row('2026-12-09,40,2026-12-01,'), [], CONTEXT)).errors[0]!.reason).toMatch(/payout is dated in the future/);
    expect(preview(readImportFile(row('2026-12-02,40,2026-11-30,'), [], CONTEXT)).errors[0]!.reason).toMatch(/ends before the day of the work/);
    expect(preview(readImportFile(row('2026-12-02,-4,2026-12-01,'), [], CONTEXT)).errors[0]!.reason).toMatch(/amount must be a number/);
    expect(preview(readImportFile(row('2026-12-02,40,2026-12-01,maybe'), [], CONTEXT)).errors[0]!.reason).toMatch(/settled/);
    const backup = (entryPayout: unknown, payouts: unknown[]) =>
      JSON.stringify({ format: 'ladder-work-log', schemaVersion: 2, exportedOn: TODAY, entries: [{ ...fieldsOf(stored({})), payout: entryPayout }], payouts });
    const good = { platform: 'Appen', receivedOn: '2026-12-02', amountUsd: 40, coversUpTo: '2026-12-01', settled: false };
    expect(preview(readImportFile(backup(0, [good]), [], CONTEXT)).fresh[0]!.paid).toEqual({ receivedOn: '2026-12-02', amountUsd: 40, coversUpTo: '2026-12-01', settled: false });
    expect(preview(readImportFile(backup(1, [good]), [], CONTEXT)).errors[0]!.reason).toMatch(/not in the backup’s list of payouts/);
    expect(preview(readImportFile(backup(0, [{ ...good, platform: 'Mercor' }]), [], CONTEXT)).errors[0]!.reason).toMatch(/another platform/);
  });

  it('checks a confirmed import against the log as it is then: rows another tab added are not added twice', () => {
    const file = csvOf('2026-12-01,Appen,,1,12,0,1,1,,,', '2026-11-30,Appen,,1,1,0,1,1,,,');
    const first = preview(readImportFile(file, [], CONTEXT));
    expect(first.fresh).toHaveLength(2);
    // Meanwhile another tab imported the same file.
    const now = compareWithLog(first.source, first.fresh.map((fields, i) => stored(fields, i)), CONTEXT);
    expect(samePreview(first, now)).toBe(false);
    expect([now.fresh.length, now.already]).toEqual([0, 2]);
    expect(samePreview(first, compareWithLog(first.source, [], CONTEXT))).toBe(true);
  });
});

// Valid entries as the form saves them: trimmed names, hours and dollars to the cent, any notes at all.
const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);
// Any character but the invisible controls the validator refuses (tabs and line breaks stay allowed in notes).
const text = (maxLength: number, minLength = 0) =>
  fc.string({ unit: 'binary', minLength, maxLength }).map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''));
const trimmed = (maxLength: number, minLength = 0) =>
  text(maxLength, minLength).map((s) => s.replace(/[\t\n\r]/g, '').trim()).filter((s) => s.length >= minLength);
const entryArbitrary = fc
  .record({
    day: fc.integer({ min: 0, max: 9000 }),
    platform: fc.oneof(fc.constantFrom('Appen', 'Mercor', 'Other', '=1+1', '-x', "'@y"), trimmed(60, 1)),
    project: trimmed(100),
    level: fc.integer({ min: 1, max: 5 }),
    paidHours: cents(8),
    unpaidHours: cents(4),
    tasks: fc.integer({ min: 0, max: 100_000 }),
    earningsUsd: cents(100_000),
    qualityPct: fc.option(cents(100)),
    rejectedShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    // Notes as saved: line ends of every kind read as \n, so no saved note holds a carriage return.
    notes: fc.oneof(text(2000), fc.constantFrom('"', '\r\n', '\r', ',', '=SUM(A1)', "''+", '\n\n', '\tindented')).map((note) => note.replace(/\r\n?/g, '\n')),
    // Unpaid time split by kind, or not: shares of its cents, so the kinds add up to it exactly.
    shares: fc.option(fc.array(fc.nat(10), { minLength: 5, maxLength: 5 })),
  })
  .map(({ day, rejectedShare, shares, ...rest }): EntryFields => ({
    ...rest,
    ...splitOf(rest.unpaidHours, shares),
    date: new Date(Date.UTC(2001, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
    rejected: rejectedShare === null ? null : Math.floor(rejectedShare * rest.tasks),
  }));

/**
 * Up to 12 entries, as a log holds them: no day's paid and unpaid hours come to more than 24 (an import refuses such a
 * day). Three 12-hour entries on one day are rare but possible, and then a round trip rightly fails.
 */
const entryList = (minLength = 0) =>
  fc.array(entryArbitrary, { minLength, maxLength: 12 }).filter((list) => {
    const hours = new Map<string, number>();
    for (const entry of list) hours.set(entry.date, (hours.get(entry.date) ?? 0) + entry.paidHours + entry.unpaidHours);
    return [...hours.values()].every((total) => total <= 24);
  });

/** The unpaid hours split by kind in the given shares (all "Other unpaid" when there are none), to the cent. */
function splitOf(unpaidHours: number, shares: number[] | null) {
  if (!shares || shares.every((share) => share === 0)) return unsplit(unpaidHours);
  const total = Math.round(unpaidHours * 100);
  const sum = shares.reduce((a, b) => a + b, 0);
  const cents = shares.map((share) => Math.floor((total * share) / sum));
  cents[4]! += total - cents.reduce((a, b) => a + b, 0);
  const [unpaidTraining, unpaidTests, unpaidWaiting, unpaidRework, unpaidOther] = cents.map((c) => c / 100) as [number, number, number, number, number];
  return { unpaidTraining, unpaidTests, unpaidWaiting, unpaidRework, unpaidOther };
}

// Generous timeouts: 200 runs of up to 12 entries with 2,000-character notes take seconds on a busy machine.
describe('export then import round-trips exactly', { timeout: 60_000 }, () => {
  const asStored = (list: EntryFields[]): Entry[] =>
    list.map((fields, index) => ({ ...fields, id: String(index), createdAt: index, updatedAt: index, payoutId: null }));

  /**
   * Entries paid by payouts: each platform's entries up to a chosen one are paid by one payout, received a few days
   * after the last of them, for an amount that may differ from the earnings (and may be settled).
   */
  const paidLog = fc
    .record({
      list: entryList(1),
      cut: fc.nat(),
      amount: cents(100_000),
      days: fc.integer({ min: 0, max: 40 }),
      settled: fc.boolean(),
    })
    .map(({ list, cut, amount, days, settled }) => {
      const entries = asStored(list);
      const platform = entries[cut % entries.length]!.platform;
      const mine = entries.filter((entry) => entry.platform === platform).sort((a, b) => (a.date < b.date ? -1 : 1));
      const last = mine[cut % mine.length]!.date;
      const receivedOn = new Date(Date.parse(last) + days * 86_400_000).toISOString().slice(0, 10);
      const payout: Payout = { id: 'p1', platform, receivedOn, amountUsd: amount, coversUpTo: last, createdAt: 1, updatedAt: 1, settled, local: null };
      const paid = entries.map((entry) => (entry.platform === platform && entry.date <= last ? { ...entry, payoutId: payout.id } : entry));
      return { entries: paid, payouts: [payout] };
    });
  /** The entries as an import should read them back: fields, and the payout that paid each, without storage keys. */
  const expectedImport = (entries: Entry[], payouts: Payout[]) =>
    fileOrder(entries).map((fields, index) => {
      const payout = payouts.find((candidate) => candidate.id === sortedEntries(entries)[index]!.payoutId);
      return { ...fields, paid: payout ? { receivedOn: payout.receivedOn, amountUsd: payout.amountUsd, coversUpTo: payout.coversUpTo, settled: payout.settled } : null };
    });
  const sortedEntries = (list: Entry[]) => [...list].sort((a, b) => (a.date === b.date ? a.createdAt - b.createdAt : a.date < b.date ? -1 : 1));

  it('with the payouts, through CSV and through the backup', () => {
    fc.assert(
      fc.property(paidLog, ({ entries, payouts }) => {
        for (const file of [toCsv(entries, payouts), toBackup(entries, TODAY, payouts)]) {
          const result = preview(readImportFile(file, [], { today: '2030-01-01', topLevel: 5 }));
          expect(result.errors).toEqual([]);
          expect(result.fresh).toEqual(expectedImport(entries, payouts));
          expect(result.newPayouts).toBe(1);
          // Into a log that already has that payout, no new one.
          expect(preview(readImportFile(file, [], { today: '2030-01-01', topLevel: 5 }, payouts)).newPayouts).toBe(0);
        }
      }),
      { numRuns: 150 },
    );
  });
  // Export order: oldest date first, then save order; the import keeps that order.
  const fileOrder = (list: Entry[]) => [...list].sort((a, b) => (a.date === b.date ? a.createdAt - b.createdAt : a.date < b.date ? -1 : 1)).map(fieldsOf);

  it('through CSV', () => {
    fc.assert(
      fc.property(entryList(), (list) => {
        const entries = asStored(list);
        const result = preview(readImportFile(toCsv(entries), [], { today: '2030-01-01', topLevel: 5 }));
        expect(result.errors).toEqual([]);
        expect(result.fresh).toEqual(fileOrder(entries).map(unpaid));
        // Importing the same file again adds nothing.
        const again = preview(readImportFile(toCsv(entries), entries, { today: '2030-01-01', topLevel: 5 }));
        expect([again.fresh.length, again.already]).toEqual([0, entries.length]);
      }),
      { numRuns: 200 },
    );
  });

  it('through the JSON backup', () => {
    fc.assert(
      fc.property(entryList(), (list) => {
        const entries = asStored(list);
        const result = preview(readImportFile(toBackup(entries, TODAY), [], { today: '2030-01-01', topLevel: 5 }));
        expect(result.errors).toEqual([]);
        expect(result.fresh).toEqual(fileOrder(entries).map(unpaid));
      }),
      { numRuns: 200 },
    );
  });
});
