// The pay estimator: renders the form, the results and the levels chart, and wires edits to the stores and the URL.
// The arithmetic and validation live in src/lib/pay.ts.
import type { ComponentProps } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { NumberField } from './parts/NumberField';
import { ShareControls } from './parts/ShareControls';
import { TableScroll } from './parts/TableScroll';
import {
  compareLevels,
  decodePayQuery,
  defaultPayForm,
  encodePayQuery,
  estimatePay,
  isOutsideRange,
  levelByRank,
  midpoint,
  numberText,
  payFormFrom,
  readPayField,
  validatePay,
  type PayAmounts,
  type PayField,
  type PayForm,
  type PayLevel,
  type PayValues,
} from '../lib/pay';
import { formatCents, formatDollars, formatRateRange, levelLabel, levelOptionLabel } from '../lib/format';
import { buildQuery, readQuery, replaceQuery } from '../lib/url-state';
import {
  $currentLevel,
  $hoursPerWeek,
  $weeksPerYear,
  setCurrentLevel,
  setHoursPerWeek,
  setWeeksPerYear,
} from '../stores/profile';
import { $paySettings, clearPaySettings, setPaySettings } from '../stores/pay';
import { DEFAULT_HOURS_PER_WEEK, DEFAULT_LEVEL, DEFAULT_WEEKS_PER_YEAR } from '../lib/defaults';

type LevelsChart = typeof import('./parts/PayLevelsChart');

// The server renders the levels chart, so the page shows it without JavaScript; the browser loads its code only when
// the reader scrolls near it or edits a field, which keeps the JavaScript at load within the page budget.
const serverChart: LevelsChart | null = import.meta.env.SSR ? await import('./parts/PayLevelsChart') : null;
const loadChart = () => import('./parts/PayLevelsChart');

interface Props {
  /** The five levels, lowest first, read from levels.yaml at build time. */
  levels: PayLevel[];
  /** The small version for the guide: level, rate and hours only, no chart, no link state. */
  compact?: boolean;
  /** Prefix of every element id, distinct for each estimator on a page. */
  idPrefix: string;
  /** Address of the full estimator, linked from the compact one. */
  fullToolPath: string;
}

/** Saves what the reader entered: level, hours and weeks for every tool, the rest for the estimators. */
function persist(levels: PayLevel[], values: PayValues): void {
  setCurrentLevel(values.level);
  if (values.hours !== null) setHoursPerWeek(values.hours);
  if (values.weeks !== null) setWeeksPerYear(values.weeks);
  const previous = $paySettings.get();
  const keep = <K extends 'rate' | 'fees' | 'unpaid' | 'perTask' | 'tasksPerHour'>(field: K) =>
    values[field] ?? previous[field];
  // A rate equal to the level's midpoint is the default: leaving it out lets it follow the level when that changes.
  const followsLevel = values.rate === midpoint(levelByRank(levels, values.level).pay);
  setPaySettings({
    mode: values.mode,
    rate: followsLevel ? undefined : keep('rate'),
    fees: keep('fees'),
    unpaid: keep('unpaid'),
    perTask: keep('perTask'),
    tasksPerHour: keep('tasksPerHour'),
  });
}

