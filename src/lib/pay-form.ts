// The pay estimator's form rules: how a level choice sets the rate, how switching pay mode carries the rate over,
// and how a value changed elsewhere (another tab, another tool) enters the form. Pure, so they run in unit tests.
import {
  defaultPayForm,
  levelByRank,
  midpoint,
  numberText,
  readPayField,
  type PayField,
  type PayForm,
  type PayLevel,
  type PayMode,
  type PaySettings,
} from './pay';

/** The rate a level opens with: the reader's own stored rate, else the middle of the level's typical range. */
export function rateForLevel(levels: readonly PayLevel[], rank: number, storedRate?: number | null): string {
  return numberText(storedRate ?? midpoint(levelByRank(levels, rank).pay));
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
 * Switching how one is paid carries the current hourly rate over, so the result does not jump: to the hour, the rate
 * becomes the per-task pay × tasks per hour; by the task, the pay per task becomes the rate ÷ tasks per hour.
 */
export function switchPayMode(form: PayForm, mode: PayMode, hourlyRate: number | null): PayForm {
  if (mode === form.mode) return form;
  const next = { ...form, mode };
  const tasksPerHour = readPayField('tasksPerHour', form.tasksPerHour);
  if (hourlyRate !== null && mode === 'hourly') next.rate = numberText(hourlyRate);
  if (hourlyRate !== null && mode === 'perTask' && tasksPerHour !== null) {
    next.perTask = numberText(Math.round((hourlyRate / tasksPerHour) * 100) / 100);
  }
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
    const text = value == null ? defaults[field] : numberText(value);
    if (readPayField(field, next[field]) !== readPayField(field, text)) next = { ...next, [field]: text };
  }
  return next;
}

/** The rate the compact estimator shows: the typed rate, or in per-task mode the hourly rate it comes to. */
export function compactRateText(form: PayForm, hourlyRate: number | null): string {
  return form.mode === 'perTask' && hourlyRate !== null ? numberText(hourlyRate) : form.rate;
}
