// The reader's currency for the pay estimator and the timeline (./use-local-money.ts loads it): their estimates have
// no date, so each converts at the latest rate the reader entered, which the note names with its date.
import { localAmount } from '../lib/settings/currency';
import { $settings } from '../stores/reader-settings';

export interface LocalMoney {
  /** What goes beside a US dollar figure: " (₱69,350.00)"; '' for a figure that is not a number. */
  beside: (usd: number | null | undefined) => string;
  /** The rate and its date, in words, for a note under the figures and their hover text. */
  note: string;
}

/** Calls `show` with the reader's currency now and on every change (null with no rate); returns the unsubscribe. */
export function followLocalMoney(show: (money: LocalMoney | null) => void): () => void {
  return $settings.subscribe(({ currency }) => {
    const latest = localAmount(1, currency);
    if (!currency || !latest) return show(null);
    show({
      beside: (usd) => {
        const local = typeof usd === 'number' ? localAmount(usd, currency) : null;
        return local ? ` (${local.text})` : '';
      },
      note: `Amounts in ${currency.code} are ${latest.rate}, the latest rate you entered in the work log.`,
    });
  });
}
