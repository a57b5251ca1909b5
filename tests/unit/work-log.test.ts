import { describe, expect, it } from 'vitest';
import { contentKey, hoursByDate, validateEntry } from '../../src/lib/work-log/validate';
import { compareNewestFirst, readStoredEntry } from '../../src/lib/work-log/records';
import { EMPTY_FORM, formFromEntry, unsplit, type Entry, type EntryForm } from '../../src/lib/work-log/fields';

const TODAY = '2026-12-02';
const context = (hours: Map<string, number> = new Map()) => ({ today: TODAY, topLevel: 5, hoursByDate: hours });
const form = (patch: Partial<EntryForm> = {}): EntryForm => ({
  ...EMPTY_FORM,
  date: '2026-12-01',
  platform: 'Appen',
  level: '2',
  paidHours: '3.5',
  unpaidHours: '0.5',
  tasks: '40',
  earningsUsd: '52.50',
  ...patch,
});

describe('validateEntry', () => {
  it('splits unpaid time by kind when asked, the kinds adding up to the total, and leaves it "Other unpaid" when not', () => {
    expect(validateEntry(form({ unpaidHours: '3' }), context()).fields).toMatchObject(unsplit(3));
    const split = validateEntry(form({ unpaidHours: '3', unpaidTraining: '1', unpaidWaiting: '1.5', unpaidRework: '0.5' }), context());
    expect(split.fields).toMatchObject({ unpaidTraining: 1, unpaidTests: 0, unpaidWaiting: 1.5, unpaidRework: 0.5, unpaidOther: 0 });
    // Parts over the total: a message beside the total, and nothing saved.
    const over = validateEntry(form({ unpaidHours: '3', unpaidTests: '2', unpaidWaiting: '2' }), context());
    expect(over.fields).toBeNull();
    expect(over.errors.unpaidHours).toBe('The kinds below add up to 4 hours, not the 3 unpaid hours: make them equal.');
    expect(validateEntry(form({ unpaidHours: '3', unpaidRework: '-1' }), context()).errors.unpaidRework).toBe('The hours of rework cannot be negative.');
    // Editing shows the kinds of a split entry, and leaves them blank for an unsplit one.
    expect(formFromEntry(split.fields!)).toMatchObject({ unpaidTraining: '1', unpaidTests: '0', unpaidOther: '0' });
    expect(formFromEntry(validateEntry(form({ unpaidHours: '3' }), context()).fields!)).toMatchObject({ unpaidOther: '', unpaidTraining: '' });
  });

  it('accepts a complete entry and reads its numbers', () => {
    const { fields, errors } = validateEntry(form({ project: ' Search relevance ', qualityPct: '96.5', rejected: '2', notes: '<b>not html</b>' }), context());
    expect(errors).toEqual({});
    expect(fields).toEqual({
      date: '2026-12-01',
      platform: 'Appen',
      project: 'Search relevance',
      level: 2,
      paidHours: 3.5,
      unpaidHours: 0.5,
      ...unsplit(0.5),
      tasks: 40,
      earningsUsd: 52.5,
      qualityPct: 96.5,
      rejected: 2,
      notes: '<b>not html</b>',
    });
  });

  it('leaves optional fields empty as null', () => {
    const { fields } = validateEntry(form(), context());
    expect(fields?.qualityPct).toBeNull();
    expect(fields?.rejected).toBeNull();
    expect(fields?.project).toBe('');
  });

  it.each([
    ['date', { date: '2026-12-03' }, 'The date cannot be in the future.'],
    ['date', { date: '1999-12-31' }, 'The log starts in the year 2000; enter a later date.'],
    ['date', { date: '2026-02-30' }, 'Enter a date such as 2026-03-31.'],
    ['paidHours', { paidHours: '-1' }, 'The paid hours cannot be negative.'],
    ['unpaidHours', { unpaidHours: '-0.5' }, 'The unpaid hours cannot be negative.'],
    ['earningsUsd', { earningsUsd: '-3' }, 'The earnings cannot be negative.'],
    ['qualityPct', { qualityPct: '100.5' }, 'The quality score cannot be more than 100.'],
    ['tasks', { tasks: '2.5' }, 'The number of tasks must be a whole number.'],
    ['tasks', { tasks: 'ten' }, 'Enter the number of tasks as a whole number, such as 12.'],
    ['rejected', { tasks: '10', rejected: '11' }, 'Tasks rejected cannot be more than the tasks completed.'],
    ['level', { level: '6' }, 'Choose a level from 1 to 5.'],
    ['platform', { platform: '' }, 'Choose a platform, or Other.'],
    ['earningsUsd', { earningsUsd: '1.005' }, 'Give the earnings with at most two decimals.'],
    ['project', { project: 'a\u0000b' }, 'Remove the invisible control characters from this text.'],
    ['notes', { notes: 'bell\u0007' }, 'Remove the invisible control characters from this text.'],
  ] as const)('puts a message beside %s for %j', (field, patch, message) => {
    const { fields, errors } = validateEntry(form(patch), context());
    expect(fields).toBeNull();
    expect(errors[field]).toBe(message);
  });

  it('refuses notes over 2,000 characters and takes exactly 2,000', () => {
    expect(validateEntry(form({ notes: 'x'.repeat(2000) }), context()).fields).not.toBeNull();
    expect(validateEntry(form({ notes: 'x'.repeat(2001) }), context()).errors.notes).toBe('Notes can be at most 2,000 characters (these have 2,001).');
  });

  it('counts every entry of the date towards its 24 hours', () => {
    // Already 20 h on 1 Dec; this entry brings 3.5 + 0.5 = 4 → exactly 24, allowed. With 20.25 h it would be 24.25.
    expect(validateEntry(form(), context(new Map([['2026-12-01', 20]]))).fields).not.toBeNull();
    expect(validateEntry(form(), context(new Map([['2026-12-01', 20.25]]))).errors.paidHours).toBe(
      'Paid and unpaid hours on 2026-12-01 would come to 24.25 across its entries; a day has 24.',
    );
    // Another date's hours do not count.
    expect(validateEntry(form(), context(new Map([['2026-11-30', 23]]))).fields).not.toBeNull();
  });

  it('reads 8.1 + 15.9 hours as a full day, not over it', () => {
    expect(validateEntry(form({ paidHours: '8.1', unpaidHours: '15.9' }), context()).fields).not.toBeNull();
  });
});

