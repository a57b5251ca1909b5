// The pay estimator: renders the form, the results and the levels chart, and wires edits to the stores and the URL.
// The arithmetic, validation and form rules live in src/lib/pay.ts and src/lib/pay-form.ts.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { NumberField } from './parts/NumberField';
import { LevelSelect } from './parts/LevelSelect';
import { ShareControls, resetWithUndo } from './parts/ShareControls';
import { StorageNote } from './parts/StorageNote';
import { PayModeChoice } from './parts/PayModeChoice';
import { PayResults } from './parts/PayResults';
import { UseLogButton } from './parts/UseLogButton';
import { useAddress, useDrawingCode, useStoreChange } from './parts/hooks';
import { KeptDrawing } from './parts/KeptDrawing';
import { useProfileChanges } from './parts/use-profile';
import { compareLevels, defaultPayForm, estimatePay, isOutsideRange, levelByRank, payAddressCodec, payFormFrom, payFormFromLink } from '../lib/pay';
import { validatePay, type PayField, type PayForm, type PayLevel, type PaySettings } from '../lib/pay';
import { applyStoredChange, chooseLevel, compactRateText, switchPayMode } from '../lib/pay-form';
import { changedEntries } from '../lib/changes';
import { countText, formatCents, formatRateRange, levelLabel, levelOptionLabel } from '../lib/format';
import { $paySettings, resetPayStores, savePayChanges, storedPaySettings } from '../stores/pay';

type LevelsChart = typeof import('./parts/PayLevelsChart');

// The server draws the levels chart for the defaults, so the page shows it without JavaScript; the browser loads its
// code only once the chart must change (stored or linked values, an edit), which keeps it out of the JavaScript at load.
const serverChart: LevelsChart | null = import.meta.env.SSR ? await import('./parts/PayLevelsChart') : null;

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

export default function PayEstimator({ levels, compact = false, idPrefix, fullToolPath }: Props) {
  // The first render matches the server's (the defaults); stored and linked values arrive once mounted.
  const [form, setForm] = useState<PayForm>(() => defaultPayForm(levels));
  const { values, hourlyRate, errors } = validatePay(form);
  const level = levelByRank(levels, form.level);
  const estimate = estimatePay({ ...values, hourlyRate });
  const id = (name: string) => `${idPrefix}-${name}`;
  const { hours, weeks } = values;
  const chartKey = compact ? '' : JSON.stringify([hours, weeks, form.level, estimate.beforeFees.yearly]);
  const chart = useDrawingCode(() => import('./parts/PayLevelsChart'), serverChart, chartKey);
  const LevelsChart = chart.module?.PayLevelsChart;
  const codec = payAddressCodec(levels);

  const { mounted } = useAddress(codec, form, {
    active: !compact,
    // A link describes a whole estimate: what it leaves out takes the default, not this browser's stored value.
    onLoad: (link) =>
      setForm(
        link && (link.level !== undefined || Object.keys(link.texts).length > 0)
          ? payFormFromLink(levels, link)
          : payFormFrom(levels, storedPaySettings(levels.length)),
      ),
  });
  // A value changed in another tab or tool enters the form; nothing is written back.
  const follow = (change: PaySettings) => setForm((current) => applyStoredChange(levels, current, change, $paySettings.get().rate));
  useProfileChanges(levels.length, follow);
  useStoreChange($paySettings, (now, before) => follow(changedEntries(now, before)));

  const commit = (next: PayForm) => {
    if (!compact) chart.loadNow();
    setForm(next);
    savePayChanges(levels, form, next);
  };
  const field = (name: PayField, label: string, extra: { hint?: ComponentChildren; inputMode?: 'numeric' } = {}) => (
    <NumberField
      id={id(name)}
      label={label}
      value={form[name]}
      onValue={(raw) => commit({ ...form, [name]: raw })}
      error={errors[name]}
      {...extra}
    />
  );

  const reset = () => resetWithUndo(form, defaultPayForm(levels), setForm, resetPayStores);

  const rangeHint = (
    <>
      Typical range for this level: {formatRateRange(level.pay)} an hour.
      {hourlyRate !== null && isOutsideRange(hourlyRate, level.pay) && (
        <strong class="pay-outside"> {formatCents(hourlyRate)} is outside the typical range for this level.</strong>
      )}
    </>
  );
  const perTaskMode = form.mode === 'perTask';

  return (
    // data-ready marks that stored and linked values have been read (tests wait for it before typing).
    <div class={`pay-estimator${compact ? ' pay-estimator--compact' : ''}`} data-ready={mounted ? '' : undefined}>
      <div class="pay-form" role="group" aria-label={compact ? 'Pay estimate' : 'Your work'}>
        <LevelSelect
          id={id('level')}
          label="Level"
          options={levels.map((l) => ({ rank: l.rank, label: levelOptionLabel(l) }))}
          value={form.level}
          onPick={(rank) => commit(chooseLevel(levels, form, rank))}
        />
        {!compact && <PayModeChoice name={id('mode')} mode={form.mode} onPick={(mode) => commit(switchPayMode(form, mode, hourlyRate))} />}
        {compact || !perTaskMode ? (
          <NumberField
            id={id('rate')}
            label="Hourly rate (USD)"
            value={compact ? compactRateText(form, hourlyRate) : form.rate}
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
        {!compact && <UseLogButton kind="rate" onValues={({ rate }) => commit({ ...form, mode: 'hourly', rate: String(rate) })} />}
        {field('hours', 'Hours per week')}
        {!compact && (
          <>
            {field('weeks', 'Weeks per year', { inputMode: 'numeric' })}
            {field('fees', 'Fees and taxes (%)', { hint: 'The share withheld: platform fees and the tax you set aside.' })}
            {field('unpaid', 'Unpaid hours per week', {
              hint: 'Unpaid qualification tests, training and time spent waiting for tasks.',
            })}
          </>
        )}
      </div>
      <StorageNote />

      <section class="pay-results" aria-labelledby={id('results-title')}>
        <h2 id={id('results-title')} class={compact ? 'pay-results__title--compact' : undefined}>
          Your estimate
        </h2>
        <PayResults caption={`Estimated earnings at ${levelLabel(level)}`} estimate={estimate} showEffective={values.unpaid !== 0} />
        {compact ? (
          <p>
            Based on {values.weeks === null ? `${form.weeks} weeks` : countText(values.weeks, 'week')} a year.{' '}
            <a href={`${fullToolPath}${codec.write(form)}`}>Open the full pay estimator</a> to change the weeks, fees,
            unpaid time or per-task pay, and to compare every level.
          </p>
        ) : (
          <ShareControls onReset={reset} />
        )}
      </section>

      {!compact && (
        <section class="pay-compare" aria-labelledby={id('compare-title')}>
          <h2 id={id('compare-title')}>All levels side by side</h2>
          {hours === null || weeks === null ? (
            <p>Enter valid hours per week and weeks per year to compare the levels.</p>
          ) : (
            <KeptDrawing
              stale={chart.stale}
              draw={
                LevelsChart
                  ? () => (
                      <LevelsChart
                        idPrefix={idPrefix}
                        rows={compareLevels(levels, hours, weeks)}
                        hours={hours}
                        weeks={weeks}
                        readerRank={form.level}
                        readerYearly={estimate.beforeFees.yearly}
                      />
                    )
                  : null
              }
            />
          )}
        </section>
      )}
    </div>
  );
}
