// Promotion timeline calculator: when the reader could reach a level, and what climbing is worth.
// Pure logic lives in src/lib/timeline*.ts; this island renders and wires events.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { NumberField } from './parts/NumberField';
import { ShareControls } from './parts/ShareControls';
import { $currentLevel, $hoursPerWeek, $weeksPerYear, setCurrentLevel, setHoursPerWeek } from '../stores/profile';
import { DEFAULT_HOURS_PER_WEEK, DEFAULT_LEVEL, DEFAULT_WEEKS_PER_YEAR, MAX_HOURS_PER_WEEK } from '../lib/defaults';
import { NO_VALUE, levelLabel, levelOptionLabel } from '../lib/format';
import { readQuery, replaceQuery } from '../lib/url-state';
import {
  MIN_TIMELINE_HOURS,
  describeMonths,
  parseTimelineHours,
  planClimb,
  type Plan,
  type StepData,
} from '../lib/timeline';
import {
  FIRST_START_YEAR,
  LAST_START_YEAR,
  addMonths,
  calendarDateOf,
  formatMonthYear,
  parseIsoDate,
  toIsoDate,
  type CalendarDate,
} from '../lib/timeline-dates';
import type { LevelPay } from '../lib/timeline-earnings';
import { DataTable, type Cell } from './parts/DataTable';
import {
  DEFAULT_HORIZON_MONTHS,
  MAX_HORIZON_MONTHS,
  decodeTimelineQuery,
  encodeTimelineQuery,
  parseHorizon,
} from '../lib/timeline-url';
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
// Server HTML (and readers without JavaScript) get the first; in the browser the charts load as they scroll into view.
const CHARTS_NEED_SCRIPT = 'The charts need JavaScript.';
const CHARTS_LOADING = 'Loading the charts…';

type Charts = typeof import('./parts/TimelineCharts');

const hoursError = (raw: string) =>
  parseTimelineHours(raw) === null ? `Enter hours per week as a number from ${MIN_TIMELINE_HOURS} to ${MAX_HOURS_PER_WEEK}.` : null;

const horizonError = (raw: string) =>
  parseHorizon(raw) === null ? `Enter a whole number of months from 1 to ${MAX_HORIZON_MONTHS}.` : null;

/** The form as typed: numbers stay text so that a half-typed value is not rewritten. */
interface Form {
  level: number;
  /** null: the level above the current one. */
  target: number | null;
  hours: string;
  /** "YYYY-MM-DD"; empty until mounted, because "today" is not known at build time. */
  start: string;
  horizon: string;
}

const defaultForm = (start: string): Form => ({
  level: DEFAULT_LEVEL,
  target: null,
  hours: String(DEFAULT_HOURS_PER_WEEK),
  start,
  horizon: String(DEFAULT_HORIZON_MONTHS),
});

const today = () => toIsoDate(calendarDateOf(new Date()));

/** The attributes that tie a control to its label and error message. */
const controlProps = (id: string, error: string | null) => ({
  id,
  'aria-invalid': error ? ('true' as const) : undefined,
  'aria-describedby': error ? `${id}-error` : undefined,
});

