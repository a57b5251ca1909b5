// The promotion timeline's plan: the summary sentence, the table of steps with the months they may take and when each
// level may be reached, its chart, and the guide pages that help. Not an island itself.
import { DataTable, type Cell } from '../../ui/DataTable';
import { KeptDrawing } from '../../ui/KeptDrawing';
import type { useDrawingCode } from '../../ui/hooks';
import { NO_VALUE, countText, formatMonthsRange } from '../../lib/core/format';
import type { Plan } from '../../lib/timeline/timeline';
import type { CalendarDate } from '../../lib/core/dates';
import { windowText } from '../../lib/timeline/text';
import type { Timeline } from './use-timeline';

interface Props {
  plan: Plan | null;
  start: CalendarDate | null;
  labelOf: (rank: number) => string;
  from: number;
  to: number;
  hours: number | null;
}

export function PlanView({ plan, start, labelOf, from, to, hours }: Props) {
  const total = plan?.total;
  const length = total ? formatMonthsRange(total) : NO_VALUE;
  const arrival = total && start ? windowText(start, total.min, total.max) : NO_VALUE;
  const rows: Cell[][] = plan
    ? plan.steps.map(({ step, months, arrival: reached }) => [
        `Level ${step.from} → Level ${step.to}`,
        formatMonthsRange(months),
        start ? windowText(start, reached.min, reached.max) : NO_VALUE,
      ])
    : [[NO_VALUE, NO_VALUE, NO_VALUE]];
  return (
    <div class="timeline-tool__plan">
      <p class="timeline-tool__summary" role="status">
        From {labelOf(from)} to {labelOf(to)}
        {hours !== null && ` at ${countText(hours, 'hour')} a week`}: <strong>{length}</strong>.
      </p>
      <DataTable
        caption="Each step at your hours"
        head={['Step', 'Time it may take', 'Level reached']}
        rows={[...rows, ['Total', length, arrival]]}
      />
    </div>
  );
}

/** The plan as bars (PlanChart.tsx, loaded by the island once the plan differs from the server's), with its caption. */
export function PlanFigure({ id, plan, chart }: { id: string; plan: Plan; chart: ReturnType<typeof useDrawingCode<typeof import('./PlanChart')>> }) {
  const Chart = chart.module?.PlanChart;
  return (
    <figure class="timeline-chart">
      <KeptDrawing stale={chart.stale} draw={Chart ? () => <Chart id={id} plan={plan} /> : null} />
      <figcaption>
        Months from your start date; each bar runs from the earliest to the latest month you could reach that level
        {plan.total.max === null ? ', and a hatched bar has no known latest month' : ''}.
      </figcaption>
    </figure>
  );
}

/** "How to speed it up": the guide page for each step of the plan. */
export function SpeedUpLinks({ plan, roleOf, heading: Heading }: { plan: Plan; roleOf: (rank: number) => string; heading: 'h2' | 'h3' }) {
  return (
    <>
      <Heading>How to speed it up</Heading>
      <ul>
        {plan.steps.map(({ step }) => (
          <li>
            <a href={step.guidePath}>
              What gets you from {roleOf(step.from)} to {roleOf(step.to)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The plan as the timelines show it: the steps and their chart. With a target not above the current level there is no
 * plan, and nothing here: the message beside the target level says why, once.
 */
export function PlanSection({ id, timeline }: { id: string; timeline: Timeline }) {
  const { plan, reading, labelOf, planChart } = timeline;
  if (reading.errors.target) return null;
  return (
    <>
      <PlanView plan={plan} start={reading.start} labelOf={labelOf} from={reading.level} to={reading.targetRank} hours={reading.hours} />
      {plan && <PlanFigure id={id} plan={plan} chart={planChart} />}
    </>
  );
}
