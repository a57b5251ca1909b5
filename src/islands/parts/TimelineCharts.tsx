// The promotion timeline's charts and "Climb or stay" results. The island loads this module only when the
// reader scrolls near them, which keeps the JavaScript at load within the page budget.
import { DataTable } from './DataTable';
import { NO_VALUE, formatDollars } from '../../lib/format';
import { monthTickStep, type Plan } from '../../lib/timeline';
import { formatMonthYear, type CalendarDate } from '../../lib/timeline-dates';
import { climbOrStay, milestoneMonths, type EarningsPath, type LevelPay } from '../../lib/timeline-earnings';

// Drawing sizes in SVG user units; the SVG scales to the width of its container.
const CHART_WIDTH = 640;
const LABEL_WIDTH = 72;
const ROW_HEIGHT = 34;

export function PlanChart({ id, plan, start }: { id: string; plan: Plan; start: CalendarDate | null }) {
  const { total } = plan;
  // An open-ended climb draws its last bar on past the earliest total, dashed, without inventing an end.
  const axisMonths = total.max ?? Math.ceil(total.min * 1.5);
  const tick = monthTickStep(axisMonths);
  const x = (months: number) => LABEL_WIDTH + ((CHART_WIDTH - LABEL_WIDTH - 12) * months) / axisMonths;
  const paths = [
    { name: 'Earliest', ends: plan.steps.map((s) => s.arrival.min) },
    { name: 'Latest', ends: plan.steps.map((s) => s.arrival.max) },
  ];
  const ticks: number[] = [];
  for (let m = 0; m <= axisMonths; m += tick) ticks.push(m);
  return (
    <figure class="timeline-chart">
      <svg viewBox={`0 0 ${CHART_WIDTH} ${ROW_HEIGHT * 2 + 40}`} width="100%" role="img" aria-labelledby={`${id}-chart-title`}>
        <title id={`${id}-chart-title`}>Earliest and latest paths on a month axis; the table gives the same months.</title>
        {ticks.map((m) => (
          <text x={x(m)} y={ROW_HEIGHT * 2 + 28} text-anchor="middle" class="timeline-chart__tick">
            {m}
          </text>
        ))}
        {paths.map(({ name, ends }, row) => {
          const y = 8 + row * ROW_HEIGHT;
          return (
            <g>
              <text x={0} y={y + ROW_HEIGHT / 2} class="timeline-chart__row-label">
                {name}
              </text>
              {ends.map((end, i) => {
                const from = i === 0 ? 0 : (ends[i - 1] ?? axisMonths);
                const to = end ?? axisMonths;
                return (
                  <g class={`timeline-chart__bar timeline-chart__bar--${i % 4}${end === null ? ' timeline-chart__bar--open' : ''}`}>
                    <rect x={x(from)} y={y} width={x(to) - x(from)} height={ROW_HEIGHT - 8} rx={3} />
                    <text x={(x(from) + x(to)) / 2} y={y + ROW_HEIGHT / 2} text-anchor="middle">
                      L{plan.steps[i]!.step.to}
                      {end === null && '+'}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption>
        Months from {start ? formatMonthYear(start) : 'the start'}; each bar ends when the next level is reached.
      </figcaption>
    </figure>
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
        caption={`Earnings over ${horizon ?? NO_VALUE} months at ${weeksPerYear} weeks a year`}
        head={['Scenario', 'Total', 'Difference from staying']}
        rows={names.map((name, i) => [name, formatDollars(paths[i]?.total), difference(i)])}
      />
      {earnings && horizon !== null && <EarningsChart id={id} paths={paths} horizon={horizon} names={names} />}
    </>
  );
}

// Drawing sizes in SVG user units; the SVG scales to the width of its container.
const EARN_WIDTH = 640;
const EARN_HEIGHT = 240;
const EARN_LEFT = 88;

function EarningsChart({ id, paths, horizon, names }: { id: string; paths: EarningsPath[]; horizon: number; names: string[] }) {
  const top = Math.max(...paths.map((p) => p.total), 1);
  const x = (month: number) => EARN_LEFT + ((EARN_WIDTH - EARN_LEFT - 12) * month) / horizon;
  const y = (amount: number) => 8 + (EARN_HEIGHT - 36) * (1 - amount / top);
  return (
    <figure class="timeline-chart">
      <svg viewBox={`0 0 ${EARN_WIDTH} ${EARN_HEIGHT}`} width="100%" role="img" aria-labelledby={`${id}-earn-title`}>
        <title id={`${id}-earn-title`}>Cumulative earnings month by month for the three scenarios; the tables give the numbers.</title>
        {[0, top].map((amount) => (
          <g class="timeline-chart__tick">
            <line x1={EARN_LEFT} x2={EARN_WIDTH - 12} y1={y(amount)} y2={y(amount)} />
            <text x={EARN_LEFT - 6} y={y(amount) + 5} text-anchor="end">
              {formatDollars(amount)}
            </text>
          </g>
        ))}
        {paths.map((path, i) => (
          <polyline
            points={[0, ...path.cumulative].map((amount, month) => `${x(month)},${y(amount)}`).join(' ')}
            class={`timeline-chart__line timeline-chart__line--${i}`}
          />
        ))}
      </svg>
      <figcaption>
        <ul class="timeline-chart__legend">
          {names.map((name, i) => (
            <li class={`timeline-chart__key--${i}`}>{name}</li>
          ))}
        </ul>
      </figcaption>
      <DataTable
        caption="Running totals"
        head={['After', ...names]}
        rows={milestoneMonths(horizon).map((month) => [`${month} months`, ...paths.map((p) => formatDollars(p.cumulative[month - 1]))])}
      />
    </figure>
  );
}
