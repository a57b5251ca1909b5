// The one validator of typed text that the work log's form and imported files go through, and the helpers around
// it; stored records are checked by the same rules in records.ts. Pure: no browser APIs, so it runs in unit
// tests. Loaded when an entry is saved or a file is read.
import { readNumber, type CommaConvention } from '../core/numbers';
import {
  FIRST_DATE,
  MAX_DAY_HOURS,
  MAX_EARNINGS,
  MAX_NOTES,
  MAX_PLATFORM,
  MAX_PROJECT,
  MAX_TASKS_PER_ENTRY,
  UNPAID_PARTS,
  formFromEntry,
  unsplit,
  type EntryErrors,
  type EntryFields,
  type EntryForm,
} from './fields';
import { CONTROL, NOTES_CONTROL, fitsInADay, hasTwoDecimalsAtMost } from './records';
import { isIsoDate } from '../core/dates';

export interface ValidationContext {
  /** The reader's local date, "YYYY-MM-DD": later dates are refused. */
  today: string;
  /** Highest level in the data (levels run from 1 to it). */
  topLevel: number;
  /** Paid plus unpaid hours already logged per date by other entries (the one being edited left out). */
  hoursByDate: ReadonlyMap<string, number>;
  /** How an ambiguous comma is read: the reader's convention by default; every comma is decimal in a file split by ";". */
  commas?: CommaConvention;
}

const CONTROL_MESSAGE = 'Remove the invisible control characters from this text.';

/** How each kind of unpaid time reads inside a message ("hours of waiting for tasks"). */
const FIELD_NAMES = {
  unpaidTraining: 'training and onboarding',
  unpaidTests: 'qualification tests',
  unpaidWaiting: 'waiting for tasks',
  unpaidRework: 'rework',
  unpaidOther: 'other unpaid time',
} as const;

type Reading<T> = { value: T } | { error: string };

/** A number field's reading: hours and money take up to two decimals, counts (`whole`) none. */
function readAmount(raw: string, name: string, max: number, required: boolean, commas?: CommaConvention, whole = false): Reading<number | null> {
  if (raw.trim() === '') return required ? { error: `Enter the ${name}.` } : { value: null };
  const { value, problem } = readNumber(raw, commas);
  if (problem !== null) return { error: problem };
  if (value === null) return { error: `Enter the ${name} as ${whole ? 'a whole number, such as 12' : 'a number, such as 2.5'}.` };
  if (value < 0) return { error: `The ${name} cannot be negative.` };
  if (value > max) return { error: `The ${name} cannot be more than ${max.toLocaleString('en-US')}.` };
  if (whole && !Number.isInteger(value)) return { error: `The ${name} must be a whole number.` };
  if (!hasTwoDecimalsAtMost(value)) return { error: `Give the ${name} with at most two decimals.` };
  return { value };
}

const readCount = (raw: string, name: string, required: boolean, commas?: CommaConvention): Reading<number | null> =>
  readAmount(raw, name, MAX_TASKS_PER_ENTRY, required, commas, true);

/** Paid plus unpaid hours per date across the given entries. */
export function hoursByDate(entries: readonly EntryFields[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const entry of entries) totals.set(entry.date, (totals.get(entry.date) ?? 0) + entry.paidHours + entry.unpaidHours);
  return totals;
}

/**
 * Checks every field of a typed (or imported) entry. Returns the entry only when nothing is wrong; otherwise one
 * message per field at fault, worded to sit beside that field.
 */
