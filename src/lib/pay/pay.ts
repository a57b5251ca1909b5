// The pay estimator's arithmetic, validation and link format: pure functions, so they can be tested without a browser.
import { formatNumber, numberError, parseNumber } from '../core/numbers';
import { levelByRank, midpoint } from '../core/levels';
import { buildQuery, linkText, readQuery, type AddressCodec } from '../core/url-state';
import { PROFILE_ERRORS, readHoursPerWeek, readLevelRank, readWeeksPerYear } from '../core/profile';
import {
  DEFAULT_HOURS_PER_WEEK,
  DEFAULT_LEVEL,
  DEFAULT_WEEKS_PER_YEAR,
  MAX_HOURS_PER_WEEK,
} from '../core/defaults';

/** What the estimator needs to know about a level (a slice of `content/data/levels.yaml`). */
export interface PayLevel {
  rank: number;
  role: string;
  pay: { min: number; max: number };
}

/** Above this an hourly rate is treated as a typing mistake. */
export const MAX_HOURLY_RATE = 10_000;
export const MAX_FEES_PERCENT = 100;
/** A generous ceiling for very short tasks (one every few seconds). */
export const MAX_TASKS_PER_HOUR = 1_000;
export const DEFAULT_FEES_PERCENT = 0;
export const DEFAULT_UNPAID_HOURS = 0;
/** Only a starting point for the per-task fields; the reader replaces it with their own pace. */
export const DEFAULT_TASKS_PER_HOUR = 10;
export const MONTHS_PER_YEAR = 12;

export type PayMode = 'hourly' | 'perTask';

/** The estimator's inputs as the reader typed them (text is kept as typed so a half-typed number is not rewritten). */
export interface PayForm {
  level: number;
  mode: PayMode;
  rate: string;
  hours: string;
  weeks: string;
  fees: string;
  unpaid: string;
  perTask: string;
  tasksPerHour: string;
}

export type PayField = Exclude<keyof PayForm, 'level' | 'mode'>;

/** Validated inputs; null where the field is invalid (or not used in the current mode). */
export interface PayValues {
  level: number;
  mode: PayMode;
  rate: number | null;
  hours: number | null;
  weeks: number | null;
  fees: number | null;
  unpaid: number | null;
  perTask: number | null;
  tasksPerHour: number | null;
}

export interface PayValidation {
  values: PayValues;
  /** The hourly rate that drives the results: typed, or pay per task × tasks per hour. */
  hourlyRate: number | null;
  errors: Record<PayField, string | null>;
}

/** One message per field, the same wording whatever is wrong (blank, negative, not a number, too large). */
export const PAY_ERRORS = {
  rate: `Enter an hourly rate above $0 and no more than $${MAX_HOURLY_RATE.toLocaleString('en-US')}.`,
  hours: PROFILE_ERRORS.hours,
  weeks: PROFILE_ERRORS.weeks,
  fees: `Enter fees and taxes from 0% to ${MAX_FEES_PERCENT}%.`,
  unpaid: `Enter unpaid hours per week from 0 to ${MAX_HOURS_PER_WEEK}.`,
  unpaidTooMany: `Paid and unpaid hours together can be at most ${MAX_HOURS_PER_WEEK} a week.`,
  perTask: `Enter pay per task above $0 and no more than $${MAX_HOURLY_RATE.toLocaleString('en-US')}.`,
  tasksPerHour: `Enter tasks per hour above 0 and no more than ${MAX_TASKS_PER_HOUR.toLocaleString('en-US')}.`,
  perTaskTooHigh: `Pay per task × tasks per hour comes to more than $${MAX_HOURLY_RATE.toLocaleString('en-US')} an hour.`,
} as const;

export function isOutsideRange(rate: number, range: { min: number; max: number }): boolean {
  return rate < range.min || rate > range.max;
}

/** Accepts a number in (0, max] or [0, max]. */
function inRange(raw: unknown, max: number, allowZero: boolean): number | null {
  const n = parseNumber(raw);
  return n !== null && (allowZero ? n >= 0 : n > 0) && n <= max ? n : null;
}

const readers: Record<PayField, (raw: unknown) => number | null> = {
  rate: (raw) => inRange(raw, MAX_HOURLY_RATE, false),
  hours: readHoursPerWeek,
  weeks: readWeeksPerYear,
  fees: (raw) => inRange(raw, MAX_FEES_PERCENT, true),
  unpaid: (raw) => inRange(raw, MAX_HOURS_PER_WEEK, true),
  perTask: (raw) => inRange(raw, MAX_HOURLY_RATE, false),
  tasksPerHour: (raw) => inRange(raw, MAX_TASKS_PER_HOUR, false),
};

