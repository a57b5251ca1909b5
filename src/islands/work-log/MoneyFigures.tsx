// "Money owed and received" in "Your figures": the totals owed and overdue, and what the reader's own payouts teach:
// days from work to money, earned against received by platform, and money received by month (a chart and a table
// with the same figures). Not an island.
import { DataTable } from '../../ui/DataTable';
import { formatDate } from '../../lib/core/dates';
import { formatCents } from '../../lib/core/format';
import { moneyText } from '../../ui/Money';
import type { ReaderSettings } from '../../lib/settings/reader-settings';
import type { PayoutRecord } from '../../lib/work-log/payouts';

interface Props {
  owed: number;
  overdue: number;
  records: PayoutRecord[];
  months: { month: string; received: number }[];
  currency: ReaderSettings['currency'];
  today: string;
  /** The charts' code, once it has loaded. */
  charts: typeof import('./WorkLogCharts') | null;
}

const one = (value: number) => String(Math.round(value * 10) / 10);

export function MoneyFigures({ owed, overdue, records, months, charts, currency, today }: Props) {
  return (
    <>
      <h3>Money owed and received</h3>
      <p>
        Owed to you: <strong>{moneyText(owed, currency, today)}</strong>; overdue: <strong>{moneyText(overdue, currency, today)}</strong>.{' '}
        <a href="#log-money-heading">See what is owed, platform by platform</a>
      </p>
      {records.length === 0 ? (
        <p>Record a payout when money arrives, and the log shows how long each platform takes to pay and what reaches you.</p>
      ) : (
        <>
          <DataTable
            caption="What your payouts show, by platform"
            head={['Platform', 'Days from work to money, on average', 'Earned by the paid work', 'Received', 'Difference']}
            rows={records.map((row) => [
              row.platform,
              row.averageDays === null ? 'no work paid yet' : one(row.averageDays),
              formatCents(row.earned),
              moneyText(row.received, currency, today),
              row.received === row.earned ? 'none' : `${formatCents(Math.abs(row.received - row.earned))} ${row.received < row.earned ? 'less' : 'more'}`,
            ])}
          />
          {charts && <charts.ReceivedChart months={months} />}
          <DataTable
            caption="Money received in each of the last 12 months"
            head={['Month', 'Received']}
            rows={months.map((month) => [formatDate(month.month), moneyText(month.received, currency, `${month.month}-28`)])}
          />
        </>
      )}
    </>
  );
}
