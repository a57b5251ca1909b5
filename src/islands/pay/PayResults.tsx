// The pay estimator's results: the summary sentence, the table of amounts and how they are worked out. Not an island.
import type { ComponentChildren } from 'preact';
import { TableScroll } from '../../ui/TableScroll';
import { formatCents, formatDollars } from '../../lib/core/format';
import type { PayAmounts, PayEstimate } from '../../lib/pay/pay';
import type { LocalMoney } from '../../ui/local-money';

const RESULT_ROWS: { key: keyof PayAmounts; label: string; format: (n: number | null) => string }[] = [
  { key: 'hourly', label: 'Hourly rate', format: formatCents },
  { key: 'effectiveHourly', label: 'Effective hourly rate (paid and unpaid hours)', format: formatCents },
  { key: 'weekly', label: 'Weekly', format: formatDollars },
  { key: 'monthly', label: 'Monthly', format: formatDollars },
  { key: 'yearly', label: 'Yearly', format: formatDollars },
];

interface Props {
  caption: string;
  estimate: PayEstimate;
  /** Whether unpaid hours are given, so the effective rate is worth a row. */
  showEffective: boolean;
  /** The reader's own currency beside each figure, once they have entered a rate; null otherwise. */
  local: LocalMoney | null;
  /** How the figures are worked out: static text from the page, so it costs no JavaScript. */
  method: ComponentChildren;
}

export function PayResults({ caption, estimate, showEffective, local, method }: Props) {
  const money = (format: (n: number | null) => string, value: number | null) => `${format(value)}${local?.beside(value) ?? ''}`;
  return (
    <>
      <p class="pay-summary" aria-live="polite">
        {estimate.beforeFees.yearly === null
          ? 'Correct the fields marked with a message to see a yearly estimate.'
          : `${money(formatDollars, estimate.beforeFees.yearly)} a year before fees and taxes, ${money(formatDollars, estimate.afterFees.yearly)} after.`}
      </p>
      <TableScroll label={caption}>
        <table class="pay-results__table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Before fees and taxes</th>
              <th scope="col">After fees and taxes</th>
            </tr>
          </thead>
          <tbody>
            {RESULT_ROWS.filter((row) => showEffective || row.key !== 'effectiveHourly').map((row) => (
              <tr data-row={row.key}>
                <th scope="row">{row.label}</th>
                <td title={local?.note}>{money(row.format, estimate.beforeFees[row.key])}</td>
                <td title={local?.note}>{money(row.format, estimate.afterFees[row.key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {local && <p class="field__hint">{local.note}</p>}
      {method}
    </>
  );
}