/** Reads one field; null when the value is not acceptable on its own. */
export function readPayField(field: PayField, raw: unknown): number | null {
  return readers[field](raw);
}

export function validatePay(form: PayForm): PayValidation {
  const perTaskMode = form.mode === 'perTask';
  const read = (field: PayField, used = true) => (used ? readPayField(field, form[field]) : null);
  const values: PayValues = {
    level: form.level,
    mode: form.mode,
    rate: read('rate', !perTaskMode),
    hours: read('hours'),
    weeks: read('weeks'),
    fees: read('fees'),
    unpaid: read('unpaid'),
    perTask: read('perTask', perTaskMode),
    tasksPerHour: read('tasksPerHour', perTaskMode),
  };
  const errors: Record<PayField, string | null> = {
    rate: !perTaskMode && values.rate === null ? numberError(form.rate, PAY_ERRORS.rate) : null,
    hours: values.hours === null ? numberError(form.hours, PAY_ERRORS.hours) : null,
    weeks: values.weeks === null ? numberError(form.weeks, PAY_ERRORS.weeks) : null,
    fees: values.fees === null ? numberError(form.fees, PAY_ERRORS.fees) : null,
    unpaid: values.unpaid === null ? numberError(form.unpaid, PAY_ERRORS.unpaid) : null,
    perTask: perTaskMode && values.perTask === null ? numberError(form.perTask, PAY_ERRORS.perTask) : null,
    tasksPerHour: perTaskMode && values.tasksPerHour === null ? numberError(form.tasksPerHour, PAY_ERRORS.tasksPerHour) : null,
  };
  if (values.hours !== null && values.unpaid !== null && values.hours + values.unpaid > MAX_HOURS_PER_WEEK) {
    values.unpaid = null;
    errors.unpaid = PAY_ERRORS.unpaidTooMany;
  }
  let hourlyRate = values.rate;
  if (perTaskMode) {
    hourlyRate = values.perTask !== null && values.tasksPerHour !== null ? values.perTask * values.tasksPerHour : null;
    if (hourlyRate !== null && hourlyRate > MAX_HOURLY_RATE) {
      hourlyRate = null;
      values.tasksPerHour = null;
      errors.tasksPerHour = PAY_ERRORS.perTaskTooHigh;
    }
  }
  return { values, hourlyRate, errors };
}

export interface PayAmounts {
  hourly: number | null;
  weekly: number | null;
  monthly: number | null;
  yearly: number | null;
  /** Paid earnings spread over paid and unpaid hours. */
  effectiveHourly: number | null;
}

export interface PayEstimate {
  beforeFees: PayAmounts;
  afterFees: PayAmounts;
}

export interface EstimateInputs {
  hourlyRate: number | null;
  hours: number | null;
  weeks: number | null;
  fees: number | null;
  unpaid: number | null;
}

const times = (a: number | null, b: number | null) => (a === null || b === null ? null : a * b);

/**
 * Each result is computed from the inputs it depends on, so one bad field blanks only the results it feeds.
 * Monthly is yearly ÷ 12; fees and taxes take their share off every figure.
 */
export function estimatePay({ hourlyRate, hours, weeks, fees, unpaid }: EstimateInputs): PayEstimate {
  const weekly = times(hourlyRate, hours);
  const yearly = times(weekly, weeks);
  const before: PayAmounts = {
    hourly: hourlyRate,
    weekly,
    yearly,
    monthly: yearly === null ? null : yearly / MONTHS_PER_YEAR,
    effectiveHourly: weekly === null || hours === null || unpaid === null ? null : weekly / (hours + unpaid),
  };
  const keep = fees === null ? null : 1 - fees / 100;
  const after = Object.fromEntries(
    Object.entries(before).map(([key, value]) => [key, times(value, keep)]),
  ) as unknown as PayAmounts;
  return { beforeFees: before, afterFees: after };
}

export interface LevelComparison {
  rank: number;
  role: string;
  low: number;
  mid: number;
  high: number;
  /** This level's midpoint as a multiple of the first level's. */
  multipleOfFirst: number;
}

/** Yearly earnings at the low end, midpoint and high end of each level's range, at the reader's hours and weeks. */
export function compareLevels(levels: readonly PayLevel[], hours: number, weeks: number): LevelComparison[] {
  const first = midpoint(levelByRank(levels, 1).pay);
  return levels.map((level) => ({
    rank: level.rank,
    role: level.role,
    low: level.pay.min * hours * weeks,
    mid: midpoint(level.pay) * hours * weeks,
    high: level.pay.max * hours * weeks,
    multipleOfFirst: midpoint(level.pay) / first,
  }));
}

