// The promotion timeline's plan: the summary sentence and the table of steps with the months they may take and
// when each level may be reached. Not an island itself.
import { DataTable, type Cell } from './DataTable';
import { NO_VALUE, countText } from '../../lib/format';
import { describeMonths, type Plan } from '../../lib/timeline';
import type { CalendarDate } from '../../lib/timeline-dates';
import { windowText } from '../../lib/timeline-text';

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
  const length = total ? describeMonths(total) : NO_VALUE;
  const arrival = total && start ? windowText(start, total.min, total.max) : NO_VALUE;
  const rows: Cell[][] = plan
    ? plan.steps.map(({ step, months, arrival: reached }) => [
        `Level ${step.from} → Level ${step.to}`,
        describeMonths(months),
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

/** "How to speed it up": the guide page for each step of the plan. */
export function SpeedUpLinks({ plan, roleOf, compact }: { plan: Plan; roleOf: (rank: number) => string; compact: boolean }) {
  const Heading = compact ? 'h3' : 'h2';
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
