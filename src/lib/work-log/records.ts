// Stored entries: the rules every entry's values obey, a check of a stored record against them, and the log's
// order. Small on purpose: the log loads it to read storage, while the form's text parser (work-log.ts) loads only
// when an entry is saved or a file imported. Pure: no browser APIs.
import { isIsoDate } from '../core/dates';
import {
  FIRST_DATE,
  MAX_DAY_HOURS,
  MAX_EARNINGS,
  MAX_NOTES,
  MAX_PLATFORM,
  MAX_PROJECT,
  MAX_TASKS_PER_ENTRY,
  UNPAID_PARTS,
  unsplit,
  type Entry,
  type UnpaidPart,
} from './fields';

// Invisible control characters (a NUL, an escape) have no place in a name; notes may keep tabs and line breaks.
export const CONTROL = /[\u0000-\u001f\u007f]/;
export const NOTES_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Whether a number has at most two decimals (hours to the minute-ish, dollars to the cent). */
export const hasTwoDecimalsAtMost = (value: number): boolean => Number(value.toFixed(2)) === value;

/** A day's paid plus unpaid hours fit in it; a hair of tolerance so 8.1 + 15.9 reads as 24, not 24.000000000000004. */
export const fitsInADay = (hours: number): boolean => hours <= MAX_DAY_HOURS + 1e-9;

/** A number from 0 to `max` with at most two decimals; -0 read as 0. */
function storedAmount(value: unknown, max: number): number | null {
  if (typeof value !== 'number' || !(value >= 0 && value <= max) || !hasTwoDecimalsAtMost(value)) return null;
  return value + 0;
}

function storedCount(value: unknown): number | null {
  const read = storedAmount(value, MAX_TASKS_PER_ENTRY);
  return read !== null && Number.isInteger(read) ? read : null;
}

/** A name: trimmed, not over `max` characters, without control characters; null otherwise. */
function storedName(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed.length <= max && !CONTROL.test(trimmed) ? trimmed : null;
}

/**
 * Reads a record from storage defensively: anything that is not a whole, valid entry gives null (and is left alone
 * in storage rather than deleted, so nothing the reader saved is lost to a bug). It checks the stored values as they
 * are, by the rules the form's validator applies to typed text, instead of writing each one back to text and parsing
 * it: reading years of entries stays cheap. Dates to come (a clock set back) and the hours of a day's other entries
 * are checked when an entry is saved; a stored one is read as it is.
 */
export function readStoredEntry(value: unknown, context: { topLevel: number }): Entry | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const { id, createdAt, updatedAt, payoutId, date, level, qualityPct, notes } = record;
  if (typeof id !== 'string' || id === '' || typeof createdAt !== 'number' || !Number.isFinite(createdAt)) return null;
  // Records saved before edits were versioned have no updatedAt: their first save is their last.
  if (updatedAt !== undefined && (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt))) return null;
  // Records saved before payouts were kept have no payoutId: not yet paid.
  if (payoutId !== undefined && payoutId !== null && (typeof payoutId !== 'string' || payoutId === '')) return null;
  const day = typeof date === 'string' ? date.trim() : '';
  if (!isIsoDate(day) || day < FIRST_DATE) return null;
  const platform = storedName(record.platform, MAX_PLATFORM);
  const project = storedName(record.project, MAX_PROJECT);
  if (!platform || project === null) return null;
  if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > context.topLevel) return null;
  const paidHours = storedAmount(record.paidHours, MAX_DAY_HOURS);
  const unpaidHours = storedAmount(record.unpaidHours, MAX_DAY_HOURS);
  const tasks = record.tasks === null ? null : storedCount(record.tasks);
  const earningsUsd = storedAmount(record.earningsUsd, MAX_EARNINGS);
  if (paidHours === null || unpaidHours === null || (record.tasks !== null && tasks === null) || earningsUsd === null || !fitsInADay(paidHours + unpaidHours)) return null;
  // Unpaid time by kind: entries saved before the kinds have none, and all their unpaid time is "Other unpaid"; a
  // kind missing beside others is none of it.
  const parts = UNPAID_PARTS.every((part) => record[part] === undefined)
    ? unsplit(unpaidHours)
    : (Object.fromEntries(UNPAID_PARTS.map((part) => [part, record[part] === undefined ? 0 : storedAmount(record[part], MAX_DAY_HOURS)])) as Record<
        UnpaidPart,
        number | null
      >);
  const partValues = Object.values(parts);
  if (partValues.some((value) => value === null)) return null;
  if (Math.abs((partValues as number[]).reduce((total, value) => total + value, 0) - unpaidHours) > 0.005) return null;
  const quality = qualityPct === null ? null : storedAmount(qualityPct, 100);
  const rejected = record.rejected === null ? null : storedCount(record.rejected);
  // Tasks rejected are counted out of the tasks completed, so a record with rejections but no tasks is not whole.
  if ((qualityPct !== null && quality === null) || (record.rejected !== null && (rejected === null || tasks === null || rejected > tasks))) return null;
  if (typeof notes !== 'string' || notes.length > MAX_NOTES || NOTES_CONTROL.test(notes)) return null;
  return {
    date: day, platform, project, level, paidHours, unpaidHours, ...(parts as Record<UnpaidPart, number>), tasks, earningsUsd, qualityPct: quality, rejected, notes,
    id, createdAt, updatedAt: updatedAt ?? createdAt, payoutId: payoutId ?? null,
  };
}

/** Newest first: later date first, then the later-saved entry of the same date. */
export function compareNewestFirst(a: Entry, b: Entry): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return b.createdAt - a.createdAt;
}
