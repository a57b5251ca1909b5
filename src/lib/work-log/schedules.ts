// When a day's work should be paid, from the platforms' sourced pay schedules (content/data/platforms.yaml): the
// expected date of each unpaid amount, and what is overdue. A schedule stated in a platform's time zone (Mercor's
// week, Saturday to Friday in India) is worked out there and given back on the reader's calendar; a schedule that
// names no zone is read on the reader's calendar. Pure: the reader's zone and today are passed in.
import type { Platform, PayoutSchedule, PlatformFact } from '../../schemas/platforms';
import type { Source } from '../../schemas/sources';
import { addDays, dateInZone, dayOfWeek, parseIsoDate, toIsoDate, daysInMonth } from '../core/dates';
import { instantInZone } from '../core/zones';
import { WEEKDAYS } from '../core/weekdays';
import { sourceMarker } from '../platforms/sources';
import type { Entry } from './fields';
import type { PayoutSettings } from '../settings/reader-settings';

/** A rule with the address of the source it was read in, on /sources/. */
type Sourced<T> = T & { source: { href: string; name: string } };

/** A platform's pay rules as the log uses them, read from its facts at build time. */
export interface PayRules {
  /** The platform's name, as the log's entries write it. */
  platform: string;
  /** One schedule per payout method (Appen: Payoneer and PayPal); empty when no pay day is sourced. */
  schedules: Sourced<PayoutSchedule>[];
  /** The smallest payout: less is carried over (Appen's Payoneer, $5). */
  minimum: Sourced<{ method?: string | undefined; usd: number }> | null;
  /** Days a first payout is held (Mercor's Stripe, 7). */
  firstPayoutHold: Sourced<{ days: number }> | null;
  /** Where the platform says what to do about a missing payment. */
  missingPayment: { href: string; name: string } | null;
}

/** The pay rules of every platform that has any, from its facts; built once, at build time, for the work log page. */
export function payRulesOf(platforms: readonly Platform[], sources: readonly Source[], today: string): PayRules[] {
  const cite = (fact: PlatformFact) => {
    const source = sources.find((candidate) => candidate.id === fact.source);
    if (!source) throw new Error(`No source "${fact.source}" in content/data/sources.yaml`);
    const marker = sourceMarker(source, today);
    return { href: marker.href, name: marker.name };
  };
  return platforms.flatMap((platform): PayRules[] => {
    const facts = Object.values(platform.facts).flatMap((list) => list ?? []);
    const schedules = facts.flatMap((fact) => (fact.schedules ?? []).map((schedule) => ({ ...schedule, source: cite(fact) })));
    const minimumFact = facts.find((fact) => fact.minimum);
    const holdFact = facts.find((fact) => fact.firstPayoutHold);
    const missingFact = platform.facts.missingPayment?.[0];
    if (schedules.length === 0 && !minimumFact && !holdFact && !missingFact) return [];
    return [
      {
        platform: platform.name,
        schedules,
        minimum: minimumFact?.minimum ? { ...minimumFact.minimum, source: cite(minimumFact) } : null,
        firstPayoutHold: holdFact?.firstPayoutHold ? { ...holdFact.firstPayoutHold, source: cite(holdFact) } : null,
        missingPayment: missingFact ? cite(missingFact) : null,
      },
    ];
  });
}

/** The day in `toZone` at noon of a day in `fromZone`: how a calendar day is carried from one zone to another. */
function carryDay(iso: string, fromZone: string, toZone: string): string {
  return toIsoDate(dateInZone(instantInZone(iso, 12 * 60, fromZone), toZone));
}

/** The first `weekday` (0 Sunday … 6) strictly after a date. */
function nextWeekday(iso: string, weekday: number): string {
  const after = addDays(iso, 1);
  return addDays(after, (weekday - dayOfWeek(after) + 7) % 7);
}

/**
 * The reader's date by which a day's work (`workDate`, on the reader's calendar) should be paid under `schedule`:
 * - weekly: the first pay day after the end of the work's pay week (or after the work, where no week is stated),
 *   the week and the day taken in the platform's zone when it names one: Friday afternoon in Los Angeles is already
 *   Saturday in India, so it falls in Mercor's next week;
 * - monthly: the pay day of the month after the work's month;
 * - afterInvoice: that many days after the work, on the site's reading that the invoice goes out the day the work is
 *   done.
 */
