// Promotion timeline calculator: when the reader could reach a level, and what climbing is worth.
// Pure logic lives in src/lib/timeline*.ts; this island renders and wires events.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { NumberField } from './parts/NumberField';
import { ShareControls } from './parts/ShareControls';
import { $currentLevel, $hoursPerWeek, $weeksPerYear, setCurrentLevel, setHoursPerWeek } from '../stores/profile';
import { DEFAULT_HOURS_PER_WEEK, DEFAULT_LEVEL, DEFAULT_WEEKS_PER_YEAR, MAX_HOURS_PER_WEEK } from '../lib/defaults';
import { NO_VALUE, formatDollars, levelLabel } from '../lib/format';
import { readQuery, replaceQuery } from '../lib/url-state';
import {
  MIN_TIMELINE_HOURS,
  describeMonths,
  monthTickStep,
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
import { climbOrStay, milestoneMonths, type EarningsPath, type LevelPay } from '../lib/timeline-earnings';
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
        ? 'You are already at the top level, so there is no higher level to plan for.'
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
          <option value={l.rank}>{levelLabel(l)}</option>
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
          hint="Hours of focused work on the platform."
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
          {targetProblem} No timeline to show.
        </p>
      ) : (
        <PlanView id={id} plan={plan} start={start} labelOf={labelOf} from={level} to={targetRank} hours={hours} />
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
            error={horizonError(form.horizon)}
            inputMode="numeric"
            hint={`From 1 to ${MAX_HORIZON_MONTHS} months.`}
          />
          <p class="field__hint">
            Each month is paid at the middle of the typical hourly range of the level held that month, at your hours and{' '}
            {weeksPerYear} working weeks a year (the weeks set in the <a href="/tools/pay-estimator/">pay estimator</a>).
          </p>
          <EarningsView
            id={id}
            levels={levels}
            plan={plan}
            from={level}
            hoursPerWeek={hours}
            weeksPerYear={weeksPerYear}
            horizon={horizon}
            labelOf={labelOf}
          />
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
  id: string;
  plan: Plan | null;
  start: CalendarDate | null;
  labelOf: (rank: number) => string;
  from: number;
  to: number;
  hours: number | null;
}

function PlanView({ id, plan, start, labelOf, from, to, hours }: PlanViewProps) {
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
        {hours !== null && ` at ${hours} hours a week`}: <strong>{length}</strong>.{total && start && ` Expected arrival: ${arrival}.`}
      </p>
      <DataTable
        caption="Each step at your hours"
        head={['Step', 'Time it may take', 'Level reached']}
        rows={[...rows, ['Total', length, arrival]]}
      />
      {plan && <PlanChart id={id} plan={plan} start={start} />}
    </div>
  );
}

/** "between July 2027 and December 2027", "from April 2029 at the earliest, with no latest date". */
function windowText(start: CalendarDate, min: number, max: number | null): string {
  const at = (months: number) => formatMonthYear(addMonths(start, months));
  if (max === null) return `from ${at(min)} at the earliest, with no latest date`;
  return min === max ? `in ${at(min)}` : `between ${at(min)} and ${at(max)}`;
}

// Drawing sizes in SVG user units; the SVG scales to the width of its container.
const CHART_WIDTH = 640;
const LABEL_WIDTH = 72;
const ROW_HEIGHT = 34;

function PlanChart({ id, plan, start }: { id: string; plan: Plan; start: CalendarDate | null }) {
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
          <g class="timeline-chart__tick">
            <line x1={x(m)} x2={x(m)} y1={4} y2={ROW_HEIGHT * 2 + 12} />
            <text x={x(m)} y={ROW_HEIGHT * 2 + 28} text-anchor="middle">
              {m}
            </text>
          </g>
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

interface EarningsViewProps {
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

function EarningsView({ id, levels, plan, from, hoursPerWeek, weeksPerYear, horizon, labelOf }: EarningsViewProps) {
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
        caption={`Earnings over ${horizon ?? NO_VALUE} months`}
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
        {[0, top / 2, top].map((amount) => (
          <g class="timeline-chart__tick">
            <line x1={EARN_LEFT} x2={EARN_WIDTH - 12} y1={y(amount)} y2={y(amount)} />
            <text x={EARN_LEFT - 6} y={y(amount) + 5} text-anchor="end">
              {formatDollars(amount)}
            </text>
          </g>
        ))}
        <text x={x(horizon)} y={EARN_HEIGHT - 6} text-anchor="end" class="timeline-chart__axis-label">
          {horizon} months
        </text>
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
