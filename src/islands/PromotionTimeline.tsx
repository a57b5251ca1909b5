// Promotion timeline calculator: when the reader could reach a level, and what climbing is worth.
// Pure logic lives in src/lib/timeline*.ts; this island renders and wires events.
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { NumberField } from './parts/NumberField';
import { ShareControls } from './parts/ShareControls';
import { $currentLevel, $hoursPerWeek, $weeksPerYear, setCurrentLevel, setHoursPerWeek } from '../stores/profile';
import { DEFAULT_HOURS_PER_WEEK, DEFAULT_LEVEL, DEFAULT_WEEKS_PER_YEAR, MAX_HOURS_PER_WEEK } from '../lib/defaults';
import { NO_VALUE, formatDollars, levelLabel } from '../lib/format';
import { parseNumber } from '../lib/numbers';
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
import { climbOrStay, milestoneMonths, type ClimbOrStay, type LevelPay } from '../lib/timeline-earnings';
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

function hoursError(raw: string): string | null {
  if (parseTimelineHours(raw) !== null) return null;
  if (raw.trim() === '') return `Enter the hours you work a week, from ${MIN_TIMELINE_HOURS} to ${MAX_HOURS_PER_WEEK}.`;
  if (parseNumber(raw) === null) return 'Hours per week must be a number, such as 20.';
  return `Hours per week must be from ${MIN_TIMELINE_HOURS} to ${MAX_HOURS_PER_WEEK}.`;
}

function horizonError(raw: string): string | null {
  return parseHorizon(raw) === null ? `Enter a whole number of months from 1 to ${MAX_HORIZON_MONTHS}.` : null;
}

const monthOrNone = (start: CalendarDate | null, months: number | null) =>
  start && months !== null ? formatMonthYear(addMonths(start, months)) : NO_VALUE;

