// The promotion timeline's "Climb or stay": earnings over the horizon for staying and for climbing fast or slowly, as a
// table and a chart. The server draws it for the defaults; the island loads this module only once it must change,
// which keeps it out of the JavaScript at load.
import { DataTable } from '../../ui/DataTable';
import { NO_VALUE, countText, formatDollars } from '../../lib/core/format';
import type { Plan } from '../../lib/timeline/timeline';
import { climbOrStay, milestoneMonths, type EarningsPath, type LevelPay } from '../../lib/timeline/earnings';
import type { LocalMoney } from '../../ui/local-money';

export interface EarningsViewProps {
  id: string;
  levels: readonly LevelPay[];
  /** null when no climb can be planned (bad hours, or a target not above the current level). */
  plan: Plan | null;
  from: number;
  hoursPerWeek: number | null;
  weeksPerYear: number;
  horizon: number | null;
  labelOf: (rank: number) => string;
  /** The reader's own currency beside each amount, once they have entered a rate; null otherwise. */
  local?: LocalMoney | null;
}

export function EarningsView({ id, levels, plan, from, hoursPerWeek, weeksPerYear, horizon, labelOf, local = null }: EarningsViewProps) {
  const money = (usd: number | undefined) => `${formatDollars(usd)}${local?.beside(usd) ?? ''}`;
  const earnings =
    plan && horizon && hoursPerWeek
      ? climbOrStay({ levels, plan, from, hoursPerWeek, weeksPerYear, horizonMonths: horizon })
      : null;
  const names = [`Stay at ${labelOf(from)}`, 'Climb at the fast end of each step', 'Climb at the slow end of each step'];
  const paths = earnings ? [earnings.stay, earnings.fast, earnings.slow] : [];
  const difference = (i: number) => {
    if (!earnings || i === 0) return NO_VALUE;
    const gap = paths[i]!.total - earnings.stay.total;
    return gap < 0 ? `−${money(-gap)}` : `+${money(gap)}`;
  };
  return (
    <>
      <DataTable
        caption={`Earnings over ${horizon === null ? `${NO_VALUE} months` : countText(horizon, 'month')} at ${countText(weeksPerYear, 'week')} a year`}
        head={['Scenario', 'Total', 'Difference from staying']}
        rows={names.map((name, i) => [name, money(paths[i]?.total), difference(i)])}
      />
      {local && <p class="field__hint">{local.note}</p>}
      {earnings && horizon !== null && <EarningsChart id={id} paths={paths} horizon={horizon} names={names} money={money} />}
    </>
  );
}

// Sizes in px. The lines are drawn in a nested SVG stretched to the chart's width (month by amount), with strokes
// that keep their width and dash pattern however it is stretched; the labels sit in the outer SVG at their real size.
const EARN_PLOT_TOP = 24;
const EARN_PLOT_HEIGHT = 200;
const EARN_LABEL_GAP = 6;

function EarningsChart({ id, paths, horizon, names, money }: { id: string; paths: EarningsPath[]; horizon: number; names: string[]; money: (usd: number | undefined) => string }) {
  const top = Math.max(...paths.map((p) => p.total), 1);
  // y in the nested SVG's units: 0 at the top amount, 100 at zero.
  const y = (amount: number) => 100 * (1 - amount / top);
  const gridY = (amount: number) => EARN_PLOT_TOP + (EARN_PLOT_HEIGHT * y(amount)) / 100;
  return (
    <figure class="timeline-chart">
      <svg width="100%" height={EARN_PLOT_TOP + EARN_PLOT_HEIGHT + 4} role="img" aria-labelledby={`${id}-earn-title`}>
        <title id={`${id}-earn-title`}>Cumulative earnings month by month for the three scenarios; the tables give the numbers.</title>
        {[top, 0].map((amount) => (
          <g class="timeline-chart__tick">
            <line x1="0" x2="100%" y1={gridY(amount)} y2={gridY(amount)} />
            <text x="0" y={gridY(amount) - EARN_LABEL_GAP}>
              {formatDollars(amount)}
            </text>
          </g>
        ))}
        <svg
          x="0"
          y={EARN_PLOT_TOP}
          width="100%"
          height={EARN_PLOT_HEIGHT}
          viewBox={`0 0 ${horizon} 100`}
          preserveAspectRatio="none"
          overflow="visible"
          aria-hidden="true"
        >
          {paths.map((path, i) => (
            <polyline
              points={[0, ...path.cumulative].map((amount, month) => `${month},${y(amount)}`).join(' ')}
              class={`timeline-chart__line timeline-chart__line--${i}`}
              vector-effect="non-scaling-stroke"
            />
          ))}
        </svg>
      </svg>
      <ul class="timeline-chart__legend">
        {names.map((name, i) => (
          <li>
            <svg class="timeline-chart__key" width="36" height="12" aria-hidden="true">
              <line class={`timeline-chart__line timeline-chart__line--${i}`} x1="2" x2="34" y1="6" y2="6" />
            </svg>
            {name}
          </li>
        ))}
      </ul>
      <DataTable
        caption="Running totals"
        head={['After', ...names]}
        rows={milestoneMonths(horizon).map((month) => [countText(month, 'month'), ...paths.map((p) => money(p.cumulative[month - 1]))])}
      />
    </figure>
  );
}
