// Payouts: money the reader received from a platform, covering their unpaid work on it up to a date. A payout's
// form is checked field by field (a message beside each), a stored payout is read defensively, and what the
// reader's own payouts teach is worked out here: days from work to money, money received by month, earned against
// received. Pure: no browser APIs.
import { dayNumber, isIsoDate, addMonths, parseIsoDate, toIsoDate } from '../core/dates';
import { numberError, parseNumber } from '../core/numbers';
import { CONTROL, hasTwoDecimalsAtMost } from './records';
import { FIRST_DATE, MAX_EARNINGS, MAX_PLATFORM, type Entry, type EntryFields } from './fields';
import { isCurrencyCode } from '../settings/reader-settings';

/** What arrived in the reader's own currency, as their bank or wallet showed it. */
export interface LocalReceived {
  /** The currency's code, "PHP": the reader's currency when the payout was recorded. */
  code: string;
  /** The amount that arrived, above 0. */
  amount: number;
}

/** The most a payout may say arrived in a local currency (a billion US dollars' worth at 1,000 to the dollar). */
export const MAX_LOCAL_RECEIVED = 1e12;

/** What the reader says they received. */
export interface PayoutFields {
  /** The platform's name, as the log's entries write it. */
  platform: string;
  /** The day the money arrived, "YYYY-MM-DD". */
  receivedOn: string;
  /** The amount received, US dollars to the cent; it may differ from what the work earned (fees, holds, a rate change). */
  amountUsd: number;
  /** The last day of work the payout pays for, "YYYY-MM-DD": every unpaid entry of the platform up to it is marked paid. */
  coversUpTo: string;
  /** What arrived in the reader's own currency, if they noted it; the rate they really got is this ÷ `amountUsd`. */
  local: LocalReceived | null;
}

export interface Payout extends PayoutFields {
  /** Stable key in storage. */
  id: string;
  /** Milliseconds since 1970 when it was recorded. */
  createdAt: number;
  /** Milliseconds since 1970 of its last save. */
  updatedAt: number;
  /**
   * True for a payout the reader settled by "Mark everything before … as paid" when the log began to follow payouts:
   * the day and the amount are not known, so it counts for nothing in the figures.
   */
  settled: boolean;
}

/** The payout a file says paid an entry, without storage keys; the platform is the entry's own. */
export interface PaidBy {
  receivedOn: string;
  amountUsd: number;
  coversUpTo: string;
  /** Marked as paid when the log began to follow payouts; its day and amount are not known. */
  settled: boolean;
}

/** An entry read from a file, with the payout that paid it, or null while not yet paid. */
export type ImportedEntry = EntryFields & { paid: PaidBy | null };

/** The payout of an entry, as a file writes it. */
export const paidByOf = (payout: Payout): PaidBy => ({ receivedOn: payout.receivedOn, amountUsd: payout.amountUsd, coversUpTo: payout.coversUpTo, settled: payout.settled });

/** One payout, identified by everything a file says of it. */
export const paidKey = (platform: string, paid: PaidBy): string => JSON.stringify([platform, paid.receivedOn, paid.amountUsd, paid.coversUpTo, paid.settled]);

export type PayoutField = Exclude<keyof PayoutFields, 'local'> | 'localAmount';
export type PayoutForm = Record<PayoutField, string>;
export type PayoutErrors = Partial<Record<PayoutField, string>>;

export const PAYOUT_LABELS: Record<PayoutField, string> = {
  platform: 'Platform',
  receivedOn: 'Received on',
  amountUsd: 'Amount received (USD)',
  coversUpTo: 'Covers work up to',
  localAmount: 'Amount that arrived in your currency',
};

export const EMPTY_PAYOUT_FORM: PayoutForm = { platform: '', receivedOn: '', amountUsd: '', coversUpTo: '', localAmount: '' };

/** The rate the reader really got on a payout (units of their currency per US dollar); null without both amounts. */
export const rateReceived = (payout: PayoutFields): number | null => (payout.local && payout.amountUsd > 0 ? payout.local.amount / payout.amountUsd : null);

/** The form of a payout being edited. */
export const payoutFormOf = (payout: PayoutFields): PayoutForm => ({
  platform: payout.platform,
  receivedOn: payout.receivedOn,
  amountUsd: String(payout.amountUsd),
  coversUpTo: payout.coversUpTo,
  localAmount: payout.local ? String(payout.local.amount) : '',
});

