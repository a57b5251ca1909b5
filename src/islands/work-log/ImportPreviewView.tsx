// What an import would do, before anything is written: the counts, the first rows as they will be saved (so a misread
// file is seen at once), how the file was decoded, repeated rows, platform names that differ only in case, and every
// row at fault. Not an island itself.
import { DataTable } from '../../ui/DataTable';
import { formatDay } from '../../lib/core/dates';
import { formatCents } from '../../lib/core/format';
import type { ImportPreview } from '../../lib/work-log/files';

/** Row errors listed one by one; beyond this only their count. */
const LISTED_ERRORS = 50;
/** New entries shown as they will be saved. */
const SAMPLE_ROWS = 5;

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { source } = preview;
  const rowName = source.kind === 'CSV' ? 'Row' : 'Entry';
  const sample = preview.fresh.slice(0, SAMPLE_ROWS);
  return (
    <>
      <p>
        <strong>
          {count(preview.fresh.length, 'new entry', 'new entries')}, {count(preview.already, 'already in the log', 'already in the log')},{' '}
          {count(preview.errors.length, 'row with errors', 'rows with errors')}.
        </strong>
        {preview.newPayouts > 0 && ` The new entries bring ${count(preview.newPayouts, 'payout', 'payouts')} with them, which will mark them as paid.`}
      </p>
      {source.settings && (
        <p>The backup also holds settings (currency, rates, minimum hourly rate, weekly goal, week start, set-aside): importing puts them in place of yours.</p>
      )}
      {source.encoding === 'windows-1252' && (
        <p class="work-log__notice">
          This file is not saved as UTF-8, so it was read as Windows-1252, the encoding Excel uses for “CSV (Comma delimited)”. Check
          that accented letters below read as you wrote them.
        </p>
      )}
      {source.commas === 'allDecimal' && <p>Its cells are separated by semicolons, so every comma in a number is read as a decimal comma.</p>}
      {sample.length > 0 && (
        <DataTable
          caption={`The first ${count(sample.length, 'new entry', 'new entries')} as they will be saved`}
          head={['Date', 'Platform', 'Paid hours', 'Unpaid hours', 'Tasks', 'Earnings']}
          rows={sample.map((entry) => [
            formatDay(entry.date),
            entry.platform,
            String(entry.paidHours),
            String(entry.unpaidHours),
            entry.tasks === null ? 'not given' : entry.tasks.toLocaleString('en-US'),
            formatCents(entry.earningsUsd),
          ])}
        />
      )}
      {preview.repeated.length > 0 && (
        <p>
          Rows that repeat another word for word (each is added):{' '}
          {preview.repeated.map((rows) => `${rowName.toLowerCase()}s ${rows.join(', ')}`).join('; ')}.
        </p>
      )}
      {preview.caseClashes.map((clash) => (
        <p key={clash.name}>
          {rowName}s {clash.rows.join(', ')} name the platform “{clash.name}”, which differs from “{clash.other}” only in capitals: they
          are kept as two platforms. Correct the file if they are one.
        </p>
      ))}
      {preview.blocked && (
        <p class="work-log__notice" role="alert">
          {preview.blocked}
        </p>
      )}
      {preview.errors.length > 0 && (
        <>
          <p>Nothing can be imported until these are fixed in the file: the import is all or nothing.</p>
          <ul class="work-log__row-errors">
            {preview.errors.slice(0, LISTED_ERRORS).map((rowError) => (
              <li key={rowError.row}>
                {rowName} {rowError.row}: {rowError.reason}
              </li>
            ))}
          </ul>
          {preview.errors.length > LISTED_ERRORS && <p>…and {preview.errors.length - LISTED_ERRORS} more.</p>}
        </>
      )}
    </>
  );
}
