// The reader's settings, in one place: their currency and the dated rates they got, their minimum hourly rate (the
// floor), their weekly goal, the day their week starts, what share to set aside, and how platforms pay them (their
// payout method, their own delay where no pay day is sourced). Kept in the browser beside the log and carried in its
// backup; every read goes through `readReaderSettings`, which keeps what is sound and drops the rest.
import { isIsoDate } from '../core/dates';
import { WEEKDAYS, type Weekday } from '../core/weekdays';
import type { WeeklyGoal } from '../work-log/week-glance';

/** One rate the reader got: 1 US dollar was `perUsd` of their currency on `date`. */
export interface DatedRate {
  /** "YYYY-MM-DD", not after the day it was entered. */
  date: string;
  /** Units of the reader's currency for one US dollar, above 0. */
  perUsd: number;
}

/** What the reader has said about how they are paid: their method where a platform has several, their own delay. */
export interface PayoutSettings {
  /** Payout method by platform name (Appen: "PayPal" or "Payoneer"). */
  methods: Record<string, string>;
  /** "I am usually paid N days after the work", by platform name, where no schedule is sourced. */
  ownDays: Record<string, number>;
}

export const NO_PAYOUT_SETTINGS: PayoutSettings = { methods: {}, ownDays: {} };

/** The most days a reader may give as their own delay: a year. */
export const MAX_OWN_DAYS = 365;

const isName = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= max && !/[\u0000-\u001f\u007f]/.test(value);

/** What the reader said, read defensively from storage: anything malformed is dropped, the rest kept. */
export function readPayoutSettings(value: unknown): PayoutSettings {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const entriesOf = (field: unknown) => (typeof field === 'object' && field !== null && !Array.isArray(field) ? Object.entries(field) : []);
  return {
    methods: Object.fromEntries(entriesOf(record.methods).filter(([platform, method]) => isName(platform, 60) && isName(method, 40))),
    ownDays: Object.fromEntries(
      entriesOf(record.ownDays).filter(
        ([platform, days]) => isName(platform, 60) && typeof days === 'number' && Number.isInteger(days) && days >= 0 && days <= MAX_OWN_DAYS,
      ),
    ) as Record<string, number>,
  };
}

export interface ReaderSettings extends PayoutSettings {
  /** The reader's currency (an ISO 4217 code the browser knows) and the rates they got, oldest first; null: none. */
  currency: { code: string; rates: DatedRate[] } | null;
  /** The least an hour should pay once unpaid time counts, US dollars; null: none. */
  floorUsd: number | null;
  goal: WeeklyGoal | null;
  /** The day the reader's week starts (Monday unless they choose). */
  weekStart: Weekday;
  /** The share of earnings to put aside (tax, savings), 0 to 100 %; null: none. */
  setAsidePct: number | null;
  /** The one-time offer to mark an old history as paid has been answered. */
  payoutPromptDone: boolean;
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  ...NO_PAYOUT_SETTINGS,
  currency: null,
  floorUsd: null,
  goal: null,
  weekStart: 'Monday',
  setAsidePct: null,
  payoutPromptDone: false,
};

/** Limits that only catch slips: no hourly floor above $10,000, no goal above a week's hours or $1,000,000. */
export const MAX_FLOOR_USD = 10_000;
export const MAX_GOAL = { paidHours: 168, earnings: 1_000_000 } as const;
export const MAX_RATE = 1_000_000;
export const MAX_RATES = 100;

/** Whether a code is a currency this browser (or Node) can format; a well-formed code where it cannot tell. */
export function isCurrencyCode(code: unknown): code is string {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return false;
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : null;
  return known === null || known.includes(code);
}

const positive = (value: unknown, max: number): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= max;

/** The settings in a stored or imported value: each part kept if sound, else its default; never throws. */
export function readReaderSettings(value: unknown): ReaderSettings {
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const currency = record.currency as { code?: unknown; rates?: unknown } | null | undefined;
  const rates = Array.isArray(currency?.rates)
    ? (currency.rates as unknown[])
        .filter((rate): rate is DatedRate => {
          const r = rate as Partial<DatedRate> | null;
          return typeof r === 'object' && r !== null && isIsoDate(r.date) && positive(r.perUsd, MAX_RATE);
        })
        .map(({ date, perUsd }) => ({ date, perUsd }))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        .slice(-MAX_RATES)
    : [];
  const goal = record.goal as Partial<WeeklyGoal> | null | undefined;
  const goalKind = goal?.kind === 'paidHours' || goal?.kind === 'earnings' ? goal.kind : null;
  return {
    ...readPayoutSettings(record),
    currency: currency && isCurrencyCode(currency.code) ? { code: currency.code, rates } : null,
    floorUsd: positive(record.floorUsd, MAX_FLOOR_USD) ? record.floorUsd : null,
    goal: goalKind && positive(goal!.amount, MAX_GOAL[goalKind]) ? { kind: goalKind, amount: goal!.amount } : null,
    weekStart: WEEKDAYS.find((day) => day === record.weekStart) ?? 'Monday',
    setAsidePct: typeof record.setAsidePct === 'number' && record.setAsidePct > 0 && record.setAsidePct <= 100 ? record.setAsidePct : null,
    payoutPromptDone: record.payoutPromptDone === true,
  };
}

/** Whether the settings are the defaults (nothing to keep). */
export const isDefault = (settings: ReaderSettings): boolean => JSON.stringify(readReaderSettings(settings)) === JSON.stringify(DEFAULT_SETTINGS);