describe('entries', () => {
  const entry = (id: string, date: string, createdAt: number): Entry => ({ ...validateEntry(form({ date }), context()).fields!, id, createdAt, updatedAt: createdAt, payoutId: null });

  it('sorts newest date first, then the later save first', () => {
    const sorted = [entry('a', '2026-11-01', 5), entry('b', '2026-12-01', 1), entry('c', '2026-12-01', 9)].sort(compareNewestFirst);
    expect(sorted.map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });

  it('sums hours by date across entries', () => {
    // 1 Dec: 4 + 4 = 8 h; 30 Nov: 4 h.
    const totals = hoursByDate([entry('a', '2026-12-01', 1), entry('b', '2026-12-01', 2), entry('c', '2026-11-30', 3)]);
    expect(Object.fromEntries(totals)).toEqual({ '2026-12-01': 8, '2026-11-30': 4 });
  });

  it('round-trips an entry through the form', () => {
    const saved = entry('a', '2026-12-01', 1);
    expect(validateEntry(formFromEntry(saved), context()).fields).toEqual(
      Object.fromEntries(Object.entries(saved).filter(([key]) => !['id', 'createdAt', 'updatedAt', 'payoutId'].includes(key))),
    );
  });

  it('identifies entries by content, not by id', () => {
    expect(contentKey(entry('a', '2026-12-01', 1))).toBe(contentKey(entry('b', '2026-12-01', 2)));
    expect(contentKey(entry('a', '2026-12-01', 1))).not.toBe(contentKey(entry('a', '2026-11-30', 1)));
  });

  it('reads stored records defensively', () => {
    const good = entry('a', '2026-12-01', 1);
    expect(readStoredEntry(good, { topLevel: 5 })).toEqual(good);
    for (const bad of [null, 'x', 42, [], { ...good, id: 3 }, { ...good, tasks: '40' }, { ...good, paidHours: -1 }, { ...good, date: 'yesterday' }, { ...good, createdAt: NaN }]) {
      expect(readStoredEntry(bad, { topLevel: 5 })).toBeNull();
    }
  });
});
