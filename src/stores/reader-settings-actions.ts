// What changes the reader's settings (./reader-settings.ts): each change is merged with what storage holds now and
// read back through the same checks as a stored value, so nothing a tool writes can be wrong there.
import { readReaderSettings, type DatedRate, type ReaderSettings } from '../lib/settings/reader-settings';
import { $settings } from './reader-settings';

/** Changes some settings, merged with what storage holds now (another tab's change is kept). False: not kept. */
export function changeSettings(change: (current: ReaderSettings) => Partial<ReaderSettings>): boolean {
  return $settings.update((current) => readReaderSettings({ ...current, ...change(current) }));
}

/** Adds a dated rate (replacing one of the same day); the currency must be chosen first. */
export function addRate(rate: DatedRate): boolean {
  return changeSettings((current) =>
    current.currency ? { currency: { ...current.currency, rates: [...current.currency.rates.filter((r) => r.date !== rate.date), rate] } } : {},
  );
}

export function removeRate(date: string): boolean {
  return changeSettings((current) => (current.currency ? { currency: { ...current.currency, rates: current.currency.rates.filter((r) => r.date !== date) } } : {}));
}

/** The reader's payout method on a platform that pays by several. */
export const choosePayoutMethod = (platform: string, method: string) =>
  changeSettings((current) => ({ methods: { ...current.methods, [platform]: method } }));

/** The reader's own delay on a platform with no sourced schedule; null forgets it. */
export const setOwnDelay = (platform: string, days: number | null) =>
  changeSettings((current) => {
    const ownDays = { ...current.ownDays };
    if (days === null) delete ownDays[platform];
    else ownDays[platform] = days;
    return { ownDays };
  });

/** The one-time offer to mark an old history as paid has been answered. */
export const finishPayoutPrompt = () => changeSettings(() => ({ payoutPromptDone: true }));