export function expectedPayDate(schedule: PayoutSchedule, workDate: string, readerZone: string): string {
  if (schedule.kind === 'afterInvoice') return addDays(workDate, schedule.days);
  if (schedule.kind === 'monthly') {
    const work = parseIsoDate(workDate)!;
    const year = work.month === 12 ? work.year + 1 : work.year;
    const month = work.month === 12 ? 1 : work.month + 1;
    return toIsoDate({ year, month, day: Math.min(schedule.dayOfMonth, daysInMonth(year, month)) });
  }
  const zone = schedule.zone;
  const day = zone ? carryDay(workDate, readerZone, zone) : workDate;
  const weekEnd = schedule.weekStarts
    ? addDays(day, (WEEKDAYS.indexOf(schedule.weekStarts) + 6 - dayOfWeek(day)) % 7)
    : day;
  const payDay = nextWeekday(weekEnd, WEEKDAYS.indexOf(schedule.paidOn));
  return zone ? carryDay(payDay, zone, readerZone) : payDay;
}

/** Why an amount is expected when it is, or why no date can be given. */
export type ExpectedBasis =
  | { kind: 'source'; href: string; name: string; method?: string | undefined }
  | { kind: 'own'; days: number }
  /** Under the platform's smallest payout: carried over until the total reaches it. */
  | { kind: 'carried'; usd: number; href: string; name: string }
  /** The platform pays by several methods and the reader has not said which is theirs. */
  | { kind: 'chooseMethod'; methods: string[] }
  | { kind: 'none' };

/** Unpaid work of one platform that should be paid on one date. */
export interface OwedGroup {
  /** First and last day of the work. */
  from: string;
  to: string;
  /** Earnings, US dollars. */
  amount: number;
  /** The reader's date it should be paid by; null when no date can be given (see `basis`). */
  expected: string | null;
  basis: ExpectedBasis;
  /** Days added because a first payout is held (Mercor), with where that is said; null otherwise. */
  held: Sourced<{ days: number }> | null;
  /** The day after `expected`, once that has passed; null while it has not. */
  overdueSince: string | null;
}

/** What one platform owes the reader. */
export interface OwedPlatform {
  platform: string;
  /** Every unpaid amount, US dollars. */
  amount: number;
  /** Of which past its expected date. */
  overdue: number;
  /** The oldest day of unpaid work. */
  oldestUnpaid: string;
  /** Oldest first. */
  groups: OwedGroup[];
  missingPayment: PayRules['missingPayment'];
}


const cents = (amount: number) => Math.round(amount * 100) / 100;

interface OwedContext {
  rules: readonly PayRules[];
  settings: PayoutSettings;
  /** Platform names with at least one payout recorded: their first payout is behind them. */
  paidBefore: ReadonlySet<string>;
  today: string;
  readerZone: string;
}

/** The schedule that applies to a platform for this reader, or why none does. */
function scheduleFor(rules: PayRules | undefined, settings: PayoutSettings, platform: string): Sourced<PayoutSchedule> | ExpectedBasis {
  const schedules = rules?.schedules ?? [];
  if (schedules.length === 1) return schedules[0]!;
  if (schedules.length > 1) {
    const chosen = schedules.find((schedule) => 'method' in schedule && schedule.method === settings.methods[platform]);
    return chosen ?? { kind: 'chooseMethod', methods: schedules.flatMap((schedule) => ('method' in schedule && schedule.method ? [schedule.method] : [])) };
  }
  const own = settings.ownDays[platform];
  return own === undefined ? { kind: 'none' } : { kind: 'own', days: own };
}

const isSchedule = (value: Sourced<PayoutSchedule> | ExpectedBasis): value is Sourced<PayoutSchedule> => 'source' in value;

