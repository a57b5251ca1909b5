// The pay estimator's own settings (rate, fees, unpaid time, per-task pay), kept in this browser so the compact
// estimator in the guide and the full tool agree. Level, hours and weeks live in the shared profile store.
import { persistentAtom } from './persistent';
import { readPayField, type PayField, type PaySettings } from '../lib/pay';

export type StoredPaySettings = Omit<PaySettings, 'level' | 'hours' | 'weeks'>;

const STORED_FIELDS = ['rate', 'fees', 'unpaid', 'perTask', 'tasksPerHour'] as const satisfies readonly PayField[];

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
  if (record.mode === 'hourly' || record.mode === 'perTask') settings.mode = record.mode;
  for (const field of STORED_FIELDS) {
    const value = readPayField(field, record[field]);
    if (value !== null) settings[field] = value;
  }
  return settings;
}

/** Rate, fees, unpaid hours and per-task pay the reader last entered; a missing entry means "use the default". */
export const $paySettings = persistentAtom<StoredPaySettings>(
  'ladder:pay:v1',
  {},
  { encode: JSON.stringify, decode: parseStoredPaySettings },
);

/** Stores the valid entries only, so the store never holds a value the estimator would reject. */
export function setPaySettings(settings: StoredPaySettings): void {
  $paySettings.set(parseStoredPaySettings(settings));
}

export function clearPaySettings(): void {
  $paySettings.set({});
}