export default function PromotionTimeline({ levels, steps, compact = false }: Props) {
  const id = compact ? 'timeline-compact' : 'timeline';
  const topRank = levels.length;
  // Until mounted every value is the build-time default, so the server HTML and the first client render agree.
  const [mounted, setMounted] = useState(false);
  const [level, setLevel] = useState(DEFAULT_LEVEL);
  const [target, setTarget] = useState<number | null>(null);
  const [hoursText, setHoursText] = useState(String(DEFAULT_HOURS_PER_WEEK));
  const [startText, setStartText] = useState('');
  const [horizonText, setHorizonText] = useState(String(DEFAULT_HORIZON_MONTHS));
  const storedWeeks = useStore($weeksPerYear);
  const weeksPerYear = mounted ? storedWeeks : DEFAULT_WEEKS_PER_YEAR;

  // Precedence: the address bar, then this browser's stored profile, then the defaults.
  useEffect(() => {
    const query = compact ? {} : decodeTimelineQuery(readQuery(window.location.search), topRank);
    setLevel(query.from ?? $currentLevel.get());
    setTarget(query.to ?? null);
    setHoursText(String(query.hours ?? parseTimelineHours($hoursPerWeek.get()) ?? DEFAULT_HOURS_PER_WEEK));
    setStartText(toIsoDate(query.start ?? calendarDateOf(new Date())));
    if (query.horizon) setHorizonText(String(query.horizon));
    setMounted(true);
  }, []);

  const targetRank = target ?? Math.min(level + 1, topRank);
  const hours = parseTimelineHours(hoursText);
  const start = parseIsoDate(startText);
  const horizon = parseHorizon(horizonText);
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
  const startProblem =
    mounted && start === null
      ? `Enter a real start date between ${FIRST_START_YEAR} and ${LAST_START_YEAR}.`
      : null;
  const roleOf = (rank: number) => levels.find((l) => l.rank === rank)?.role ?? '';
  const labelOf = (rank: number) => levelLabel({ rank, role: roleOf(rank) });

  const reset = () => {
    setLevel(DEFAULT_LEVEL);
    setTarget(null);
    setHoursText(String(DEFAULT_HOURS_PER_WEEK));
    setStartText(toIsoDate(calendarDateOf(new Date())));
    setHorizonText(String(DEFAULT_HORIZON_MONTHS));
    setCurrentLevel(DEFAULT_LEVEL);
    setHoursPerWeek(DEFAULT_HOURS_PER_WEEK);
  };

  const levelSelect = (fieldId: string, label: string, value: number, onChange: (rank: number) => void, error: string | null) => (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={fieldId}>{label}</label>
      <select
        id={fieldId}
        value={String(value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      >
        {levels.map((l) => (
          <option key={l.rank} value={String(l.rank)}>
            {levelLabel(l)}
          </option>
        ))}
      </select>
      {error && (
        <p class="field__error" id={`${fieldId}-error`}>
          {error}
        </p>
      )}
    </div>
  );

  return (
    <div class={`timeline-tool${compact ? ' timeline-tool--compact' : ''}`}>
      <div class="timeline-tool__inputs">
        {levelSelect(
          `${id}-current`,
          'Current level',
          level,
          (rank) => {
            setLevel(rank);
            setCurrentLevel(rank);
          },
          null,
        )}
        {levelSelect(`${id}-target`, 'Target level', targetRank, setTarget, targetProblem)}
        <NumberField
          id={`${id}-hours`}
          label="Hours per week"
          value={hoursText}
          onValue={(raw) => {
            setHoursText(raw);
            setHoursPerWeek(parseTimelineHours(raw));
          }}
          error={hoursError(hoursText)}
          hint="Focused work; the typical durations assume 15–20 hours."
        />
        <div class={`field${startProblem ? ' field--invalid' : ''}`}>
          <label for={`${id}-start`}>Start date</label>
          <input
            id={`${id}-start`}
            type="date"
            value={startText}
            min={`${FIRST_START_YEAR}-01-01`}
            max={`${LAST_START_YEAR}-12-31`}
            aria-invalid={startProblem ? 'true' : undefined}
            aria-describedby={startProblem ? `${id}-start-error` : undefined}
            onInput={(event) => setStartText(event.currentTarget.value)}
          />
          {startProblem && (
            <p class="field__error" id={`${id}-start-error`}>
              {startProblem}
            </p>
          )}
        </div>
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
          <a href={`${TOOL_PATH}${query}`}>Open the full calculator, with dates shared by link and what climbing is worth</a>
        </p>
      ) : (
        <>
          <h2>Climb or stay</h2>
          <NumberField
            id={`${id}-horizon`}
            label="Horizon (months)"
            value={horizonText}
            onValue={setHorizonText}
            error={horizonError(horizonText)}
            inputMode="numeric"
            hint={`From 1 to ${MAX_HORIZON_MONTHS} months.`}
          />
          <p class="field__hint">
            Each month is paid at the middle of the typical hourly range of the level held that month, at your hours and{' '}
            {weeksPerYear} working weeks a year (the weeks set in the <a href="/tools/pay-estimator/">pay estimator</a>).
          </p>
          <EarningsView
            id={id}
            from={level}
            horizon={horizon}
            labelOf={labelOf}
            earnings={
              plan && horizon !== null && hours !== null
                ? climbOrStay({ levels, plan, from: level, hoursPerWeek: hours, weeksPerYear, horizonMonths: horizon })
                : null
            }
          />
          <ShareControls onReset={reset} />
        </>
      )}

      {plan && !targetProblem && (
        <>
          {compact ? <h3>How to speed it up</h3> : <h2>How to speed it up</h2>}
          <ul>
            {plan.steps.map(({ step }) => (
              <li key={step.from}>
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
  const arrival = total && start ? windowText(start, total.min, total.max) : NO_VALUE;
  return (
    <div class="timeline-tool__plan">
      <p class="timeline-tool__summary" role="status">
        From {labelOf(from)} to {labelOf(to)}
        {hours !== null ? ` at ${hours} hours a week` : ''}: <strong>{total ? describeMonths(total) : NO_VALUE}</strong>.
        {total && start ? ` Expected arrival: ${arrival}.` : ''}
      </p>
      <div class="table-scroll">
        <table>
          <caption>Each step at your hours</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Time it may take</th>
              <th scope="col">Level reached</th>
            </tr>
          </thead>
          <tbody>
            {plan ? (
              plan.steps.map(({ step, months, arrival: reached }) => (
                <tr key={step.from}>
                  <th scope="row">
                    Level {step.from} → Level {step.to}
                  </th>
                  <td>{describeMonths(months)}</td>
                  <td>{start ? windowText(start, reached.min, reached.max) : NO_VALUE}</td>
                </tr>
              ))
            ) : (
              <tr>
                <th scope="row">{NO_VALUE}</th>
                <td>{NO_VALUE}</td>
                <td>{NO_VALUE}</td>
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td>{total ? describeMonths(total) : NO_VALUE}</td>
              <td>{arrival}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {plan && <PlanChart id={id} plan={plan} start={start} />}
    </div>
  );
}

/** "between July 2027 and December 2027", "from April 2029 at the earliest, with no latest date". */
function windowText(start: CalendarDate, min: number, max: number | null): string {
  if (max === null) return `from ${monthOrNone(start, min)} at the earliest, with no latest date`;
  if (min === max) return `in ${monthOrNone(start, min)}`;
  return `between ${monthOrNone(start, min)} and ${monthOrNone(start, max)}`;
}

const CHART_WIDTH = 640;
const LABEL_WIDTH = 72;
const ROW_HEIGHT = 34;

function PlanChart({ id, plan, start }: { id: string; plan: Plan; start: CalendarDate | null }) {
  const { total } = plan;
  // An open-ended climb draws its last bar past the earliest total, fading out, without inventing an end.
  const axisMonths = total.max ?? Math.ceil(total.min * 1.5);
  const tick = monthTickStep(axisMonths);
  const x = (months: number) => LABEL_WIDTH + ((CHART_WIDTH - LABEL_WIDTH - 12) * months) / axisMonths;
  const height = ROW_HEIGHT * 2 + 40;
  const rows = [
    { name: 'Earliest', pick: (r: { min: number; max: number | null }) => r.min },
    { name: 'Latest', pick: (r: { min: number; max: number | null }) => r.max },
  ];
  const ticks: number[] = [];
  for (let m = 0; m <= axisMonths; m += tick) ticks.push(m);
  const describe = rows
    .map(({ name, pick }) => {
      const reached = plan.steps.map((s) => {
        const months = pick(s.arrival);
        return months === null ? `Level ${s.step.to} with no known latest time` : `Level ${s.step.to} after ${months} months`;
      });
      return `${name} path: ${reached.join(', ')}.`;
    })
    .join(' ');
  return (
    <figure class="timeline-chart">
      <svg
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-chart-title`}
        class="timeline-chart__svg"
      >
        <title id={`${id}-chart-title`}>Timeline of the climb on a month axis. {describe}</title>
        {ticks.map((m) => (
          <g key={m} class="timeline-chart__tick">
            <line x1={x(m)} x2={x(m)} y1={4} y2={ROW_HEIGHT * 2 + 12} />
            <text x={x(m)} y={ROW_HEIGHT * 2 + 28} text-anchor="middle">
              {m}
            </text>
          </g>
        ))}
        {rows.map(({ name, pick }, row) => {
          const y = 8 + row * ROW_HEIGHT;
          return (
            <g key={name}>
              <text x={0} y={y + ROW_HEIGHT / 2} class="timeline-chart__row-label">
                {name}
              </text>
              {plan.steps.map(({ step, arrival }, index) => {
                const begin = index === 0 ? 0 : pick(plan.steps[index - 1]!.arrival) ?? axisMonths;
                const end = pick(arrival);
                const open = end === null;
                return (
                  <g key={step.from} class={`timeline-chart__bar timeline-chart__bar--${index % 4}${open ? ' timeline-chart__bar--open' : ''}`}>
                    <rect x={x(begin)} y={y} width={Math.max(0, x(end ?? axisMonths) - x(begin))} height={ROW_HEIGHT - 8} rx={3} />
                    <text x={(x(begin) + x(end ?? axisMonths)) / 2} y={y + ROW_HEIGHT / 2} text-anchor="middle">
                      {open ? `L${step.to}+` : `L${step.to}`}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption>
        Months from {start ? formatMonthYear(start) : 'the start'}. Each bar ends when the next level is reached
        {total.max === null ? '; the open-ended last step has no known end.' : '.'}
      </figcaption>
    </figure>
  );
}

interface EarningsViewProps {
  id: string;
  from: number;
  horizon: number | null;
  labelOf: (rank: number) => string;
  earnings: ClimbOrStay | null;
}

function EarningsView({ id, from, horizon, labelOf, earnings }: EarningsViewProps) {
  const stayTotal = earnings?.stay.total;
  const scenarios = [
    { key: 'stay', name: `Stay at ${labelOf(from)}`, path: earnings?.stay },
    { key: 'fast', name: 'Climb at the fast end of each step', path: earnings?.fast },
    { key: 'slow', name: 'Climb at the slow end of each step', path: earnings?.slow },
  ] as const;
  const difference = (total: number | undefined) => {
    if (total === undefined || stayTotal === undefined) return NO_VALUE;
    const gap = total - stayTotal;
    return gap > 0 ? `+${formatDollars(gap)}` : gap < 0 ? `−${formatDollars(-gap)}` : formatDollars(0);
  };
  return (
    <div class="timeline-earnings">
      <div class="table-scroll">
        <table>
          <caption>Earnings over {horizon ?? NO_VALUE} months</caption>
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              <th scope="col">Total</th>
              <th scope="col">Difference from staying</th>
            </tr>
          </thead>
          <tbody>
            {scenarios.map((s) => (
              <tr key={s.key} data-scenario={s.key}>
                <th scope="row">{s.name}</th>
                <td>{formatDollars(s.path?.total)}</td>
                <td>{s.key === 'stay' ? NO_VALUE : difference(s.path?.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {earnings && horizon !== null && <EarningsChart id={id} earnings={earnings} horizon={horizon} names={scenarios.map((s) => s.name)} />}
    </div>
  );
}

const EARN_WIDTH = 640;
const EARN_HEIGHT = 240;
const EARN_LEFT = 88;
const EARN_BOTTOM = 28;

function EarningsChart({ id, earnings, horizon, names }: { id: string; earnings: ClimbOrStay; horizon: number; names: string[] }) {
  const paths = [earnings.stay, earnings.fast, earnings.slow];
  const top = Math.max(...paths.map((p) => p.total), 1);
  const x = (month: number) => EARN_LEFT + ((EARN_WIDTH - EARN_LEFT - 12) * month) / horizon;
  const y = (amount: number) => 8 + (EARN_HEIGHT - EARN_BOTTOM - 8) * (1 - amount / top);
  const points = (cumulative: number[]) => [`${x(0)},${y(0)}`, ...cumulative.map((v, i) => `${x(i + 1)},${y(v)}`)].join(' ');
  const milestones = milestoneMonths(horizon);
  return (
    <figure class="timeline-chart">
      <svg viewBox={`0 0 ${EARN_WIDTH} ${EARN_HEIGHT}`} width="100%" role="img" aria-labelledby={`${id}-earn-title`}>
        <title id={`${id}-earn-title`}>
          Cumulative earnings over {horizon} months: {names.map((name, i) => `${name} ${formatDollars(paths[i]!.total)}`).join('; ')}.
        </title>
        {[0, top / 2, top].map((amount) => (
          <g key={amount} class="timeline-chart__tick">
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
          <polyline key={i} points={points(path.cumulative)} class={`timeline-chart__line timeline-chart__line--${i}`} />
        ))}
      </svg>
      <figcaption>
        <ul class="timeline-chart__legend">
          {names.map((name, i) => (
            <li key={name}>
              <svg width="28" height="10" aria-hidden="true">
                <line x1="0" x2="28" y1="5" y2="5" class={`timeline-chart__line timeline-chart__line--${i}`} />
              </svg>
              {name}
            </li>
          ))}
        </ul>
      </figcaption>
      <div class="table-scroll">
        <table>
          <caption>Running totals</caption>
          <thead>
            <tr>
              <th scope="col">After</th>
              {names.map((name) => (
                <th scope="col" key={name}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {milestones.map((month) => (
              <tr key={month}>
                <th scope="row">{month} months</th>
                {paths.map((path, i) => (
                  <td key={i}>{formatDollars(path.cumulative[month - 1])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
