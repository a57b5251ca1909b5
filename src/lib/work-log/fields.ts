// The work log's entry: its fields, labels and limits, and the form's text for it. Small on purpose: the form
// loads it at once, while the validator (work-log.ts) loads when an entry is saved.

/** One day's work on one platform (a day can have several entries). */
export interface EntryFields {
  /** The day worked, "YYYY-MM-DD". */
  date: string;
  /** A platform's name from the data, "Other", or any short name an imported file gave. */
  platform: string;
  /** Optional project name; "" when none. */
  project: string;
  /** Ladder level the work was done at, 1 to the top level. */
  level: number;
  /** Hours paid for, 0 to 24, at most two decimals. */
  paidHours: number;
  /** Hours the work took without pay (waiting for tasks, reading guidelines, a test that is not paid), 0 to 24. */
  unpaidHours: number;
  /** Of the unpaid hours: training and onboarding. The five kinds add up to `unpaidHours`. */
  unpaidTraining: number;
  /** Of the unpaid hours: qualification tests. */
  unpaidTests: number;
  /** Of the unpaid hours: waiting for tasks. */
  unpaidWaiting: number;
  /** Of the unpaid hours: rework. */
  unpaidRework: number;
  /** Of the unpaid hours: any other (all of them, for an entry whose unpaid time is not split, and for older entries). */
  unpaidOther: number;
  /** Tasks completed, a whole number; null when not given (a quick entry gives only hours and earnings). */
  tasks: number | null;
  /** What the work earned, in US dollars, to the cent. */
  earningsUsd: number;
  /** Quality score the platform reported, 0 to 100; null when not given. */
  qualityPct: number | null;
  /** Tasks rejected, at most `tasks`; null when not given. */
  rejected: number | null;
  /** Free text, at most MAX_NOTES characters; shown as text only. */
  notes: string;
}

export interface Entry extends EntryFields {
  /** Stable key in storage. */
  id: string;
  /** Milliseconds since 1970 when the entry was first saved; orders entries of one day. */
  createdAt: number;
  /**
   * Milliseconds since 1970 of the entry's last save (its first save for records older than this field): an edit
   * saves only over the version it started from, so a change made meanwhile in another tab is never overwritten unseen.
   */
  updatedAt: number;
  /** The payout that paid this work, or null while it is not yet paid (records older than payouts read as null). */
  payoutId: string | null;
}

export type EntryField = keyof EntryFields;

/** The kinds unpaid time is split into, in the form's order; they add up to `unpaidHours`. */
export const UNPAID_PARTS = ['unpaidTraining', 'unpaidTests', 'unpaidWaiting', 'unpaidRework', 'unpaidOther'] as const;
export type UnpaidPart = (typeof UNPAID_PARTS)[number];

/** An entry's unpaid time not split by kind: all of it "Other unpaid". */
export const unsplit = (unpaidHours: number): Record<UnpaidPart, number> => ({
  unpaidTraining: 0,
  unpaidTests: 0,
  unpaidWaiting: 0,
  unpaidRework: 0,
  unpaidOther: unpaidHours,
});
/** What the form holds: the text of every field as typed. */
export type EntryForm = Record<EntryField, string>;
export type EntryErrors = Partial<Record<EntryField, string>>;

export const FIRST_DATE = '2000-01-01';
export const MAX_DAY_HOURS = 24;
export const MAX_NOTES = 2000;
export const MAX_PROJECT = 100;
export const MAX_PLATFORM = 60;
export const MAX_TASKS_PER_ENTRY = 100_000;
export const MAX_EARNINGS = 1_000_000;
/** The most entries the log holds: 13 years of two entries a day. Every backup of a log this full can be restored. */
export const MAX_LOG_ENTRIES = 10_000;
export const OTHER_PLATFORM = 'Other';

/** Each field's label in the form, also used to name a field in an import's row errors. */
export const FIELD_LABELS: Record<EntryField, string> = {
  date: 'Date',
  platform: 'Platform',
  project: 'Project',
  level: 'Level',
  paidHours: 'Paid hours',
  unpaidHours: 'Unpaid hours',
  unpaidTraining: 'Training and onboarding',
  unpaidTests: 'Qualification tests',
  unpaidWaiting: 'Waiting for tasks',
  unpaidRework: 'Rework',
  unpaidOther: 'Other unpaid',
  tasks: 'Tasks',
  earningsUsd: 'Earnings (USD)',
  qualityPct: 'Quality score (%)',
  rejected: 'Tasks rejected',
  notes: 'Notes',
};

export const EMPTY_FORM: EntryForm = {
  date: '',
  platform: '',
  project: '',
  level: '1',
  paidHours: '',
  unpaidHours: '0',
  unpaidTraining: '',
  unpaidTests: '',
  unpaidWaiting: '',
  unpaidRework: '',
  unpaidOther: '',
  tasks: '',
  earningsUsd: '',
  qualityPct: '',
  rejected: '',
  notes: '',
};

/** Whether an entry's unpaid time is split by kind (anything but all of it "Other unpaid"). */
export const isSplit = (entry: EntryFields): boolean => UNPAID_PARTS.some((part) => part !== 'unpaidOther' && entry[part] > 0);

/** The form's text for a saved entry (to edit it); the kinds blank when the unpaid time is not split. */
export function formFromEntry(entry: EntryFields): EntryForm {
  const text = (value: number | null) => (value === null ? '' : String(value));
  const part = (field: UnpaidPart) => (isSplit(entry) ? String(entry[field]) : '');
  return {
    date: entry.date,
    platform: entry.platform,
    project: entry.project,
    level: String(entry.level),
    paidHours: String(entry.paidHours),
    unpaidHours: String(entry.unpaidHours),
    unpaidTraining: part('unpaidTraining'),
    unpaidTests: part('unpaidTests'),
    unpaidWaiting: part('unpaidWaiting'),
    unpaidRework: part('unpaidRework'),
    unpaidOther: part('unpaidOther'),
    tasks: text(entry.tasks),
    earningsUsd: String(entry.earningsUsd),
    qualityPct: text(entry.qualityPct),
    rejected: text(entry.rejected),
    notes: entry.notes,
  };
}