export function validateEntry(form: EntryForm, context: ValidationContext): { fields: EntryFields | null; errors: EntryErrors } {
  const errors: EntryErrors = {};
  const date = form.date.trim();
  if (!isIsoDate(date)) errors.date = 'Enter a date such as 2026-03-31.';
  else if (date < FIRST_DATE) errors.date = 'The log starts in the year 2000; enter a later date.';
  else if (date > context.today) errors.date = 'The date cannot be in the future.';

  const platform = form.platform.trim();
  if (platform === '') errors.platform = 'Choose a platform, or Other.';
  else if (platform.length > MAX_PLATFORM) errors.platform = `The platform name can be at most ${MAX_PLATFORM} characters.`;
  else if (CONTROL.test(platform)) errors.platform = CONTROL_MESSAGE;

  const project = form.project.trim();
  if (project.length > MAX_PROJECT) errors.project = `The project name can be at most ${MAX_PROJECT} characters.`;
  else if (CONTROL.test(project)) errors.project = CONTROL_MESSAGE;

  const level = readNumber(form.level).value;
  if (level === null || !Number.isInteger(level) || level < 1 || level > context.topLevel) {
    errors.level = `Choose a level from 1 to ${context.topLevel}.`;
  }

  const { commas } = context;
  const read = {
    paidHours: readAmount(form.paidHours, 'paid hours', MAX_DAY_HOURS, true, commas),
    unpaidHours: readAmount(form.unpaidHours, 'unpaid hours', MAX_DAY_HOURS, true, commas),
    tasks: readCount(form.tasks, 'number of tasks', false, commas),
    earningsUsd: readAmount(form.earningsUsd, 'earnings', MAX_EARNINGS, true, commas),
    qualityPct: readAmount(form.qualityPct, 'quality score', 100, false, commas),
    rejected: readCount(form.rejected, 'number of tasks rejected', false, commas),
  };
  const values: Partial<Record<keyof typeof read, number | null>> = {};
  for (const [field, reading] of Object.entries(read) as [keyof typeof read, Reading<number | null>][]) {
    if ('error' in reading) errors[field] = reading.error;
    else values[field] = reading.value;
  }
  // The unpaid time by kind: blank kinds are none, and all of them blank leaves the time unsplit ("Other unpaid").
  const parts: Partial<Record<(typeof UNPAID_PARTS)[number], number>> = {};
  let split = false;
  for (const part of UNPAID_PARTS) {
    const reading = readAmount(form[part], `hours of ${FIELD_NAMES[part]}`, MAX_DAY_HOURS, false, commas);
    if ('error' in reading) errors[part] = reading.error;
    else if (reading.value !== null) {
      parts[part] = reading.value;
      split = true;
    }
  }
  const { paidHours, unpaidHours, tasks, rejected } = values;
  const partsTotal = UNPAID_PARTS.reduce((total, part) => total + (parts[part] ?? 0), 0);
  if (split && typeof unpaidHours === 'number' && UNPAID_PARTS.every((part) => errors[part] === undefined) && Math.abs(partsTotal - unpaidHours) > 0.005) {
    errors.unpaidHours = `The kinds below add up to ${Math.round(partsTotal * 100) / 100} hours, not the ${unpaidHours} unpaid hours: make them equal.`;
  }
  if (typeof rejected === 'number' && typeof tasks === 'number' && rejected > tasks) {
    errors.rejected = 'Tasks rejected cannot be more than the tasks completed.';
  } else if (typeof rejected === 'number' && tasks === null) {
    errors.rejected = 'Give the tasks completed too: tasks rejected are counted out of them.';
  }
  if (errors.date === undefined && typeof paidHours === 'number' && typeof unpaidHours === 'number') {
    const overDay = dayTotalError(date, paidHours + unpaidHours, context.hoursByDate);
    if (overDay !== null) errors.paidHours = overDay;
  }
  // Line ends of every kind read as one: no note keeps a carriage return.
  const notes = form.notes.replace(/\r\n?/g, '\n');
  if (NOTES_CONTROL.test(notes)) errors.notes = CONTROL_MESSAGE;
  else if (notes.length > MAX_NOTES) errors.notes = `Notes can be at most ${MAX_NOTES.toLocaleString('en-US')} characters (these have ${notes.length.toLocaleString('en-US')}).`;

  if (Object.keys(errors).length > 0) return { fields: null, errors };
  return {
    fields: {
      date,
      platform,
      project,
      level: level!,
      paidHours: paidHours!,
      unpaidHours: unpaidHours!,
      ...(split
        ? (Object.fromEntries(UNPAID_PARTS.map((part) => [part, parts[part] ?? 0])) as Record<(typeof UNPAID_PARTS)[number], number>)
        : unsplit(unpaidHours!)),
      tasks: tasks ?? null,
      earningsUsd: values.earningsUsd!,
      qualityPct: values.qualityPct ?? null,
      rejected: rejected ?? null,
      notes,
    },
    errors,
  };
}

