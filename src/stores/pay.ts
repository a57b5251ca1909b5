// The pay estimator's own settings (how one is paid, rate, fees, unpaid time, per-task pay), kept in this browser so
// the compact estimator in the guide and the full tool agree. Level, hours and weeks live in the shared profile store.
import { persistentAtom } from './persistent';
import { $currentLevel, $hoursPerWeek, $weeksPerYear, resetProfile, setCurrentLevel, setHoursPerWeek, setWeeksPerYear } from './profile';
import { readLevelRank } from '../lib/core/profile';
import { readPayField, validatePay, type PayForm, type PayLevel, type PayMode, type PaySettings } from '../lib/pay/pay';
import { rateFollowsLevel } from '../lib/pay/form';

export type StoredPaySettings = Omit<PaySettings, 'level' | 'hours' | 'weeks'>;
export type StoredPayField = keyof StoredPaySettings;

const NUMBER_FIELDS = ['rate', 'fees', 'unpaid', 'perTask', 'tasksPerHour'] as const;

const readMode = (raw: unknown): PayMode | null => (raw === 'hourly' || raw === 'perTask' ? raw : null);

/** Keeps only well-formed, valid entries of whatever was stored (hand-edited, from an old version, corrupt). */
export function parseStoredPaySettings(raw: unknown): StoredPaySettings {
  let data: unknown;
  try {
    data = typeof raw === 'string' ? JSON.parse(raw) : raw;
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null) return {};
  const record = data as Record<string, unknown>;
  const settings: StoredPaySettings = {};
  const mode = readMode(record.mode);
  if (mode !== null) settings.mode = mode;
  for (const field of NUMBER_FIELDS) {
    const value = readPayField(field, record[field]);
    if (value !== null) settings[field] = value;
  }
  return settings;
}

/** Rate, fees, unpaid hours and per-task pay the reader last entered; a missing entry means "use the default". */
export const $paySettings = persistentAtom<StoredPaySettings>('ladder:pay:v1', {}, {
  encode: (settings) => (Object.keys(settings).length === 0 ? null : JSON.stringify(settings)),
  decode: parseStoredPaySettings,
});

/**
 * Stores one setting, merged with what storage holds now, so the other settings (perhaps just changed in another tab)
 * are kept. `undefined` removes it (the default applies); an invalid value is ignored. Returns false when nothing was kept.
 */
export function setPaySetting<Field extends StoredPayField>(field: Field, value: StoredPaySettings[Field] | undefined): boolean {
  const valid = field === 'mode' ? readMode(value) : readPayField(field as (typeof NUMBER_FIELDS)[number], value);
  if (value !== undefined && valid === null) return false;
  return $paySettings.update((current) => {
    const next = { ...current };
    if (value === undefined) delete next[field];
    else Object.assign(next, { [field]: valid });
    return next;
  });
}

export function clearPaySettings(): boolean {
  return $paySettings.update(() => ({}));
}

/**
 * Saves what the reader just changed: only the fields that differ between the form before and after the edit, so a
 * page opened from an old link (or Back) never writes its other values over newer ones. An invalid value is not saved.
 */
export function savePayChanges(levels: readonly PayLevel[], before: PayForm, after: PayForm): void {
  const values = validatePay(after).values;
  const changed = (field: keyof PayForm) => before[field] !== after[field];
  if (changed('level')) setCurrentLevel(after.level);
  if (changed('hours')) setHoursPerWeek(values.hours);
  if (changed('weeks')) setWeeksPerYear(values.weeks);
  if (changed('mode')) setPaySetting('mode', after.mode);
  if (changed('rate') || changed('level')) {
    // Left unstored, a midpoint rate follows the level when that changes.
    if (rateFollowsLevel(levels, after)) setPaySetting('rate', undefined);
    else if (values.rate !== null) setPaySetting('rate', values.rate);
  }
  for (const field of ['fees', 'unpaid', 'perTask', 'tasksPerHour'] as const) {
    const value = values[field];
    if (changed(field) && value !== null) setPaySetting(field, value);
  }
}

/** Everything the estimator keeps in this browser, with a level this tool does not have read as missing. */
export function storedPaySettings(levelCount: number): PaySettings {
  const level = readLevelRank($currentLevel.get(), levelCount);
  return {
    ...(level === null ? {} : { level }),
    hours: $hoursPerWeek.get(),
    weeks: $weeksPerYear.get(),
    ...$paySettings.get(),
  };
}

/** Puts everything the estimator keeps back to the defaults; returns how to restore it as it was (an undo). */
export function resetPayStores(): () => void {
  const settings = $paySettings.get();
  const restoreProfile = resetProfile(['level', 'hours', 'weeks']);
  clearPaySettings();
  return () => {
    restoreProfile();
    $paySettings.update(() => settings);
  };
}
