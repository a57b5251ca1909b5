// The pay estimator's form rules: how a level choice sets the rate, how switching pay mode carries the rate over,
// and how a value changed elsewhere (another tab, another tool) enters the form. Pure, so they run in unit tests.
import {
  defaultPayForm,
  readPayField,
  type PayField,
  type PayForm,
  type PayLevel,
  type PayMode,
  type PaySettings,
} from './pay';
import { formatNumber, parseNumber } from '../core/numbers';
import { levelByRank, midpoint } from '../core/levels';

/** The rate a level opens with: the reader's own stored rate, else the middle of the level's typical range. */
export function rateForLevel(levels: readonly PayLevel[], rank: number, storedRate?: number | null): string {
  return formatNumber(storedRate ?? midpoint(levelByRank(levels, rank).pay));
}

/** Choosing a level sets the rate to that level's midpoint. */
export function chooseLevel(levels: readonly PayLevel[], form: PayForm, rank: number): PayForm {
  return { ...form, level: rank, rate: rateForLevel(levels, rank) };
}

/** A rate equal to its level's midpoint is the default: left unstored, it follows the level when that changes. */
export function rateFollowsLevel(levels: readonly PayLevel[], form: Pick<PayForm, 'level' | 'rate'>): boolean {
  return readPayField('rate', form.rate) === midpoint(levelByRank(levels, form.level).pay);
}

/**
 * Switching how one is paid carries the hourly rate over, so the estimate does not move, and switching back returns the
 * reader's own number. By the task, the pay per task becomes rate ÷ tasks per hour, written exactly (no rounding into
 * the field); by the hour, the rate stays as the reader typed it while pay per task × tasks per hour still comes to
 * it, and becomes that product once the reader changed the per-task figures.
 */
export function switchPayMode(form: PayForm, mode: PayMode, hourlyRate: number | null): PayForm {
  if (mode === form.mode) return form;
  const next = { ...form, mode };
  if (hourlyRate === null) return next;
  if (mode === 'perTask') {
    const tasksPerHour = readPayField('tasksPerHour', form.tasksPerHour);
    if (tasksPerHour !== null) next.perTask = formatNumber(hourlyRate / tasksPerHour);
    return next;
  }
  const typed = parseNumber(form.rate);
  const unchanged = typed !== null && Math.abs(typed - hourlyRate) <= Number.EPSILON * 16 * Math.max(1, typed);
  if (!unchanged) next.rate = formatNumber(hourlyRate);
  return next;
}

const NUMBER_FIELDS = ['rate', 'hours', 'weeks', 'fees', 'unpaid', 'perTask', 'tasksPerHour'] as const satisfies readonly PayField[];

/**
 * The form after a value changed in storage (another tab or tool). Only the values given are considered, and a field
 * already showing that number keeps its text as typed; a setting removed from storage returns to its default.
 */
export function applyStoredChange(
  levels: readonly PayLevel[],
  form: PayForm,
  change: PaySettings,
  storedRate: number | null | undefined,
): PayForm {
  let next = form;
  if (change.level !== undefined && change.level !== form.level) {
    next = { ...next, level: change.level, rate: rateForLevel(levels, change.level, storedRate) };
  }
  if (change.mode !== undefined && change.mode !== form.mode) next = { ...next, mode: change.mode };
  const defaults = defaultPayForm(levels, next.level);
  for (const field of NUMBER_FIELDS) {
    if (!(field in change)) continue;
    const value = change[field];
    const text = value == null ? defaults[field] : formatNumber(value);
    if (readPayField(field, next[field]) !== readPayField(field, text)) next = { ...next, [field]: text };
  }
  return next;
}

/** The rate the compact estimator shows: the typed rate, or in per-task mode the hourly rate it comes to. */
export function compactRateText(form: PayForm, hourlyRate: number | null): string {
  return form.mode === 'perTask' && hourlyRate !== null ? formatNumber(hourlyRate) : form.rate;
}