/** The entries a payout pays: the platform's work up to `coversUpTo` not paid by another payout. */
export function coveredEntries(entries: readonly Entry[], fields: Pick<PayoutFields, 'platform' | 'coversUpTo'>, payoutId: string | null = null): Entry[] {
  return entries.filter(
    (entry) => entry.platform === fields.platform && entry.date <= fields.coversUpTo && (entry.payoutId === null || entry.payoutId === payoutId),
  );
}

const cents = (amount: number) => Math.round(amount * 100) / 100;

/** What the covered work earned, US dollars. */
export const earnedBy = (entries: readonly Entry[]): number => cents(entries.reduce((total, entry) => total + entry.earningsUsd, 0));

function dateError(raw: string, label: string, today: string): string | null {
  if (raw.trim() === '') return `Enter the date ${label}.`;
  if (!isIsoDate(raw.trim())) return 'Enter a real date, such as 2026-12-04.';
  if (raw.trim() < FIRST_DATE) return `Enter a date from ${FIRST_DATE} on.`;
  return raw.trim() > today ? 'This date is still to come.' : null;
}

/** The amount that arrived in the reader's currency, as typed: blank for none. */
function readLocalReceived(raw: string, code: string | null): { local: LocalReceived | null } | { error: string } {
  if (raw.trim() === '') return { local: null };
  const amount = parseNumber(raw);
  if (code === null) return { error: 'Choose your currency in “Your settings” first, or leave this blank.' };
  if (amount === null) return { error: numberError(raw, 'Enter the amount as a number, such as 10250.') };
  if (amount <= 0) return { error: 'Enter the amount that arrived, above 0, or leave this blank.' };
  if (amount > MAX_LOCAL_RECEIVED) return { error: `Enter at most ${MAX_LOCAL_RECEIVED.toLocaleString('en-US')}.` };
  return { local: { code, amount: amount + 0 } };
}

/**
 * Checks a payout as typed. `entries` is the log as it is now; `editing` the payout being changed, whose own
 * entries count as unpaid for it; `localCode` the currency an amount in the reader's own money is in (the payout's
 * own when editing one that has it, else the reader's currency now; null with none). Every problem gets a message
 * beside its field, and nothing is saved with one.
 */
export function validatePayout(
  form: PayoutForm,
  context: { entries: readonly Entry[]; today: string; editing?: Payout | null; localCode?: string | null },
): { fields: PayoutFields | null; errors: PayoutErrors; covered: Entry[] } {
  const errors: PayoutErrors = {};
  const platform = form.platform.trim();
  if (platform === '') errors.platform = 'Choose the platform that paid you.';
  else if (platform.length > MAX_PLATFORM || CONTROL.test(platform)) errors.platform = 'Choose a platform from the list.';
  const receivedError = dateError(form.receivedOn, 'the money arrived', context.today);
  if (receivedError) errors.receivedOn = receivedError === 'This date is still to come.' ? 'A payout cannot be dated in the future.' : receivedError;
  const coversError = dateError(form.coversUpTo, 'of the last day of work it pays for', context.today);
  if (coversError) errors.coversUpTo = coversError === 'This date is still to come.' ? 'Work still to come cannot have been paid.' : coversError;
  if (!errors.receivedOn && !errors.coversUpTo && form.coversUpTo.trim() > form.receivedOn.trim()) {
    errors.coversUpTo = 'The payout is dated before the work it covers: the money came on the date above, so the work ends on or before it.';
  }
  const amount = parseNumber(form.amountUsd);
  if (form.amountUsd.trim() === '') errors.amountUsd = 'Enter the amount you received, such as 182.40.';
  else if (amount === null) errors.amountUsd = numberError(form.amountUsd, 'Enter the amount as a number, such as 182.40.');
  else if (amount < 0) errors.amountUsd = 'Enter the amount received: 0 or more.';
  else if (amount > MAX_EARNINGS) errors.amountUsd = `Enter at most ${MAX_EARNINGS.toLocaleString('en-US')}.`;
  else if (!hasTwoDecimalsAtMost(amount)) errors.amountUsd = 'Enter the amount to the cent: at most two decimals.';
  const local = readLocalReceived(form.localAmount, context.editing?.local?.code ?? context.localCode ?? null);
  if ('error' in local) errors.localAmount = local.error;
  const coversUpTo = form.coversUpTo.trim();
  const covered = errors.platform || errors.coversUpTo ? [] : coveredEntries(context.entries, { platform, coversUpTo }, context.editing?.id ?? null);
  if (!errors.platform && !errors.coversUpTo && covered.length === 0) {
    errors.platform = `No unpaid work on ${platform} up to that date: nothing for this payout to cover.`;
  }
  if (Object.keys(errors).length > 0 || amount === null || 'error' in local) return { fields: null, errors, covered: [] };
  return { fields: { platform, receivedOn: form.receivedOn.trim(), amountUsd: amount + 0, coversUpTo, local: local.local }, errors, covered };
}