/** The form as it opens for a level: the level's midpoint rate and the shared defaults. */
export function defaultPayForm(levels: readonly PayLevel[], level = DEFAULT_LEVEL): PayForm {
  const rate = midpoint(levelByRank(levels, level).pay);
  return {
    level,
    mode: 'hourly',
    rate: formatNumber(rate),
    hours: String(DEFAULT_HOURS_PER_WEEK),
    weeks: String(DEFAULT_WEEKS_PER_YEAR),
    fees: String(DEFAULT_FEES_PERCENT),
    unpaid: String(DEFAULT_UNPAID_HOURS),
    perTask: formatNumber(rate / DEFAULT_TASKS_PER_HOUR),
    tasksPerHour: String(DEFAULT_TASKS_PER_HOUR),
  };
}

/** Valid settings from a link or from storage; anything missing or invalid is left out. */
export type PaySettings = Partial<Omit<PayValues, 'level' | 'mode'> & { level: number; mode: PayMode }>;

/** Fills a form from settings, the rest from the defaults of the chosen level. */
export function payFormFrom(levels: readonly PayLevel[], settings: PaySettings): PayForm {
  const form = defaultPayForm(levels, settings.level);
  const text = (value: number | null | undefined, fallback: string) => (value == null ? fallback : formatNumber(value));
  return {
    level: form.level,
    mode: settings.mode ?? form.mode,
    rate: text(settings.rate, form.rate),
    hours: text(settings.hours, form.hours),
    weeks: text(settings.weeks, form.weeks),
    fees: text(settings.fees, form.fees),
    unpaid: text(settings.unpaid, form.unpaid),
    perTask: text(settings.perTask, form.perTask),
    tasksPerHour: text(settings.tasksPerHour, form.tasksPerHour),
  };
}

/** What a link sets: its level, and the text of each number it carries, as written (refused values included). */
export interface PayLink {
  level?: number;
  texts: Partial<Record<PayField, string>>;
}

/**
 * The query for a shareable link: what differs from the defaults, so the default estimate is the bare address. A
 * valid value is written exactly (formatNumber); a refused one as typed, so the link reopens with the same message.
 * In per-task mode the per-task fields replace the rate.
 */
export function encodePayQuery(levels: readonly PayLevel[], form: PayForm): Record<string, string | undefined> {
  const { values } = validatePay(form);
  const defaults = defaultPayForm(levels, form.level);
  const perTaskMode = form.mode === 'perTask';
  const written = (field: PayField, always = false) => {
    const value = values[field];
    if (value === null) return form[field].trim() || undefined;
    const text = formatNumber(value);
    return always || readPayField(field, defaults[field]) !== value ? text : undefined;
  };
  return {
    level: form.level === DEFAULT_LEVEL ? undefined : String(form.level),
    rate: perTaskMode ? undefined : written('rate'),
    hours: written('hours'),
    weeks: written('weeks'),
    fees: written('fees'),
    unpaid: written('unpaid'),
    perTask: perTaskMode ? written('perTask', true) : undefined,
    tasksPerHour: perTaskMode ? written('tasksPerHour', true) : undefined,
  };
}

/** What a link's query sets. A level that is not one is left out; every number is kept as written, to be checked. */
export function decodePayQuery(levels: readonly PayLevel[], query: Record<string, string>): PayLink {
  const link: PayLink = { texts: {} };
  const level = readLevelRank(query.level, levels.length);
  if (level !== null) link.level = level;
  for (const field of Object.keys(readers) as PayField[]) {
    const text = linkText(query[field]);
    if (text) link.texts[field] = text;
  }
  return link;
}

/** The form a link opens: its values as written (so a refused one shows its message), the rest the defaults. */
export function payFormFromLink(levels: readonly PayLevel[], { level, texts }: PayLink): PayForm {
  const form = defaultPayForm(levels, level);
  const perTaskMode = texts.perTask !== undefined;
  const { tasksPerHour, rate, ...rest } = texts;
  return {
    ...form,
    ...rest,
    ...(perTaskMode ? { mode: 'perTask', tasksPerHour: tasksPerHour ?? form.tasksPerHour } : { rate: rate ?? form.rate }),
  };
}

/** The estimator's state in the address: a link sets what it carries, the rest takes the defaults. */
export function payAddressCodec(levels: readonly PayLevel[]): AddressCodec<PayForm, PayLink> {
  return {
    read: (search) => decodePayQuery(levels, readQuery(search)),
    write: (form) => buildQuery(encodePayQuery(levels, form)),
  };
}