function Field({ id, label, error, children }: { id: string; label: string; error: string | null; children: ComponentChildren }) {
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {error && (
        <p class="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export default function PromotionTimeline({ levels, steps, compact = false }: Props) {
  const id = compact ? 'timeline-compact' : 'timeline';
  const topRank = levels.length;
  // Until mounted every value is the build-time default, so the server HTML and the first client render agree.
  const [mounted, setMounted] = useState(false);
  const [form, setForm] = useState(defaultForm(''));
  const [weeksPerYear, setWeeksPerYear] = useState(DEFAULT_WEEKS_PER_YEAR);
  const [charts, setCharts] = useState<Charts | null>(null);
  const chartsAnchor = useRef<HTMLDivElement>(null);
  const update = (change: Partial<Form>) => setForm((current) => ({ ...current, ...change }));

  // Precedence: the address bar, then this browser's stored profile, then the defaults.
  useEffect(() => {
    const query = compact ? {} : decodeTimelineQuery(readQuery(window.location.search), topRank);
    setForm({
      level: query.from ?? $currentLevel.get(),
      target: query.to ?? null,
      hours: String(query.hours ?? parseTimelineHours($hoursPerWeek.get()) ?? DEFAULT_HOURS_PER_WEEK),
      start: query.start ? toIsoDate(query.start) : today(),
      horizon: String(query.horizon ?? DEFAULT_HORIZON_MONTHS),
    });
    // Weeks a year are set in the pay estimator, on another page, so reading them once is enough.
    setWeeksPerYear($weeksPerYear.get());
    setMounted(true);
  }, []);

  // The charts sit below the first screen, so their code loads only when the reader scrolls near them.
  useEffect(() => {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void import('./parts/TimelineCharts').then(setCharts);
    });
    observer.observe(chartsAnchor.current!);
    return () => observer.disconnect();
  }, []);

  const { level } = form;
  const targetRank = form.target ?? Math.min(level + 1, topRank);
  const hours = parseTimelineHours(form.hours);
  const start = parseIsoDate(form.start);
  const horizon = parseHorizon(form.horizon);
  const plan = hours === null ? null : planClimb(steps, level, targetRank, hours);
  const query = encodeTimelineQuery({
    from: level,
    to: targetRank,
    hours: hours ?? undefined,
    start: start ?? undefined,
    horizon: horizon ?? undefined,
  });

  useEffect(() => {
    if (mounted && !compact) replaceQuery(query);
  }, [mounted, query]);

  const targetProblem =
    targetRank > level
      ? null
      : level === topRank
        ? 'You are at the top level; there is no higher level to plan for.'
        : 'Choose a target level above your current level.';
  const startProblem = mounted && !start ? `Enter a real start date between ${FIRST_START_YEAR} and ${LAST_START_YEAR}.` : null;
  const roleOf = (rank: number) => levels.find((l) => l.rank === rank)?.role ?? '';
  const labelOf = (rank: number) => levelLabel({ rank, role: roleOf(rank) });

  const reset = () => {
    setForm(defaultForm(today()));
    setCurrentLevel(DEFAULT_LEVEL);
    setHoursPerWeek(DEFAULT_HOURS_PER_WEEK);
  };

  const levelSelect = (fieldId: string, label: string, value: number, onPick: (rank: number) => void, error: string | null) => (
    <Field id={fieldId} label={label} error={error}>
      <select {...controlProps(fieldId, error)} value={value} onChange={(event) => onPick(Number(event.currentTarget.value))}>
        {levels.map((l) => (
          <option value={l.rank}>{levelOptionLabel(l)}</option>
        ))}
      </select>
    </Field>
  );

  return (
    <div class={`timeline-tool${compact ? ' timeline-tool--compact' : ''}`}>
      <div class="timeline-tool__inputs">
        {levelSelect(`${id}-current`, 'Current level', level, (rank) => {
          update({ level: rank });
          setCurrentLevel(rank);
        }, null)}
        {levelSelect(`${id}-target`, 'Target level', targetRank, (rank) => update({ target: rank }), targetProblem)}
        <NumberField
          id={`${id}-hours`}
          label="Hours per week"
          value={form.hours}
          onValue={(raw) => {
            update({ hours: raw });
            setHoursPerWeek(parseTimelineHours(raw));
          }}
          error={hoursError(form.hours)}
        />
        <Field id={`${id}-start`} label="Start date" error={startProblem}>
          <input
            {...controlProps(`${id}-start`, startProblem)}
            type="date"
            value={form.start}
            min={`${FIRST_START_YEAR}-01-01`}
            max={`${LAST_START_YEAR}-12-31`}
            onInput={(event) => update({ start: event.currentTarget.value })}
          />
        </Field>
      </div>

      {targetProblem ? (
        <p class="timeline-tool__notice" role="status">
          {targetProblem}
        </p>
      ) : (
        <PlanView plan={plan} start={start} labelOf={labelOf} from={level} to={targetRank} hours={hours} />
      )}

      <div ref={chartsAnchor}>
        {plan && !targetProblem && (charts ? <charts.PlanChart id={id} plan={plan} start={start} /> : <p>{mounted ? CHARTS_LOADING : CHARTS_NEED_SCRIPT}</p>)}
      </div>

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
            error={horizonError(form.horizon)}
            inputMode="numeric"
            hint={`From 1 to ${MAX_HORIZON_MONTHS} months.`}
          />
          {charts ? (
            <charts.EarningsView
              id={id}
              levels={levels}
              plan={plan}
              from={level}
              hoursPerWeek={hours}
              weeksPerYear={weeksPerYear}
              horizon={horizon}
              labelOf={labelOf}
            />
          ) : (
            <p class="timeline-tool__notice">{mounted ? CHARTS_LOADING : CHARTS_NEED_SCRIPT}</p>
          )}
          <ShareControls onReset={reset} />
        </>
      )}

      {plan && !targetProblem && (
        <>
          {compact ? <h3>How to speed it up</h3> : <h2>How to speed it up</h2>}
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
      )}
    </div>
  );
}

interface PlanViewProps {
  plan: Plan | null;
  start: CalendarDate | null;
  labelOf: (rank: number) => string;
  from: number;
  to: number;
  hours: number | null;
}

function PlanView({ plan, start, labelOf, from, to, hours }: PlanViewProps) {
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
        {hours !== null && ` at ${hours} hours a week`}: <strong>{length}</strong>.
      </p>
      <DataTable
        caption="Each step at your hours"
        head={['Step', 'Time it may take', 'Level reached']}
        rows={[...rows, ['Total', length, arrival]]}
      />
    </div>
  );
}

/** "between July 2027 and December 2027", "from April 2029 at the earliest, with no latest date". */
function windowText(start: CalendarDate, min: number, max: number | null): string {
  const at = (months: number) => formatMonthYear(addMonths(start, months));
  if (max === null) return `from ${at(min)} at the earliest, with no latest date`;
  return min === max ? `in ${at(min)}` : `between ${at(min)} and ${at(max)}`;
}
