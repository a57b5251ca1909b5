// Promotion timeline calculator: when the reader could reach a level, and what climbing is worth.
// Pure logic lives in src/lib/timeline*.ts; this island renders and wires events.
import { useState } from 'preact/hooks';
import { Field, controlProps } from './parts/Field';
import { LevelSelect } from './parts/LevelSelect';
import { NumberField } from './parts/NumberField';
import { PlanView, SpeedUpLinks } from './parts/PlanView';
import { ShareControls, resetWithUndo } from './parts/ShareControls';
import { UseLogButton } from './parts/UseLogButton';
import { useAddress, useDrawingCode } from './parts/hooks';
import { KeptDrawing } from './parts/KeptDrawing';
import { StorageNote } from './parts/StorageNote';
import { useProfileChanges } from './parts/use-profile';
import { $currentLevel, $hoursPerWeek, $weeksPerYear, resetProfile, setCurrentLevel, setHoursPerWeek } from '../stores/profile';
import { DEFAULT_WEEKS_PER_YEAR } from '../lib/defaults';
import { levelLabel, levelOptionLabel } from '../lib/format';
import { readHoursPerWeek, readLevelRank } from '../lib/profile';
import { planClimb, type StepData } from '../lib/timeline';
import { FIRST_START_YEAR, LAST_START_YEAR, calendarDateOf, toIsoDate } from '../lib/timeline-dates';
import type { LevelPay } from '../lib/timeline-earnings';
import { defaultTimelineForm, readTimelineForm, timelineAddressCodec, timelineFormFrom, type TimelineForm } from '../lib/timeline-form';
import { MAX_HORIZON_MONTHS } from '../lib/timeline-url';
import './PromotionTimeline.css';

export interface TimelineLevel extends LevelPay {
  role: string;
}

interface Props {
  levels: TimelineLevel[];
  steps: StepData[];
  /** The short version for a guide page: no climb-or-stay, no address-bar state, a link to the full tool. */
  compact?: boolean;
}

const TOOL_PATH = '/tools/promotion-timeline/';

type Charts = typeof import('./parts/TimelineCharts');
// The server draws the charts for the defaults, so the page shows them without JavaScript; the browser loads their
// code only once they must change (stored or linked values, an edit), which keeps it out of the JavaScript at load.
const serverCharts: Charts | null = import.meta.env.SSR ? await import('./parts/TimelineCharts') : null;

const today = () => toIsoDate(calendarDateOf(new Date()));

export default function PromotionTimeline({ levels, steps, compact = false }: Props) {
  const id = compact ? 'timeline-compact' : 'timeline';
  const topRank = levels.length;
  // Until mounted every value is the build-time default, so the server HTML and the first client render agree.
  const [form, setForm] = useState(defaultTimelineForm(''));
  const [weeksPerYear, setWeeksPerYear] = useState(DEFAULT_WEEKS_PER_YEAR);
  const update = (change: Partial<TimelineForm>) => setForm((current) => ({ ...current, ...change }));

  // Precedence: the address bar, then this browser's stored profile, then the defaults.
  const { mounted, query } = useAddress(timelineAddressCodec(topRank), form, {
    active: !compact,
    onLoad: (linked) => {
      const stored = { level: readLevelRank($currentLevel.get(), topRank), hours: $hoursPerWeek.get() };
      setForm(timelineFormFrom(linked ?? { written: {} }, stored, today()));
      setWeeksPerYear($weeksPerYear.get());
    },
  });
  // The profile changed in another tool or tab: show it; a field already showing that number keeps its text.
  useProfileChanges(topRank, ({ level, hours, weeks }) => {
    if (level !== undefined) update({ level });
    if (hours !== undefined) setForm((current) => (readHoursPerWeek(current.hours) === hours ? current : { ...current, hours: String(hours) }));
    if (weeks !== undefined) setWeeksPerYear(weeks);
  });

  const { level, targetRank, hours, start, horizon, errors } = readTimelineForm(form, topRank, mounted);
  const plan = hours === null ? null : planClimb(steps, level, targetRank, hours);
  const roleOf = (rank: number) => levels.find((l) => l.rank === rank)?.role ?? '';
  const labelOf = (rank: number) => levelLabel({ rank, role: roleOf(rank) });
  const options = levels.map((l) => ({ rank: l.rank, label: levelOptionLabel(l) }));
  // Everything the charts show but the start date, which the island writes beside them.
  const chartsKey = JSON.stringify([level, targetRank, hours, errors.target, horizon, weeksPerYear]);
  const charts = useDrawingCode(() => import('./parts/TimelineCharts'), serverCharts, chartsKey);
  const drawn = charts.module;

  const editHours = (raw: string) => {
    update({ hours: raw });
    setHoursPerWeek(raw);
  };

  const reset = () => resetWithUndo(form, defaultTimelineForm(today()), setForm, () => resetProfile(['level', 'hours']));

  return (
    <div class={`timeline-tool${compact ? ' timeline-tool--compact' : ''}`}>
      <div class="timeline-tool__inputs">
        <LevelSelect
          id={`${id}-current`}
          label="Current level"
          options={options}
          value={level}
          onPick={(rank) => {
            update({ level: rank });
            setCurrentLevel(rank);
          }}
        />
        <LevelSelect
          id={`${id}-target`}
          label="Target level"
          options={options}
          value={targetRank}
          onPick={(rank) => update({ target: rank })}
          error={errors.target}
        />
        <NumberField
          id={`${id}-hours`}
          label="Hours per week"
          value={form.hours}
          onValue={editHours}
          error={errors.hours}
        />
        {!compact && <UseLogButton kind="hours" onValues={({ hours: logged }) => editHours(String(logged))} />}
        <Field id={`${id}-start`} label="Start date" error={errors.start}>
          <input
            {...controlProps(`${id}-start`, { error: errors.start })}
            type="date"
            value={form.start}
            min={`${FIRST_START_YEAR}-01-01`}
            max={`${LAST_START_YEAR}-12-31`}
            onInput={(event) => update({ start: event.currentTarget.value })}
          />
        </Field>
      </div>
      <StorageNote />

      {errors.target ? (
        <p class="timeline-tool__notice" role="status">
          {errors.target}
        </p>
      ) : (
        <PlanView plan={plan} start={start} labelOf={labelOf} from={level} to={targetRank} hours={hours} />
      )}

      {plan && !errors.target && (
        <figure class="timeline-chart">
          <KeptDrawing stale={charts.stale} draw={drawn ? () => <drawn.PlanChart id={id} plan={plan} /> : null} />
          <figcaption>
            Months from your start date; each bar runs from the earliest to the latest month
            you could reach that level{plan.total.max === null ? ', and a hatched bar has no known latest month' : ''}.
          </figcaption>
        </figure>
      )}

      {compact ? (
        <p>
          <a href={`${TOOL_PATH}${query}`}>Open the full calculator</a>
        </p>
      ) : (
        <>
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
            stale={charts.stale}
            draw={
              drawn
                ? () => (
                    <drawn.EarningsView
                      id={id}
                      levels={levels}
                      plan={plan}
                      from={level}
                      hoursPerWeek={hours}
                      weeksPerYear={weeksPerYear}
                      horizon={horizon}
                      labelOf={labelOf}
                    />
                  )
                : null
            }
          />
          <ShareControls onReset={reset} />
        </>
      )}

      {plan && !errors.target && <SpeedUpLinks plan={plan} roleOf={roleOf} compact={compact} />}
    </div>
  );
}
