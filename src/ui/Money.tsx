// An amount in US dollars, with the reader's own currency beside it when they have entered a rate that applies (the
// latest on or before the amount's date): "$45.50 (₱2,557.10)", the rate and its date on hover. With no rate,
// nothing converts and nothing says it did. Shared by the work log's parts; not an island.
import { formatCents } from '../lib/core/format';
import { localAmount } from '../lib/settings/currency';
import type { ReaderSettings } from '../lib/settings/reader-settings';

interface Props {
  usd: number;
  /** The amount's day, "YYYY-MM-DD"; absent for an amount of no one day (the latest rate then applies). */
  date?: string | undefined;
  currency: ReaderSettings['currency'];
}

export function Money({ usd, date, currency }: Props) {
  const local = localAmount(usd, currency, date);
  return (
    <>
      {formatCents(usd)}
      {local && (
        <span class="local-money" title={local.rate}>
          {' '}
          ({local.text})
        </span>
      )}
    </>
  );
}

/** The same in plain text, for table cells: "$45.50 (₱2,557.10)". */
export function moneyText(usd: number, currency: ReaderSettings['currency'], date?: string): string {
  const local = localAmount(usd, currency, date);
  return local ? `${formatCents(usd)} (${local.text})` : formatCents(usd);
}

/** The sentence a section carries when it shows local amounts: which rates, in words. */
export function RatesNote({ currency }: { currency: ReaderSettings['currency'] }) {
  const latest = currency?.rates[currency.rates.length - 1];
  if (!currency || !latest) return null;
  const local = localAmount(1, currency);
  return (
    <p class="field__hint">
      Amounts in {currency.code} use the rates you entered: each the latest on or before its day ({local?.rate.replace(/^at /, '') ?? ''}
      for the newest).
    </p>
  );
}
