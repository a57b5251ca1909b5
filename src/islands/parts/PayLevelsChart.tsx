// Yearly earnings of every level as a bar chart with the reader's estimate marked, followed by the same numbers in a
// table. Geometry uses SVG attributes and classes only (the security policy forbids inline styles). Not an island.
import { formatDollars, formatMultiple, levelLabel } from '../../lib/format';
import type { LevelComparison } from '../../lib/pay';
import { TableScroll } from './TableScroll';

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

const WIDTH = 640;
const LABEL_WIDTH = 190;
const RIGHT_GAP = 16;
const TOP = 34;
const ROW_HEIGHT = 50;
const BAR_HEIGHT = 16;

export function PayLevelsChart({ idPrefix, rows, hours, weeks, readerRank, readerYearly }: Props) {
  const height = TOP + rows.length * ROW_HEIGHT + 8;
  const scaleMax = Math.max(readerYearly ?? 0, ...rows.map((row) => row.high)) || 1;
  const x = (value: number) => LABEL_WIDTH + (value / scaleMax) * (WIDTH - LABEL_WIDTH - RIGHT_GAP);
  const period = `${hours.toLocaleString('en-US')} hours a week for ${weeks} weeks a year`;
  const titleId = `${idPrefix}-chart-title`;
  const descId = `${idPrefix}-chart-desc`;
  const marker = readerYearly === null ? null : x(readerYearly);
  return (
    <>
      <p>Yearly earnings before fees and taxes at {period}.</p>
      <svg
        class="pay-chart"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>Yearly earnings at each level</title>
        <desc id={descId}>
          {`Bars run from the low to the high end of each level's range at ${period}, with a tick at the midpoint.`}
          {readerYearly !== null && ` A vertical line marks your estimate of ${formatDollars(readerYearly)}.`}
        </desc>
        {rows.map((row, index) => {
          const top = TOP + index * ROW_HEIGHT;
          const isReader = row.rank === readerRank;
          return (
            <g class={`pay-chart__row${isReader ? ' pay-chart__row--reader' : ''}`}>
              <text x={LABEL_WIDTH - 10} y={top + BAR_HEIGHT - 3} text-anchor="end" class="pay-chart__label">
                {levelLabel(row)}
              </text>
              <rect
                class="pay-chart__range"
                x={x(row.low)}
                y={top}
                width={x(row.high) - x(row.low)}
                height={BAR_HEIGHT}
                rx="3"
              />
              <line class="pay-chart__mid" x1={x(row.mid)} x2={x(row.mid)} y1={top - 3} y2={top + BAR_HEIGHT + 3} />
              <text x={LABEL_WIDTH} y={top + BAR_HEIGHT + 18} class="pay-chart__value">
                {`midpoint ${formatDollars(row.mid)} · ${formatDollars(row.low)}–${formatDollars(row.high)}`}
              </text>
            </g>
          );
        })}
        {marker !== null && (
          <g class="pay-chart__you">
            <line x1={marker} x2={marker} y1={TOP - 12} y2={height - 4} />
            <text
              x={marker}
              y={TOP - 16}
              text-anchor={marker > WIDTH - 120 ? 'end' : marker < LABEL_WIDTH + 120 ? 'start' : 'middle'}
            >
              {`Your estimate ${formatDollars(readerYearly)}`}
            </text>
          </g>
        )}
      </svg>
      <TableScroll label="Yearly earnings at each level">
        <table class="pay-compare__table">
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
                <td>{formatDollars(row.low)}</td>
                <td>{formatDollars(row.mid)}</td>
                <td>{formatDollars(row.high)}</td>
                <td>{formatMultiple(row.multipleOfFirst)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