/** Groups one platform's unpaid entries (oldest first) by the date they should be paid. */
function groupsOf(entries: readonly Entry[], rules: PayRules | undefined, context: OwedContext, platform: string): OwedGroup[] {
  const schedule = scheduleFor(rules, context.settings, platform);
  const byKey = new Map<string, { from: string; to: string; amount: number; expected: string | null; basis: ExpectedBasis }>();
  const add = (key: string, entry: Entry, expected: string | null, basis: ExpectedBasis) => {
    const group = byKey.get(key) ?? { from: entry.date, to: entry.date, amount: 0, expected, basis };
    group.to = entry.date > group.to ? entry.date : group.to;
    group.amount += entry.earningsUsd;
    byKey.set(key, group);
  };
  // Days repeat (several entries a day): each day's date is worked out once.
  const expectedOn = new Map<string, string>();
  for (const entry of entries) {
    if (isSchedule(schedule)) {
      const expected = expectedOn.get(entry.date) ?? expectedPayDate(schedule, entry.date, context.readerZone);
      expectedOn.set(entry.date, expected);
      add(expected, entry, expected, { kind: 'source', href: schedule.source.href, name: schedule.source.name, method: 'method' in schedule ? schedule.method : undefined });
    } else if (schedule.kind === 'own') {
      const expected = addDays(entry.date, schedule.days);
      add(expected, entry, expected, schedule);
    } else {
      add('none', entry, null, schedule);
    }
  }
  let groups = [...byKey.values()].sort((a, b) => (a.from < b.from ? -1 : 1));
  const minimum = rules?.minimum;
  if (minimum && isSchedule(schedule) && (!minimum.method || ('method' in schedule && schedule.method === minimum.method))) {
    groups = carryUnderMinimum(groups, minimum);
  }
  const hold = rules?.firstPayoutHold && !context.paidBefore.has(platform) ? rules.firstPayoutHold : null;
  return groups.map((group, index) => {
    const held = index === 0 && hold && group.expected ? hold : null;
    const expected = held && group.expected ? addDays(group.expected, held.days) : group.expected;
    return {
      ...group,
      amount: cents(group.amount),
      expected,
      held,
      overdueSince: expected !== null && expected < context.today ? addDays(expected, 1) : null,
    };
  });
}

/**
 * Amounts under the smallest payout wait for the next pay day, added to the next amount, until the total reaches
 * it; a total still under it at the end has no date yet.
 */
function carryUnderMinimum<G extends { from: string; amount: number; expected: string | null; basis: ExpectedBasis }>(
  groups: readonly G[],
  minimum: NonNullable<PayRules['minimum']>,
): G[] {
  const out: G[] = [];
  let carried: G | null = null;
  for (const group of groups) {
    const merged: G = carried ? { ...group, from: carried.from, amount: carried.amount + group.amount } : group;
    if (cents(merged.amount) >= minimum.usd) {
      out.push(merged);
      carried = null;
    } else {
      carried = merged;
    }
  }
  if (carried) out.push({ ...carried, expected: null, basis: { kind: 'carried', usd: minimum.usd, href: minimum.source.href, name: minimum.source.name } });
  return out;
}

/**
 * What each platform owes the reader: its unpaid entries with earnings, grouped by the date each amount should land,
 * oldest first; platforms with the oldest unpaid work first.
 */
export function owedByPlatform(entries: readonly Entry[], context: OwedContext): OwedPlatform[] {
  const unpaid = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (entry.payoutId || entry.earningsUsd <= 0) continue;
    const list = unpaid.get(entry.platform) ?? [];
    list.push(entry);
    unpaid.set(entry.platform, list);
  }
  const owed = [...unpaid].map(([platform, list]): OwedPlatform => {
    const oldestFirst = [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt - b.createdAt));
    const rules = context.rules.find((candidate) => candidate.platform === platform);
    const groups = groupsOf(oldestFirst, rules, context, platform);
    return {
      platform,
      amount: cents(groups.reduce((total, group) => total + group.amount, 0)),
      overdue: cents(groups.reduce((total, group) => total + (group.overdueSince ? group.amount : 0), 0)),
      oldestUnpaid: oldestFirst[0]!.date,
      groups,
      missingPayment: rules?.missingPayment ?? null,
    };
  });
  return owed.sort((a, b) => (a.oldestUnpaid < b.oldestUnpaid ? -1 : a.oldestUnpaid > b.oldestUnpaid ? 1 : 0));
}
