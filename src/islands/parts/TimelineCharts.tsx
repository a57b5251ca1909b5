// The promotion timeline's charts and "Climb or stay" results. The server draws them for the defaults; the island
// loads this module only once they must change, which keeps it out of the JavaScript at load.
import { DataTable } from './DataTable';
import { percentOf } from '../../lib/chart';
import { NO_VALUE, countText, formatDollars, formatMonthsRange } from '../../lib/format';
import { monthTickStep, type Plan } from '../../lib/timeline';
import { climbOrStay, milestoneMonths, type EarningsPath, type LevelPay } from '../../lib/timeline-earnings';

// Vertical sizes in px. Horizontal positions are percentages of the chart's width (src/lib/chart.ts), so the chart
// fills the width it is given and its text keeps its real size. Each level gets its own row, labelled above its bar
// on the page background, so no label has to fit inside a bar or be read in colour.
const PLAN_ROW_HEIGHT = 48;
const PLAN_LABEL_BASELINE = 15;
const PLAN_BAR_TOP = 22;
const PLAN_BAR_HEIGHT = 16;
const PLAN_AXIS_HEIGHT = 26;

/** The bars of the climb; the island writes the caption, which names the start date. */
export function PlanChart({ id, plan }: { id: string; plan: Plan }) {
  const { total } = plan;
  // An open-ended climb draws its last bar on past the earliest total, hatched, without inventing an end.
  const axisMonths = total.max ?? Math.ceil(total.min * 1.5);
  const tick = monthTickStep(axisMonths);
  const ticks: number[] = [];
  for (let m = 0; m <= axisMonths; m += tick) ticks.push(m);
  const axisTop = plan.steps.length * PLAN_ROW_HEIGHT;
  const hatchId = `${id}-open-hatch`;
  return (
    <svg width="100%" height={axisTop + PLAN_AXIS_HEIGHT} role="img" aria-labelledby={`${id}-chart-title`}>
      <title id={`${id}-chart-title`}>
        When you could reach each level, from the earliest to the latest month; the table gives the same months.
      </title>
      <defs>
        <pattern id={hatchId} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="timeline-chart__hatch-bg" width="8" height="8" />
          <line class="timeline-chart__hatch" x1="4" y1="0" x2="4" y2="8" />
        </pattern>
      </defs>
      {ticks.map((m) => (
        <g class="timeline-chart__tick">
          <line x1={percentOf(m, axisMonths)} x2={percentOf(m, axisMonths)} y1="0" y2={axisTop} />
          <text x={percentOf(m, axisMonths)} y={axisTop + 18} text-anchor={m === 0 ? 'start' : m === axisMonths ? 'end' : 'middle'}>
            {m}
          </text>
        </g>
      ))}
      {plan.steps.map(({ step, arrival }, row) => {
        const top = row * PLAN_ROW_HEIGHT;
        const open = arrival.max === null;
        const end = arrival.max ?? axisMonths;
        return (
          <g class={`timeline-chart__bar${open ? ' timeline-chart__bar--open' : ''}`}>
            <text x="0" y={top + PLAN_LABEL_BASELINE} class="timeline-chart__row-label">
              {`Level ${step.to}: ${formatMonthsRange(arrival)}`}
            </text>
            <rect
              x={percentOf(arrival.min, axisMonths)}
              y={top + PLAN_BAR_TOP}
              width={percentOf(end - arrival.min, axisMonths)}
              height={PLAN_BAR_HEIGHT}
              rx={3}
              fill={open ? `url(#${hatchId})` : undefined}
            />
          </g>
        );
      })}
    </svg>
  );
}

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
}

export function EarningsView({ id, levels, plan, from, hoursPerWeek, weeksPerYear, horizon, labelOf }: EarningsViewProps) {
  const earnings =
    plan && horizon && hoursPerWeek
      ? climbOrStay({ levels, plan, from, hoursPerWeek, weeksPerYear, horizonMonths: horizon })
      : null;
  const names = [`Stay at ${labelOf(from)}`, 'Climb at the fast end of each step', 'Climb at the slow end of each step'];
  const paths = earnings ? [earnings.stay, earnings.fast, earnings.slow] : [];
  const difference = (i: number) => {
    if (!earnings || i === 0) return NO_VALUE;
    const gap = paths[i]!.total - earnings.stay.total;
    return gap < 0 ? `−${formatDollars(-gap)}` : `+${formatDollars(gap)}`;
  };
  return (
    <>
      <DataTable
        caption={`Earnings over ${horizon === null ? `${NO_VALUE} months` : countText(horizon, 'month')} at ${countText(weeksPerYear, 'week')} a year`}
        head={['Scenario', 'Total', 'Difference from staying']}
        rows={names.map((name, i) => [name, formatDollars(paths[i]?.total), difference(i)])}
      />
      {earnings && horizon !== null && <EarningsChart id={id} paths={paths} horizon={horizon} names={names} />}
    </>
  );
}

// Sizes in px. The lines are drawn in a nested SVG stretched to the chart's width (month by amount), with strokes
// that keep their width and dash pattern however it is stretched; the labels sit in the outer SVG at their real size.
const EARN_PLOT_TOP = 24;
const EARN_PLOT_HEIGHT = 200;
const EARN_LABEL_GAP = 6;

function EarningsChart({ id, paths, horizon, names }: { id: string; paths: EarningsPath[]; horizon: number; names: string[] }) {
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
        rows={milestoneMonths(horizon).map((month) => [countText(month, 'month'), ...paths.map((p) => formatDollars(p.cumulative[month - 1]))])}
      />
    </figure>
  );
}
