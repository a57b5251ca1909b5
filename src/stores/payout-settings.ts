// What the reader has told the work log about how they are paid: their payout method where a platform has several
// (Appen: PayPal or Payoneer), their own "paid N days after the work" where no schedule is sourced, and whether the
// one-time offer to mark an old history as paid has been answered. Kept in localStorage; validated on every read.
import { persistentAtom } from './persistent';
import { NO_PAY_SETTINGS, readPaySettings, type PaySettings } from '../lib/work-log/schedules';

export const PAYOUT_SETTINGS_KEY = 'ladder:payouts:v1';

export interface PayoutSettings extends PaySettings {
  /** The reader has answered "Mark everything before … as paid" (either way): it is not offered again. */
  promptDone: boolean;
}

const NOTHING_SAID: PayoutSettings = { ...NO_PAY_SETTINGS, promptDone: false };

export const $payoutSettings = persistentAtom<PayoutSettings>(PAYOUT_SETTINGS_KEY, NOTHING_SAID, {
  encode: (settings) =>
    Object.keys(settings.methods).length === 0 && Object.keys(settings.ownDays).length === 0 && !settings.promptDone ? null : JSON.stringify(settings),
  decode: (raw) => {
    const value = JSON.parse(raw) as unknown;
    const said = readPaySettings(value);
    return { ...said, promptDone: typeof value === 'object' && value !== null && (value as Record<string, unknown>).promptDone === true };
  },
});

/** The reader's payout method on a platform that pays by several. */
export function choosePayoutMethod(platform: string, method: string): boolean {
  return $payoutSettings.update((current) => ({ ...current, methods: { ...current.methods, [platform]: method } }));
}

/** The reader's own delay on a platform with no sourced schedule; null forgets it. */
export function setOwnDelay(platform: string, days: number | null): boolean {
  return $payoutSettings.update((current) => {
    const ownDays = { ...current.ownDays };
    if (days === null) delete ownDays[platform];
    else ownDays[platform] = days;
    return { ...current, ownDays };
  });
}

/** The one-time offer to mark an old history as paid has been answered. */
export function finishPayoutPrompt(): boolean {
  return $payoutSettings.update((current) => ({ ...current, promptDone: true }));
}