export default function PayEstimator({ levels, compact = false, idPrefix, fullToolPath }: Props) {
  // The first render matches the server's (the defaults); stored and linked values arrive once mounted.
  const [form, setForm] = useState<PayForm>(() => defaultPayForm(levels));
  const { values, hourlyRate, errors } = validatePay(form);
  const level = levelByRank(levels, form.level);
  const estimate = estimatePay({ ...values, hourlyRate });
  const id = (name: string) => `${idPrefix}-${name}`;
  const [chart, setChart] = useState<LevelsChart | null>(serverChart);
  const compareSection = useRef<HTMLElement>(null);
  const showChart = () => {
    if (!chart) void loadChart().then(setChart);
  };

  useEffect(() => {
    if (compact) return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      showChart();
    });
    observer.observe(compareSection.current!);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const linked = compact ? {} : decodePayQuery(levels, readQuery(window.location.search));
    const stored = {
      level: $currentLevel.get(),
      hours: $hoursPerWeek.get(),
      weeks: $weeksPerYear.get(),
      ...$paySettings.get(),
    };
    // A link describes a whole estimate: what it leaves out takes the default, not this browser's stored value.
    const restored = payFormFrom(levels, Object.keys(linked).length > 0 ? linked : stored);
    setForm(restored);
    // The address then shows what is on screen (stored values in, garbage out), so "Copy link" shares exactly that.
    if (!compact) replaceQuery(buildQuery(encodePayQuery(levels, validatePay(restored).values)));
  }, []);

  const commit = (next: PayForm) => {
    if (!compact) showChart();
    setForm(next);
    const checked = validatePay(next).values;
    persist(levels, checked);
    if (!compact) replaceQuery(buildQuery(encodePayQuery(levels, checked)));
  };
  const field = (
    name: PayField,
    label: string,
    extra: Pick<ComponentProps<typeof NumberField>, 'hint' | 'inputMode'> = {},
  ) => (
    <NumberField
      id={id(name)}
      label={label}
      value={form[name]}
      onValue={(raw) => commit({ ...form, [name]: raw })}
      error={errors[name]}
      {...extra}
    />
  );

  const changeLevel = (rank: number) => {
    const next = { ...form, level: rank, rate: numberText(midpoint(levelByRank(levels, rank).pay)) };
    commit(next);
  };

  // Switching how one is paid carries the current hourly rate over, so the result does not jump.
  const changeMode = (mode: PayForm['mode']) => {
    if (mode === form.mode) return;
    const next = { ...form, mode };
    const tasksPerHour = readPayField('tasksPerHour', form.tasksPerHour);
    if (hourlyRate !== null && mode === 'hourly') next.rate = numberText(hourlyRate);
    if (hourlyRate !== null && mode === 'perTask' && tasksPerHour !== null) {
      next.perTask = numberText(Math.round((hourlyRate / tasksPerHour) * 100) / 100);
    }
    commit(next);
  };

  const reset = () => {
    setForm(defaultPayForm(levels));
    setCurrentLevel(DEFAULT_LEVEL);
    setHoursPerWeek(DEFAULT_HOURS_PER_WEEK);
    setWeeksPerYear(DEFAULT_WEEKS_PER_YEAR);
    clearPaySettings();
    if (!compact) replaceQuery('');
  };

  const rangeHint = (
    <>
      Typical range for this level: {formatRateRange(level.pay)} an hour.
      {hourlyRate !== null && isOutsideRange(hourlyRate, level.pay) && (
        <strong class="pay-outside"> {formatCents(hourlyRate)} is outside the typical range for this level.</strong>
      )}
    </>
  );
  const perTaskMode = form.mode === 'perTask';
  const rateShownInCompact = perTaskMode && hourlyRate !== null ? numberText(hourlyRate) : form.rate;

  return (
    <div class={`pay-estimator${compact ? ' pay-estimator--compact' : ''}`}>
      <div class="pay-form" role="group" aria-label={compact ? 'Pay estimate' : 'Your work'}>
        <div class="field">
          <label for={id('level')}>Level</label>
          <select
            id={id('level')}
            value={form.level}
            onChange={(event) => changeLevel(Number(event.currentTarget.value))}
          >
            {levels.map((l) => (
              <option value={l.rank}>{levelOptionLabel(l)}</option>
            ))}
          </select>
        </div>
        {!compact && (
          <fieldset class="pay-mode">
            <legend>How you are paid</legend>
            {(
              [
                ['hourly', 'By the hour'],
                ['perTask', 'By the task'],
              ] as const
            ).map(([mode, label]) => (
              <label class="pay-mode__option">
                <input
                  type="radio"
                  name={id('mode')}
                  value={mode}
                  checked={form.mode === mode}
                  onChange={() => changeMode(mode)}
                />
                {label}
              </label>
            ))}
          </fieldset>
        )}
        {compact || !perTaskMode ? (
          <NumberField
            id={id('rate')}
            label="Hourly rate (USD)"
            value={compact ? rateShownInCompact : form.rate}
            onValue={(raw) => commit({ ...form, mode: 'hourly', rate: raw })}
            error={compact && perTaskMode ? null : errors.rate}
            hint={rangeHint}
          />
        ) : (
          <>
            {field('perTask', 'Pay per task (USD)')}
            {field('tasksPerHour', 'Tasks per hour', {
              hint: (
                <>
                  {hourlyRate !== null && <>That comes to {formatCents(hourlyRate)} an hour. </>}
                  {rangeHint}
                </>
              ),
            })}
          </>
        )}
        {field('hours', 'Hours per week')}
        {!compact && (
          <>
            {field('weeks', 'Weeks per year', { inputMode: 'numeric' })}
            {field('fees', 'Fees and taxes (%)', {
              hint: 'The share withheld: platform fees and the tax you set aside.',
            })}
            {field('unpaid', 'Unpaid hours per week', {
              hint: 'Unpaid qualification tests, training and time spent waiting for tasks.',
            })}
          </>
        )}
      </div>

      <section class="pay-results" aria-labelledby={id('results-title')}>
        <h2 id={id('results-title')} class={compact ? 'pay-results__title--compact' : undefined}>
          Your estimate
        </h2>
        <p class="pay-summary" aria-live="polite">
          {estimate.beforeFees.yearly === null
            ? 'Correct the fields marked with a message to see a yearly estimate.'
            : `${formatDollars(estimate.beforeFees.yearly)} a year before fees and taxes, ${formatDollars(estimate.afterFees.yearly)} after.`}
        </p>
        <ResultsTable
          caption={`Estimated earnings at ${levelLabel(level)}`}
          estimate={estimate}
          showEffective={values.unpaid !== 0}
        />
        <p class="pay-how">
          Weekly pay is the hourly rate times paid hours; yearly pay is weekly pay times weeks worked, and monthly pay
          is yearly pay divided by 12. Fees and taxes come off every figure
          {values.unpaid !== 0 ? ', and the effective rate spreads weekly pay over paid and unpaid hours together' : ''}
          .
        </p>
        {compact ? (
          <p>
            Based on {form.weeks} weeks a year.{' '}
            <a href={`${fullToolPath}${buildQuery(encodePayQuery(levels, values))}`}>Open the full pay estimator</a> to
            change the weeks, fees, unpaid time or per-task pay, and to compare every level.
          </p>
        ) : (
          <ShareControls onReset={reset} />
        )}
      </section>

      {!compact && (
        <section class="pay-compare" aria-labelledby={id('compare-title')} ref={compareSection}>
          <h2 id={id('compare-title')}>All levels side by side</h2>
          {values.hours === null || values.weeks === null ? (
            <p>Enter valid hours per week and weeks per year to compare the levels.</p>
          ) : !chart ? (
            <p>Loading the chart of every level…</p>
          ) : (
            <chart.PayLevelsChart
              idPrefix={idPrefix}
              rows={compareLevels(levels, values.hours, values.weeks)}
              hours={values.hours}
              weeks={values.weeks}
              readerRank={form.level}
              readerYearly={estimate.beforeFees.yearly}
            />
          )}
        </section>
      )}
    </div>
  );
}

const RESULT_ROWS: { key: keyof PayAmounts; label: string; format: (n: number | null) => string }[] = [
  { key: 'hourly', label: 'Hourly rate', format: formatCents },
  { key: 'effectiveHourly', label: 'Effective hourly rate (paid and unpaid hours)', format: formatCents },
  { key: 'weekly', label: 'Weekly', format: formatDollars },
  { key: 'monthly', label: 'Monthly', format: formatDollars },
  { key: 'yearly', label: 'Yearly', format: formatDollars },
];

function ResultsTable({
  caption,
  estimate,
  showEffective,
}: {
  caption: string;
  estimate: ReturnType<typeof estimatePay>;
  showEffective: boolean;
}) {
  return (
    <TableScroll label={caption}>
      <table class="pay-results__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Before fees and taxes</th>
            <th scope="col">After fees and taxes</th>
          </tr>
        </thead>
        <tbody>
          {RESULT_ROWS.filter((row) => showEffective || row.key !== 'effectiveHourly').map((row) => (
            <tr data-row={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.format(estimate.beforeFees[row.key])}</td>
              <td>{row.format(estimate.afterFees[row.key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
