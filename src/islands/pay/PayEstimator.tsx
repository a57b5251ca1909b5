// The pay estimator: renders the form, the results and the levels chart, and wires edits to the stores and the URL.
// The arithmetic, validation and form rules live in src/lib/pay/. The guide's small estimator is CompactPayEstimator.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { NumberField } from '../../ui/NumberField';
import { LevelSelect } from '../../ui/LevelSelect';
import { ShareControls, resetWithUndo } from '../../ui/ShareControls';
import { StorageNote } from '../../ui/StorageNote';
import { PayModeChoice } from './PayModeChoice';
import { PayResults } from './PayResults';
import { RateRangeHint } from './RateRangeHint';
import { UseLogButton } from '../../ui/UseLogButton';
import { useAddress, useDrawingCode, useStoreChange } from '../../ui/hooks';
import { KeptDrawing } from '../../ui/KeptDrawing';
import { useProfileChanges } from '../../ui/use-profile';
import { useLocalMoney } from '../../ui/use-local-money';
import { compareLevels, defaultPayForm, estimatePay, payAddressCodec, payFormFrom, payFormFromLink } from '../../lib/pay/pay';
import { readPayField, validatePay, type PayField, type PayForm, type PayLevel, type PaySettings } from '../../lib/pay/pay';
import { applyStoredChange, chooseLevel, switchPayMode } from '../../lib/pay/form';
import { changedEntries } from '../../lib/core/changes';
import { levelByRank } from '../../lib/core/levels';
import { formatCents, levelLabel, levelOptionLabel } from '../../lib/core/format';
import { $paySettings, resetPayStores, savePayChanges, storedPaySettings } from '../../stores/pay';
import './pay-estimator.css';

type LevelsChart = typeof import('./PayLevelsChart');

// The server draws the levels chart for the defaults, so the page shows it without JavaScript; the browser loads its
// code only once the chart must change (stored or linked values, an edit), which keeps it out of the JavaScript at load.
const serverChart: LevelsChart | null = import.meta.env.SSR ? await import('./PayLevelsChart') : null;

interface Props {
  /** The levels, lowest first, read from levels.yaml at build time. */
  levels: PayLevel[];
  /** How the estimate is worked out, written by the page (PayEstimatorWidget.astro) and shown under the results. */
  children?: ComponentChildren;
}

const idPrefix = 'pay';
const id = (name: string) => `${idPrefix}-${name}`;

export default function PayEstimator({ levels, children }: Props) {
  // The first render matches the server's (the defaults); stored and linked values arrive once mounted.
  const [form, setForm] = useState<PayForm>(() => defaultPayForm(levels));
  const local = useLocalMoney();
  const { values, hourlyRate, errors } = validatePay(form);
  const level = levelByRank(levels, form.level);
  const estimate = estimatePay({ ...values, hourlyRate });
  const { hours, weeks } = values;
  const chartKey = JSON.stringify([hours, weeks, form.level, estimate.beforeFees.yearly]);
  const chart = useDrawingCode(() => import('./PayLevelsChart'), serverChart, chartKey);
  const LevelsChart = chart.module?.PayLevelsChart;
  const codec = payAddressCodec(levels);

  const { mounted } = useAddress(codec, form, {
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
    chart.loadNow();
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

  const rangeHint = <RateRangeHint range={level.pay} rate={hourlyRate} />;
  const perTaskMode = form.mode === 'perTask';

  return (
    // data-ready marks that stored and linked values have been read (tests wait for it before typing).
    <div class="pay-estimator" data-ready={mounted ? '' : undefined}>
      <div class="pay-form" role="group" aria-label="Your work">
        <LevelSelect
          id={id('level')}
          label="Level"
          options={levels.map((l) => ({ rank: l.rank, label: levelOptionLabel(l) }))}
          value={form.level}
          onPick={(rank) => commit(chooseLevel(levels, form, rank))}
        />
        <PayModeChoice name={id('mode')} mode={form.mode} onPick={(mode) => commit(switchPayMode(form, mode, hourlyRate))} />
        {!perTaskMode ? (
          <NumberField
            id={id('rate')}
            label="Hourly rate (USD)"
            value={form.rate}
            onValue={(raw) => commit({ ...form, mode: 'hourly', rate: raw })}
            error={errors.rate}
            hint={rangeHint}
          />
        ) : (
          <>
            {field('perTask', 'Pay per task (USD)')}
            {field('tasksPerHour', 'Tasks per hour', {
              hint: (
                <>
                  {hourlyRate !== null && <>That comes to {formatCents(hourlyRate)}{local?.beside(hourlyRate)} an hour. </>}
                  {rangeHint}
                </>
              ),
            })}
          </>
        )}
        <UseLogButton
          kind="rate"
          request={{ level: form.level, accepts: (field, value) => readPayField(field as PayField, value) !== null }}
          onValues={({ rate, unpaid }) =>
            commit({
              ...form,
              ...(rate === undefined ? {} : { mode: 'hourly' as const, rate: String(rate) }),
              ...(unpaid === undefined ? {} : { unpaid: String(unpaid) }),
            })
          }
        />
        {field('hours', 'Hours per week')}
        {field('weeks', 'Weeks per year', { inputMode: 'numeric' })}
        {field('fees', 'Fees and taxes (%)', { hint: 'The share withheld: platform fees and the tax you set aside.' })}
        {field('unpaid', 'Unpaid hours per week', {
          hint: 'Time the work takes that is not paid, such as waiting for tasks, training, or a test that is not paid.',
        })}
      </div>
      <StorageNote />

      <section class="pay-results" aria-labelledby={id('results-title')}>
        <h2 id={id('results-title')}>Your estimate</h2>
        <PayResults caption={`Estimated earnings at ${levelLabel(level)}`} estimate={estimate} showEffective={values.unpaid !== 0} local={local} method={children} />
        <ShareControls onReset={reset} />
      </section>

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
    </div>
  );
}
