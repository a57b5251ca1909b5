// "Payouts you recorded": newest first, a page at a time, each with what its work earned beside what arrived, and
// Edit and Delete. Not an island.
import { useMemo, useState } from 'preact/hooks';
import type { Entry } from '../../lib/work-log/fields';
import { rateReceived, type Payout } from '../../lib/work-log/payouts';
import { formatInCurrency, rateText } from '../../lib/settings/currency';
import { formatDay } from '../../lib/core/dates';
import { formatCents } from '../../lib/core/format';
import { moneyText } from '../../ui/Money';
import type { ReaderSettings } from '../../lib/settings/reader-settings';

/** Payouts listed at first; more on request. */
const PAYOUT_PAGE = 10;

interface Props {
  /** Newest first. */
  payouts: readonly Payout[];
  entries: readonly Entry[];
  onEdit: (payout: Payout) => void;
  onDelete: (payout: Payout) => void;
  currency: ReaderSettings['currency'];
}

/** The rate the reader really got on a payout, in words, where both amounts are known: ": 56.2 PHP to the dollar". */
function receivedRate(payout: Payout): string {
  const rate = rateReceived(payout);
  return rate && payout.local ? `: ${rateText(rate, payout.local.code)}` : '';
}

export function PayoutList({ payouts, entries, onEdit, onDelete, currency }: Props) {
  const [payoutsShown, setPayoutsShown] = useState(PAYOUT_PAGE);
  // Each payout's entries and what they earned, in one pass over the log.
  const paidBy = useMemo(() => {
    const byPayout = new Map<string, { count: number; earned: number }>();
    for (const entry of entries) {
      if (!entry.payoutId) continue;
      const paid = byPayout.get(entry.payoutId) ?? { count: 0, earned: 0 };
      paid.count += 1;
      paid.earned += entry.earningsUsd;
      byPayout.set(entry.payoutId, paid);
    }
    return byPayout;
  }, [entries]);
  return (
    <>
      <h3>Payouts you recorded</h3>
      <p>
        {payouts.length.toLocaleString('en-US')} {payouts.length === 1 ? 'payout' : 'payouts'}, newest first
        {payouts.length > payoutsShown ? `; the latest ${payoutsShown} are shown` : ''}.
      </p>
      <ol class="work-log__list">
        {payouts.slice(0, payoutsShown).map((payout) => {
          const { count, earned } = paidBy.get(payout.id) ?? { count: 0, earned: 0 };
          const difference = Math.round((payout.amountUsd - earned) * 100) / 100;
          return (
            <li key={payout.id} class="log-entry payout-entry">
              <p class="log-entry__head">
                <strong>{payout.settled ? `Marked as paid, work up to ${formatDay(payout.coversUpTo)}` : `${moneyText(payout.amountUsd, currency, payout.receivedOn)} on ${formatDay(payout.receivedOn)}`}</strong> ·{' '}
                {payout.platform}
                {payout.local && ` · ${formatInCurrency(payout.local.amount, payout.local.code)} arrived${receivedRate(payout)}`}
              </p>
              <p>
                {count.toLocaleString('en-US')} {count === 1 ? 'entry' : 'entries'} up to {formatDay(payout.coversUpTo)}, which earned {formatCents(earned)}
                {payout.settled ? '.' : difference === 0 ? '; the same arrived.' : `; ${formatCents(Math.abs(difference))} ${difference < 0 ? 'less' : 'more'} arrived.`}
              </p>
              <div class="log-entry__actions">
                {!payout.settled && (
                  <button type="button" class="button" onClick={() => onEdit(payout)}>
                    Edit<span class="visually-hidden"> the payout of {formatDay(payout.receivedOn)}, {payout.platform}</span>
                  </button>
                )}
                <button
                  type="button"
                  class="button"
                  onClick={() => onDelete(payout)}
                >
                  Delete<span class="visually-hidden"> the payout of {formatDay(payout.receivedOn)}, {payout.platform}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {payouts.length > payoutsShown && (
        <button type="button" class="button" onClick={() => setPayoutsShown(payoutsShown + PAYOUT_PAGE)}>
          Show more<span class="visually-hidden"> payouts</span> ({Math.min(PAYOUT_PAGE, payouts.length - payoutsShown)} of{' '}
          {(payouts.length - payoutsShown).toLocaleString('en-US')} left)
        </button>
      )}
    </>
  );
}
