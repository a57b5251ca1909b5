// The reader's settings (src/lib/settings/reader-settings.ts), kept in localStorage and shared live by every tool:
// the work log, the pay estimator and the promotion timeline follow a change made in any of them, in any tab.
// Its actions are apart (./reader-settings-actions.ts): "This week" reads the settings at load, and only the parts
// below the fold change them. Settings kept before they were gathered here (the work log's payout settings,
// "ladder:payouts:v1") are moved in once.
import { persistentAtom } from './persistent';
import { SETTINGS_KEY } from '../lib/settings/settings-key';
import { DEFAULT_SETTINGS, isDefault, readReaderSettings, type ReaderSettings } from '../lib/settings/reader-settings';

/** Where the work log kept how platforms pay the reader before the settings were gathered in one place. */
export const OLD_PAYOUT_SETTINGS_KEY = 'ladder:payouts:v1';

/** Moves the old payout settings into the settings, once; storage that cannot be read or written is left alone. */
function moveOldSettings(): void {
  try {
    if (typeof localStorage === 'undefined' || localStorage.getItem(SETTINGS_KEY) !== null) return;
    const old = localStorage.getItem(OLD_PAYOUT_SETTINGS_KEY);
    if (old === null) return;
    const value = JSON.parse(old) as Record<string, unknown>;
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(readReaderSettings({ ...value, payoutPromptDone: value.promptDone === true })));
    localStorage.removeItem(OLD_PAYOUT_SETTINGS_KEY);
  } catch {
    // Blocked or unreadable: the defaults hold, and the old key stays as it was.
  }
}
moveOldSettings();

export const $settings = persistentAtom<ReaderSettings>(SETTINGS_KEY, DEFAULT_SETTINGS, {
  encode: (settings) => (isDefault(settings) ? null : JSON.stringify(settings)),
  decode: (raw) => readReaderSettings(JSON.parse(raw)),
});
