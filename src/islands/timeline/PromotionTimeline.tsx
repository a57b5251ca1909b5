// Promotion timeline calculator: when the reader could reach a level, and what climbing is worth. Pure logic lives
// in src/lib/timeline/; the state both timeline islands share is use-timeline.ts; this island renders and wires events.
import { NumberField } from '../../ui/NumberField';
import { ShareControls, resetWithUndo } from '../../ui/ShareControls';
import { UseLogButton } from '../../ui/UseLogButton';
import { useAddress, useDrawingCode } from '../../ui/hooks';
import { useLocalMoney } from '../../ui/use-local-money';
import { KeptDrawing } from '../../ui/KeptDrawing';
import { StorageNote } from '../../ui/StorageNote';
import { resetProfile } from '../../stores/profile';
import { readerToday } from '../../lib/core/dates';
import { readHoursPerWeek } from '../../lib/core/profile';
import type { StepData } from '../../lib/timeline/timeline';
import { defaultTimelineForm, timelineAddressCodec } from '../../lib/timeline/form';
import { MAX_HORIZON_MONTHS } from '../../lib/timeline/url';
import { PlanSection, SpeedUpLinks } from './PlanView';
import { TimelineInputs } from './TimelineInputs';
import { useTimeline, type TimelineLevel } from './use-timeline';
import './timeline.css';

interface Props {
  levels: TimelineLevel[];
  steps: StepData[];
}

type ClimbOrStay = typeof import('./ClimbOrStay');
// The server draws "Climb or stay" for the defaults, so the page shows it without JavaScript; the browser loads its
// code only once it must change (stored or linked values, an edit), which keeps it out of the JavaScript at load.
const serverClimbOrStay: ClimbOrStay | null = import.meta.env.SSR ? await import('./ClimbOrStay') : null;

const id = 'timeline';

export default function PromotionTimeline({ levels, steps }: Props) {
  const timeline = useTimeline(levels, steps);
  const { form, setForm, update, reading, plan, weeksPerYear, labelOf, roleOf } = timeline;
  useAddress(timelineAddressCodec(levels.length), form, { onLoad: timeline.open });
  const { level, targetRank, hours, horizon, errors } = reading;
  // The reader's own currency, once they have a rate, redraws "Climb or stay" with it.
  const local = useLocalMoney();
  const earnings = useDrawingCode(
    () => import('./ClimbOrStay'),
    serverClimbOrStay,
    JSON.stringify([level, targetRank, hours, errors.target, horizon, weeksPerYear, local?.note]),
  );
  const ClimbOrStayView = earnings.module?.EarningsView;
  const reset = () => resetWithUndo(form, defaultTimelineForm(readerToday()), setForm, () => resetProfile(['level', 'hours']));

  return (
    <div class="timeline-tool">
      <TimelineInputs
        id={id}
        timeline={timeline}
        afterHours={
          <UseLogButton
            kind="hours"
            request={{ accepts: (_field, value) => readHoursPerWeek(value) !== null }}
            onValues={({ hours: logged }) => timeline.editHours(String(logged))}
          />
        }
      />
      <StorageNote />
      <PlanSection id={id} timeline={timeline} />

      <h2>Climb or stay</h2>
      <NumberField
        id={`${id}-horizon`}
        label="Horizon (months)"
        value={form.horizon}
        onValue={(raw) => update({ horizon: raw })}
        error={errors.horizon}
        inputMode="numeric"
        hint={`From 1 to ${MAX_HORIZON_MONTHS} months.`}
      />
      <KeptDrawing
        stale={earnings.stale}
        draw={
          ClimbOrStayView
            ? () => (
                <ClimbOrStayView
                  id={id}
                  levels={levels}
                  plan={plan}
                  from={level}
                  hoursPerWeek={hours}
                  weeksPerYear={weeksPerYear}
                  horizon={horizon}
                  labelOf={labelOf}
                  local={local}
                />
              )
            : null
        }
      />
      <ShareControls onReset={reset} />

      {plan && !errors.target && <SpeedUpLinks plan={plan} roleOf={roleOf} heading="h2" />}
    </div>
  );
}
