import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formFromUnknown, validateEntry } from '../../src/lib/work-log/validate';
import { unsplit, type Entry } from '../../src/lib/work-log/fields';
import { readStoredEntry } from '../../src/lib/work-log/records';

const stored: Entry = {
  id: 'a', createdAt: 1, date: '2026-12-01', platform: 'Appen', project: 'Rater', level: 2, paidHours: 3.5, unpaidHours: 0.5, ...unsplit(0.5),
  tasks: 40, earningsUsd: 52.5, qualityPct: 90, rejected: 4, notes: 'Rubric changed.\nRead it twice.', updatedAt: 1, payoutId: null,
};
const read = (record: unknown) => readStoredEntry(record, { topLevel: 5 });

/** The way records were read before: each value written back as the form's text and parsed by the validator. */
function readThroughTheForm(value: unknown): Entry | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' || record.id === '' || typeof record.createdAt !== 'number' || !Number.isFinite(record.createdAt)) return null;
  const { updatedAt, payoutId } = record;
  if (updatedAt !== undefined && (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt))) return null;
  if (payoutId !== undefined && payoutId !== null && (typeof payoutId !== 'string' || payoutId === '')) return null;
  const reading = formFromUnknown(record);
  if ('problem' in reading) return null;
  const { fields } = validateEntry(reading.form, { today: '9999-12-31', topLevel: 5, hoursByDate: new Map() });
  return fields === null ? null : { ...fields, id: record.id, createdAt: record.createdAt, updatedAt: updatedAt ?? record.createdAt, payoutId: (payoutId as string | null | undefined) ?? null };
}

describe('reading a stored record', () => {
  it('takes a whole entry as it is, leaving out fields it does not know', () => {
    expect(read(stored)).toEqual(stored);
    expect(read({ ...stored, extra: '<script>' })).toEqual(stored);
  });

  it('trims the names and the date, as the form does', () => {
    expect(read({ ...stored, date: ' 2026-12-01 ', platform: ' Appen ', project: ' Rater\t' })).toEqual(stored);
  });

  it.each([
    ['a paid hour count below zero', { paidHours: -1 }],
    ['a day over 24 hours in one entry (20 + 4.5 = 24.5)', { paidHours: 20, unpaidHours: 4.5 }],
    ['earnings to a tenth of a cent', { earningsUsd: 1.005 }],
    ['a level above the top one', { level: 6 }],
    ['a level between two', { level: 1.5 }],
    ['more rejected tasks than tasks (41 of 40)', { rejected: 41 }],
    ['a quality score over 100', { qualityPct: 100.5 }],
    ['a quality score missing rather than null', { qualityPct: undefined }],
    ['a date that does not exist', { date: '2026-02-30' }],
    ['a date before 2000', { date: '1999-12-31' }],
    ['an empty platform', { platform: '  ' }],
    ['a control character in a project name', { project: 'a\u0000b' }],
    ['notes over 2,000 characters', { notes: 'x'.repeat(2001) }],
    ['a number kept as text', { tasks: '40' }],
    ['NaN hours', { paidHours: Number.NaN }],
    ['no save time', { createdAt: undefined }],
    ['a payout key that is not text', { payoutId: 7 }],
    ['an empty payout key', { payoutId: '' }],
  ])('refuses %s', (_reason, patch) => {
    expect(read({ ...stored, ...patch })).toBeNull();
  });

  it('reads a record saved before payouts (no payoutId) as not yet paid, and keeps a payout key', () => {
    const { payoutId: _none, ...before } = stored;
    expect(read(before)).toEqual({ ...stored, payoutId: null });
    expect(read({ ...stored, payoutId: 'p-1' })).toEqual({ ...stored, payoutId: 'p-1' });
  });

  it('takes a full day exactly (8.1 + 15.9 hours) and the limits themselves', () => {
    expect(read({ ...stored, paidHours: 8.1, unpaidHours: 15.9, ...unsplit(15.9) })).not.toBeNull();
    expect(read({ ...stored, level: 5, qualityPct: 100, rejected: 40, notes: 'x'.repeat(2000), earningsUsd: 1_000_000 })).not.toBeNull();
  });

  it('agrees with parsing each value through the form, on any record', () => {
    const number = fc.oneof(
      fc.constantFrom(0, -0, 1, 2.5, 24, 24.01, 100, 100.5, 0.1 + 0.2, 1e-7, 1e21, 1_000_000, 1_000_000.01, Number.NaN, Infinity, -1),
      fc.integer({ min: -10, max: 200 }),
      fc.integer({ min: -100, max: 3000 }).map((cents) => cents / 100),
      fc.double(),
    );
    const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('', ' ', ' Appen ', 'a\u0000b', 'tab\there', 'line\nbreak', 'bell\u0007'));
    const date = fc.oneof(
      fc.constantFrom('2026-12-01', ' 2026-12-01', '2026-02-29', '2024-02-29', '1999-12-31', '2000-01-01', 'yesterday', ''),
      fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((day) => day.toISOString().slice(0, 10)),
    );
    const anything = fc.oneof(fc.constant(null), fc.constant(undefined), fc.boolean(), text, number);
    const record = fc.record({
      id: fc.oneof(fc.constantFrom('a', ''), anything),
      createdAt: fc.oneof(fc.constant(1), anything),
      date: fc.oneof(date, anything),
      platform: fc.oneof(text, anything),
      project: fc.oneof(text, anything),
      level: fc.oneof(fc.integer({ min: 0, max: 7 }), anything),
      paidHours: number,
      unpaidHours: fc.oneof(number, anything),
      tasks: fc.oneof(fc.integer({ min: 0, max: 100_001 }), anything),
      earningsUsd: number,
      qualityPct: fc.oneof(fc.constant(null), number, anything),
      rejected: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 50 }), anything),
      notes: fc.oneof(text, anything),
    }, { requiredKeys: [] });
    fc.assert(
      fc.property(record, (value) => {
        expect(read(value)).toEqual(readThroughTheForm(value));
      }),
      { numRuns: 3000 },
    );
    // The same on records that are whole entries but for one value, where a difference would hide.
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(stored) as (keyof Entry)[])), anything, (field, value) => {
        const record = { ...stored, [field]: value };
        expect(read(record)).toEqual(readThroughTheForm(record));
      }),
      { numRuns: 3000 },
    );
  });
});
