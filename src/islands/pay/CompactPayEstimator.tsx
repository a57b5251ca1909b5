// The small pay estimator on the guide's front page: level, hourly rate and hours, what they come to a week, a month
// and a year, and a link to the full tool. Its own island, kept small so that reading the guide to its end loads little
// JavaScript: it shares the reader's stored values and the lib's rules with the full estimator, not its components.
import { useEffect, useState } from 'preact/hooks';
import { NumberField } from '../../ui/NumberField';
import { LevelSelect } from '../../ui/LevelSelect';
import { StorageNote } from '../../ui/StorageNote';
import { DataTable } from '../../ui/DataTable';
import { RateRangeHint } from './RateRangeHint';
import { useStoreChange } from '../../ui/hooks';
import { useProfileChanges } from '../../ui/use-profile';
import { compactEstimate, compactQuery, storedHourlyRate, type PayLevel } from '../../lib/pay/compact';
import { PAY_ERRORS, readPayField } from '../../lib/pay/pay';
import { formatNumber, numberError } from '../../lib/core/numbers';
import { PROFILE_ERRORS, readHoursPerWeek } from '../../lib/core/profile';
import { levelByRank, midpoint } from '../../lib/core/levels';
import { DEFAULT_HOURS_PER_WEEK, DEFAULT_LEVEL, DEFAULT_WEEKS_PER_YEAR } from '../../lib/core/defaults';
import { countText, formatDollars, levelLabel, levelOptionLabel } from '../../lib/core/format';
import { $currentLevel, $hoursPerWeek, $weeksPerYear, setCurrentLevel, setHoursPerWeek } from '../../stores/profile';
import { $paySettings, setPaySetting } from '../../stores/pay';
import { readLevelRank } from '../../lib/core/profile';
import './pay-estimator.css';

interface Props {
  /** The levels, lowest first, read from levels.yaml at build time. */
  levels: PayLevel[];
  /** Address of the full estimator, linked with the values shown here. */
  fullToolPath: string;
}

const id = (name: string) => `pay-compact-${name}`;

export default function CompactPayEstimator({ levels, fullToolPath }: Props) {
  const rateOf = (rank: number) => formatNumber(midpoint(levelByRank(levels, rank).pay));
  // The first render matches the server's (the defaults); stored values arrive once mounted.
  const [level, setLevel] = useState(DEFAULT_LEVEL);
  const [rate, setRate] = useState(() => rateOf(DEFAULT_LEVEL));
  const [hours, setHours] = useState(String(DEFAULT_HOURS_PER_WEEK));
  const [weeks, setWeeks] = useState(DEFAULT_WEEKS_PER_YEAR);
  const [mounted, setMounted] = useState(false);
  const showStoredRate = (rank: number) => {
    const stored = storedHourlyRate($paySettings.get());
    setRate(stored === null ? rateOf(rank) : formatNumber(stored));
  };
  useEffect(() => {
    const rank = readLevelRank($currentLevel.get(), levels.length) ?? DEFAULT_LEVEL;
    setLevel(rank);
    showStoredRate(rank);
    setHours(String($hoursPerWeek.get()));
    setWeeks($weeksPerYear.get());
    setMounted(true);
  }, []);
  // A value changed in another tab or in the full estimator shows here; a field already showing it keeps its text.
  useProfileChanges(levels.length, (change) => {
    if (change.level !== undefined) {
      setLevel(change.level);
      showStoredRate(change.level);
    }
    if (change.hours !== undefined) setHours((typed) => (readHoursPerWeek(typed) === change.hours ? typed : String(change.hours)));
    if (change.weeks !== undefined) setWeeks(change.weeks);
  });
  useStoreChange($paySettings, () => showStoredRate(readLevelRank($currentLevel.get(), levels.length) ?? DEFAULT_LEVEL));

  const rateValue = readPayField('rate', rate);
  const hoursValue = readHoursPerWeek(hours);
  const estimate = compactEstimate(rateValue, hoursValue, weeks);
  const range = levelByRank(levels, level).pay;
  const pickLevel = (rank: number) => {
    setLevel(rank);
    setRate(rateOf(rank));
    setCurrentLevel(rank);
    setPaySetting('rate', undefined);
  };
  const editRate = (raw: string) => {
    setRate(raw);
    const value = readPayField('rate', raw);
    if (value === null) return;
    setPaySetting('mode', 'hourly');
    // Left unstored, a midpoint rate follows the level when that changes.
    setPaySetting('rate', value === midpoint(range) ? undefined : value);
  };
  const editHours = (raw: string) => {
    setHours(raw);
    setHoursPerWeek(raw);
  };
  const query = compactQuery(levels, { level, rate: rateValue, hours: hoursValue, weeks });

  return (
    <div class="pay-estimator pay-estimator--compact" data-ready={mounted ? '' : undefined}>
      <div class="pay-form" role="group" aria-label="Pay estimate">
        <LevelSelect
          id={id('level')}
          label="Level"
          options={levels.map((l) => ({ rank: l.rank, label: levelOptionLabel(l) }))}
          value={level}
          onPick={pickLevel}
        />
        <NumberField
          id={id('rate')}
          label="Hourly rate (USD)"
          value={rate}
          onValue={editRate}
          error={rateValue === null ? numberError(rate, PAY_ERRORS.rate) : null}
          hint={<RateRangeHint range={range} rate={rateValue} />}
        />
        <NumberField id={id('hours')} label="Hours per week" value={hours} onValue={editHours} error={hoursValue === null ? numberError(hours, PROFILE_ERRORS.hours) : null} />
      </div>
      <StorageNote />
      <section class="pay-results" aria-labelledby={id('results-title')}>
        <h2 id={id('results-title')} class="pay-results__title--compact">
          Your estimate
        </h2>
        <DataTable
          caption={`Estimated earnings at ${levelLabel(levelByRank(levels, level))}, before fees and taxes`}
          head={['Period', 'Earnings']}
          rows={[
            ['Weekly', formatDollars(estimate.weekly)],
            ['Monthly', formatDollars(estimate.monthly)],
            ['Yearly', formatDollars(estimate.yearly)],
          ]}
        />
        <p>
          Based on {countText(weeks, 'week')} a year, before fees and taxes.{' '}
          <a href={`${fullToolPath}${query}`}>Open the full pay estimator</a> to change the weeks, take off fees, count
          unpaid time or pay by the task, and to compare every level.
        </p>
      </section>
    </div>
  );
}
