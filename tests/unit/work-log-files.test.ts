import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_HEADER, MAX_LOG_FILE_BYTES, readImportFile, toBackup, toCsv, type ImportReading } from '../../src/lib/work-log/files';
import { fieldsOf } from '../../src/lib/work-log/validate';
import type { Entry, EntryFields } from '../../src/lib/work-log/fields';

const TODAY = '2026-12-02';
const CONTEXT = { today: TODAY, topLevel: 5 };

const base: EntryFields = {
  date: '2026-12-01', platform: 'Appen', project: '', level: 1, paidHours: 2, unpaidHours: 0.5, tasks: 30, earningsUsd: 40.25,
  qualityPct: null, rejected: null, notes: '',
};
const stored = (fields: Partial<EntryFields>, createdAt = 1): Entry => ({ ...base, ...fields, id: `id-${createdAt}`, createdAt });

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
      `${CSV_HEADER}\r\n` +
        '2026-11-30,Appen,"a,b",1,2,0.5,30,40.25,,,\r\n' +
        '2026-12-01,Appen,,1,2,0.5,30,40.25,97.5,1,"said ""ok"", then\nleft"\r\n',
    );
  });

  it('prefixes cells a spreadsheet would run as a formula', () => {
    const csv = toCsv([stored({ project: '=HYPERLINK("x")', notes: '+1', platform: '@SUM' }), stored({ project: '-2', notes: "'=already" }, 2)]);
    const [, first, second] = csv.split('\r\n');
    expect(first).toBe(`2026-12-01,'@SUM,"'=HYPERLINK(""x"")",1,2,0.5,30,40.25,,,'+1`);
    expect(second).toBe(`2026-12-01,Appen,'-2,1,2,0.5,30,40.25,,,''=already`);
  });
});

describe('import preview', () => {
  it('counts new rows, rows already in the log and rows with errors, with row numbers and reasons', () => {
    const log = [stored({})];
    const csv = [
      CSV_HEADER,
      '2026-12-01,Appen,,1,2,0.5,30,40.25,,,', // row 2: already in the log
      '2026-11-29,Mercor,,2,3,0,10,60,95,0,fine', // row 3: new
      '2026-11-28,Mercor,,2,-3,0,10,60,,,', // row 4: negative hours
      '2030-01-01,Mercor,,2,3,0,10,60,,,', // row 5: future
      '2026-11-27,Mercor,,2,3,0,10,60,,11,', // row 6: rejected > tasks
      '2026-11-26,Mercor,,2', // row 7: too few cells
    ].join('\n');
    const result = preview(readImportFile(csv, log, CONTEXT));
    expect(result.fresh).toEqual([{ ...base, date: '2026-11-29', platform: 'Mercor', level: 2, paidHours: 3, unpaidHours: 0, tasks: 10, earningsUsd: 60, qualityPct: 95, rejected: 0, notes: 'fine' }]);
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
    const csv = `${CSV_HEADER}\n2026-12-01,Appen,,1,3,0,1,1,,,\n2026-12-01,Appen,,1,2,0,1,1,,,\n`;
    // 20 + 3 = 23 fits; 23 + 2 = 25 does not.
    const result = preview(readImportFile(csv, log, CONTEXT));
    expect(result.fresh).toHaveLength(1);
    expect(result.errors).toEqual([{ row: 3, reason: 'Paid hours: Paid and unpaid hours on 2026-12-01 would come to 25 across its entries; a day has 24.' }]);
  });

  it('counts a repeated row as new once the log’s copies are used up', () => {
    const csv = `${CSV_HEADER}\n2026-12-01,Appen,,1,2,0.5,30,40.25,,,\n2026-12-01,Appen,,1,2,0.5,30,40.25,,,\n`;
    const result = preview(readImportFile(csv, [stored({})], CONTEXT));
    expect([result.fresh.length, result.already]).toEqual([1, 1]);
  });

  it('reads a backup and names the entry at fault', () => {
    const backup = JSON.parse(toBackup([stored({})], TODAY));
    expect(backup).toMatchObject({ format: 'ladder-work-log', schemaVersion: 1, exportedOn: TODAY });
    backup.entries.push({ ...base, tasks: 2.5 }, { ...base, __proto__: 1, extra: true }, 'nope');
    const result = preview(readImportFile(JSON.stringify(backup), [], CONTEXT));
    expect(result.kind).toBe('backup');
    expect(result.fresh).toEqual([base]);
    expect(result.errors).toEqual([
      { row: 2, reason: 'Tasks: The number of tasks must be a whole number.' },
      { row: 3, reason: 'it has an unexpected field "extra".' },
      { row: 4, reason: 'it is not an entry.' },
    ]);
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

  it('refuses text over 5 MB before parsing it', () => {
    expect(refusal(readImportFile('x'.repeat(MAX_LOG_FILE_BYTES + 1), [], CONTEXT))).toBe('The file is larger than 5 MB, too large to be an export of this log.');
  });

  it('keeps hostile text as plain text in a valid row', () => {
    const csv = `${CSV_HEADER}\r\n2026-12-01,Appen,<img src=x onerror=alert(1)>,1,1,0,1,1,,,"'=cmd|' /C calc'!A0"\r\n`;
    const [fields] = preview(readImportFile(csv, [], CONTEXT)).fresh;
    expect(fields!.project).toBe('<img src=x onerror=alert(1)>');
    expect(fields!.notes).toBe("=cmd|' /C calc'!A0");
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
    notes: fc.oneof(text(2000), fc.constantFrom('"', '\r\n', '\r', ',', '=SUM(A1)', "''+", '\n\n')),
  })
  .map(({ day, rejectedShare, ...rest }): EntryFields => ({
    ...rest,
    date: new Date(Date.UTC(2001, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
    rejected: rejectedShare === null ? null : Math.floor(rejectedShare * rest.tasks),
  }));

// Generous timeouts: 200 runs of up to 12 entries with 2,000-character notes take seconds on a busy machine.
describe('export then import round-trips exactly', { timeout: 60_000 }, () => {
  const asStored = (list: EntryFields[]): Entry[] => list.map((fields, index) => ({ ...fields, id: String(index), createdAt: index }));
  // Export order: oldest date first, then save order; the import keeps that order.
  const fileOrder = (list: Entry[]) => [...list].sort((a, b) => (a.date === b.date ? a.createdAt - b.createdAt : a.date < b.date ? -1 : 1)).map(fieldsOf);

  it('through CSV', () => {
    fc.assert(
      fc.property(fc.array(entryArbitrary, { maxLength: 12 }), (list) => {
        const entries = asStored(list);
        const result = preview(readImportFile(toCsv(entries), [], { today: '2030-01-01', topLevel: 5 }));
        expect(result.errors).toEqual([]);
        expect(result.fresh).toEqual(fileOrder(entries));
        // Importing the same file again adds nothing.
        const again = preview(readImportFile(toCsv(entries), entries, { today: '2030-01-01', topLevel: 5 }));
        expect([again.fresh.length, again.already]).toEqual([0, entries.length]);
      }),
      { numRuns: 200 },
    );
  });

  it('through the JSON backup', () => {
    fc.assert(
      fc.property(fc.array(entryArbitrary, { maxLength: 12 }), (list) => {
        const entries = asStored(list);
        const result = preview(readImportFile(toBackup(entries, TODAY), [], { today: '2030-01-01', topLevel: 5 }));
        expect(result.errors).toEqual([]);
        expect(result.fresh).toEqual(fileOrder(entries));
      }),
      { numRuns: 200 },
    );
  });
});