/** A message when `hours` more on `date` would take that day past 24 hours across its entries, else null. */
export function dayTotalError(date: string, hours: number, totals: ReadonlyMap<string, number>): string | null {
  const dayTotal = (totals.get(date) ?? 0) + hours;
  if (fitsInADay(dayTotal)) return null;
  return `Paid and unpaid hours on ${date} would come to ${Math.round(dayTotal * 100) / 100} across its entries; a day has ${MAX_DAY_HOURS}.`;
}

/** Identifies an entry by everything the reader typed, to find rows of an import already in the log. */
export function contentKey(entry: EntryFields): string {
  return JSON.stringify([
    entry.date,
    entry.platform,
    entry.project,
    entry.level,
    entry.paidHours,
    entry.unpaidHours,
    entry.unpaidTraining,
    entry.unpaidTests,
    entry.unpaidWaiting,
    entry.unpaidRework,
    entry.unpaidOther,
    entry.tasks,
    entry.earningsUsd,
    entry.qualityPct,
    entry.rejected,
    entry.notes,
  ]);
}

/** Just the reader's fields of an entry (drops the storage key and save time). */
export function fieldsOf(entry: EntryFields): EntryFields {
  const { date, platform, project, level, paidHours, unpaidHours, tasks, earningsUsd, qualityPct, rejected, notes } = entry;
  const { unpaidTraining, unpaidTests, unpaidWaiting, unpaidRework, unpaidOther } = entry;
  return {
    date, platform, project, level, paidHours, unpaidHours, unpaidTraining, unpaidTests, unpaidWaiting, unpaidRework, unpaidOther,
    tasks, earningsUsd, qualityPct, rejected, notes,
  };
}

/** What each field of a backup's entry must hold: text, a number, a number or null (optional figures), or a number that may be absent. */
const BACKUP_FIELD_TYPES = {
  date: 'text',
  platform: 'text',
  project: 'text',
  level: 'number',
  paidHours: 'number',
  unpaidHours: 'number',
  unpaidTraining: 'number, optional',
  unpaidTests: 'number, optional',
  unpaidWaiting: 'number, optional',
  unpaidRework: 'number, optional',
  unpaidOther: 'number, optional',
  tasks: 'number or null',
  earningsUsd: 'number',
  qualityPct: 'number or null',
  rejected: 'number or null',
  notes: 'text',
} as const satisfies Record<keyof EntryFields, string>;

/** The form text of an object with the entry's fields (a backup's entry), or what is wrong, naming the field. */
export function formFromUnknown(record: Record<string, unknown>): { form: EntryForm } | { problem: string } {
  for (const [field, type] of Object.entries(BACKUP_FIELD_TYPES)) {
    // The kinds of unpaid time came later: a backup written before them has none, and its unpaid time is unsplit.
    if (record[field] === undefined && type === 'number, optional') continue;
    if (!(field in record)) return { problem: `the field “${field}” is missing.` };
    const value = record[field];
    const fits = type === 'text' ? typeof value === 'string' : type === 'number or null' ? value === null || typeof value === 'number' : typeof value === 'number';
    if (!fits) return { problem: `the field “${field}” must be ${type === 'text' ? 'text' : type === 'number or null' ? 'a number or null' : 'a number'}.` };
  }
  // The kinds as the file gives them (checked against the total when read), or blank when it gives none.
  const form = formFromEntry(record as unknown as EntryFields);
  for (const part of UNPAID_PARTS) form[part] = record[part] === undefined ? '' : String(record[part]);
  return { form };
}
