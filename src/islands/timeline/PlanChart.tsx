// The promotion timeline's plan as bars, one row per level reached. The server draws it for the defaults; an island
// loads this module only once the plan on screen differs, which keeps it out of the JavaScript at load.
import { percentOf } from '../../lib/core/chart';
import { formatMonthsRange } from '../../lib/core/format';
import { monthTickStep, type Plan } from '../../lib/timeline/timeline';

// Vertical sizes in px. Horizontal positions are percentages of the chart's width (src/lib/core/chart.ts), so the chart
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
