// Yearly earnings of every level as a bar chart with the reader's estimate marked, followed by the same numbers in a
// table. Each row is labelled directly (level above its bar, figures below), so nothing depends on colour; widths are
// percentages, so the chart uses the width it is given at its real text size. Geometry uses SVG attributes and
// classes only (the security policy forbids inline styles). Not an island.
import { anchorFor, percentOf } from '../../lib/core/chart';
import { countText, formatDollars, formatMultiple, levelLabel } from '../../lib/core/format';
import type { LevelComparison } from '../../lib/pay/pay';
import { TableScroll } from '../../ui/TableScroll';

interface Props {
  idPrefix: string;
  rows: LevelComparison[];
  hours: number;
  weeks: number;
  /** The reader's level, highlighted in the chart and the table. */
  readerRank: number;
  /** The reader's yearly estimate before fees, marked on the chart; null when it cannot be computed. */
  readerYearly: number | null;
}

// Vertical sizes in px: room for the estimate's label, then per row a label line, the bar and a figures line.
const TOP = 30;
const ROW_HEIGHT = 66;
const LABEL_BASELINE = 15;
const BAR_TOP = 22;
const BAR_HEIGHT = 16;
const FIGURES_BASELINE = 56;

export function PayLevelsChart({ idPrefix, rows, hours, weeks, readerRank, readerYearly }: Props) {
  const height = TOP + rows.length * ROW_HEIGHT;
  const scaleMax = Math.max(readerYearly ?? 0, ...rows.map((row) => row.high)) || 1;
  const x = (value: number) => percentOf(value, scaleMax);
  const period = `${countText(hours, 'hour')} a week for ${countText(weeks, 'week')} a year`;
  const titleId = `${idPrefix}-chart-title`;
  const descId = `${idPrefix}-chart-desc`;
  return (
    <>
      <p>Yearly earnings before fees and taxes at {period}.</p>
      <svg class="pay-chart" width="100%" height={height} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>Yearly earnings at each level</title>
        <desc id={descId}>
          {`Bars run from the low to the high end of each level's range at ${period}, with a tick at the midpoint.`}
          {readerYearly !== null && ` A dashed line marks your estimate of ${formatDollars(readerYearly)}.`}
        </desc>
        {rows.map((row, index) => {
          const top = TOP + index * ROW_HEIGHT;
          const isReader = row.rank === readerRank;
          return (
            <g class={`pay-chart__row${isReader ? ' pay-chart__row--reader' : ''}`}>
              <text x="0" y={top + LABEL_BASELINE} class="pay-chart__label">
                {levelLabel(row)}
              </text>
              {isReader && (
                <text x="100%" y={top + LABEL_BASELINE} text-anchor="end" class="pay-chart__value">
                  your level
                </text>
              )}
              <rect class="pay-chart__track" x="0" y={top + BAR_TOP} width="100%" height={BAR_HEIGHT} rx="3" />
              <rect
                class="pay-chart__range"
                x={x(row.low)}
                y={top + BAR_TOP}
                width={percentOf(row.high - row.low, scaleMax)}
                height={BAR_HEIGHT}
                rx="3"
              />
              <line class="pay-chart__mid" x1={x(row.mid)} x2={x(row.mid)} y1={top + BAR_TOP - 3} y2={top + BAR_TOP + BAR_HEIGHT + 3} />
              {readerYearly !== null && (
                <line class="pay-chart__you-line" x1={x(readerYearly)} x2={x(readerYearly)} y1={top + BAR_TOP - 6} y2={top + BAR_TOP + BAR_HEIGHT + 6} />
              )}
              <text x="0" y={top + FIGURES_BASELINE} class="pay-chart__value">
                {`${formatDollars(row.low)}–${formatDollars(row.high)} · midpoint ${formatDollars(row.mid)}`}
              </text>
            </g>
          );
        })}
        {readerYearly !== null && (
          <g class="pay-chart__you">
            <text x={x(readerYearly)} y={TOP - 10} text-anchor={anchorFor(readerYearly, scaleMax)}>
              {`Your estimate ${formatDollars(readerYearly)}`}
            </text>
          </g>
        )}
      </svg>
      <TableScroll label="Yearly earnings at each level">
        <table class="pay-compare__table table-reflow">
          <caption>Yearly earnings at each level, at {period}, before fees and taxes</caption>
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col">Low</th>
              <th scope="col">Midpoint</th>
              <th scope="col">High</th>
              <th scope="col">Midpoint compared with Level 1</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr data-level={row.rank} class={row.rank === readerRank ? 'pay-compare__reader' : undefined}>
                <th scope="row">
                  {levelLabel(row)}
                  {row.rank === readerRank && <span class="pay-compare__you"> (your level)</span>}
                </th>
                <td data-label="Low">{formatDollars(row.low)}</td>
                <td data-label="Midpoint">{formatDollars(row.mid)}</td>
                <td data-label="High">{formatDollars(row.high)}</td>
                <td data-label="Compared with Level 1">{formatMultiple(row.multipleOfFirst)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