/** Reads a stored payout defensively: anything that is not a whole, valid payout gives null and is left in storage. */
export function readStoredPayout(value: unknown): Payout | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const { id, createdAt, updatedAt, platform, receivedOn, amountUsd, coversUpTo, settled, local } = record;
  if (typeof id !== 'string' || id === '' || typeof createdAt !== 'number' || !Number.isFinite(createdAt)) return null;
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) return null;
  if (typeof platform !== 'string' || platform.trim() === '' || platform.length > MAX_PLATFORM || CONTROL.test(platform)) return null;
  if (!isIsoDate(receivedOn) || !isIsoDate(coversUpTo) || receivedOn < FIRST_DATE || coversUpTo > receivedOn) return null;
  if (typeof amountUsd !== 'number' || !(amountUsd >= 0 && amountUsd <= MAX_EARNINGS) || !hasTwoDecimalsAtMost(amountUsd)) return null;
  if (settled !== undefined && typeof settled !== 'boolean') return null;
  // Payouts recorded before the local amount existed have none.
  const received = (local ?? null) as Partial<LocalReceived> | null;
  if (received !== null && (typeof received !== 'object' || !isCurrencyCode(received.code) || typeof received.amount !== 'number' || !(received.amount > 0 && received.amount <= MAX_LOCAL_RECEIVED))) {
    return null;
  }
  const localRead = received === null ? null : { code: received.code!, amount: received.amount! };
  return { id, createdAt, updatedAt, platform: platform.trim(), receivedOn, amountUsd: amountUsd + 0, coversUpTo, settled: settled ?? false, local: localRead };
}

/** Newest first: the later payout first, then the later recorded. */
export function compareNewestPayoutFirst(a: Payout, b: Payout): number {
  if (a.receivedOn !== b.receivedOn) return a.receivedOn < b.receivedOn ? 1 : -1;
  return b.createdAt - a.createdAt;
}

/** What one platform's payouts teach, from the reader's own record (settled payouts left out: their day is unknown). */
export interface PayoutRecord {
  platform: string;
  /** Average days from a day's work to the money for it, over the entries the payouts paid; null with none. */
  averageDays: number | null;
  /** What the paid work earned and what arrived for it, US dollars. */
  earned: number;
  received: number;
  payouts: number;
}

export function payoutRecords(entries: readonly Entry[], payouts: readonly Payout[]): PayoutRecord[] {
  const byId = new Map(payouts.filter((payout) => !payout.settled).map((payout) => [payout.id, payout]));
  const records = new Map<string, { days: number; paidEntries: number; earned: number; received: number; payouts: number }>();
  const recordOf = (platform: string) => {
    const found = records.get(platform) ?? { days: 0, paidEntries: 0, earned: 0, received: 0, payouts: 0 };
    records.set(platform, found);
    return found;
  };
  for (const payout of byId.values()) {
    const record = recordOf(payout.platform);
    record.received += payout.amountUsd;
    record.payouts += 1;
  }
  for (const entry of entries) {
    const payout = entry.payoutId ? byId.get(entry.payoutId) : undefined;
    if (!payout) continue;
    const record = recordOf(payout.platform);
    record.days += dayNumber(payout.receivedOn) - dayNumber(entry.date);
    record.paidEntries += 1;
    record.earned += entry.earningsUsd;
  }
  return [...records]
    .map(([platform, record]) => ({
      platform,
      averageDays: record.paidEntries > 0 ? Math.round((record.days / record.paidEntries) * 10) / 10 : null,
      earned: cents(record.earned),
      received: cents(record.received),
      payouts: record.payouts,
    }))
    .sort((a, b) => a.platform.localeCompare(b.platform, 'en'));
}

/** Money received in each of the last `months` calendar months up to today's, oldest first ("2026-01" … "2026-12"). */
export function receivedByMonth(payouts: readonly Payout[], today: string, months = 12): { month: string; received: number }[] {
  const current = parseIsoDate(today)!;
  const list = Array.from({ length: months }, (_, index) => toIsoDate(addMonths({ ...current, day: 1 }, index - months + 1)).slice(0, 7));
  const totals = new Map(list.map((month) => [month, 0]));
  for (const payout of payouts) {
    const month = payout.receivedOn.slice(0, 7);
    if (!payout.settled && totals.has(month)) totals.set(month, totals.get(month)! + payout.amountUsd);
  }
  return list.map((month) => ({ month, received: cents(totals.get(month)!) }));
}
