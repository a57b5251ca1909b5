// "Where your hours go" in "Your figures": per platform over the last 12 weeks, what an hour paid as advertised and
// once unpaid time counts, and the share of the hours that went unpaid, by kind (a chart and a table with the same
// figures); each week's effective rate beside the reader's floor, with one plain sentence for two weeks in a row under
// it; and the amount to set aside. Numbers only, no advice. Not an island.
import { DataTable } from '../../ui/DataTable';
import { moneyText } from '../../ui/Money';
import { formatDay } from '../../lib/core/dates';
import { formatCents } from '../../lib/core/format';
import { FIELD_LABELS, UNPAID_PARTS } from '../../lib/work-log/fields';
import type { ThisWeek } from '../../lib/work-log/weeks';
import type { PlatformWeeks } from '../../lib/work-log/hours';
import type { ReaderSettings } from '../../lib/settings/reader-settings';

interface Props {
  platforms: PlatformWeeks[];
  week: ThisWeek;
  settings: ReaderSettings;
  today: string;
  charts: typeof import('./WorkLogCharts') | null;
}

const percent = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)} %` : '—');

export function HoursFigures({ platforms, week, settings, today, charts }: Props) {
  const { currency, floorUsd } = settings;
  const rate = (value: number | null) => (value === null ? 'no hours' : moneyText(value, currency, today));
  const runs = platforms.filter((platform) => platform.belowFloorRun.length >= 2);
  return (
    <>
      <h3>Where your hours go</h3>
      {platforms.length === 0 ? (
        <p>No work logged in the last 12 weeks.</p>
      ) : (
        <>
          <p>
            Over the last 12 weeks, per platform: what an hour paid as advertised (earnings ÷ paid hours) and once the unpaid
            time counts (earnings ÷ all hours), and how much of the time went unpaid.
          </p>
          {charts && <charts.HoursSplitChart platforms={platforms} />}
          <DataTable
            caption="Where your hours go, by platform, over the last 12 weeks"
            head={['Platform', 'Per paid hour', 'Per hour, unpaid time counted', 'Hours unpaid', ...UNPAID_PARTS.map((part) => FIELD_LABELS[part])]}
            rows={platforms.map(({ platform, total }) => {
              const all = total.paidHours + total.unpaidHours;
              return [platform, rate(total.advertisedRate), rate(total.effectiveRate), percent(total.unpaidHours, all), ...UNPAID_PARTS.map((part) => percent(total.unpaid[part], all))];
            })}
          />
          {floorUsd !== null && (
            <>
              <DataTable
                caption={`What an hour really paid, week by week, against your ${formatCents(floorUsd)} floor`}
                head={['Week', ...platforms.map((platform) => platform.platform)]}
                rows={platforms[0]!.weeks.map((week, index) => [
                  `${formatDay(week.from)}`,
                  ...platforms.map(({ weeks }) => {
                    const cell = weeks[index]!;
                    return cell.effectiveRate === null ? '—' : `${formatCents(cell.effectiveRate)}${cell.belowFloor ? ' (under your floor)' : ''}`;
                  }),
                ])}
              />
              {runs.map(({ platform, belowFloorRun }) => (
                <p key={platform} class="floor-run">
                  On {platform}, an hour paid under your {formatCents(floorUsd)} floor {belowFloorRun.length} weeks in a row:{' '}
                  {belowFloorRun.map((week) => `${formatCents(week.effectiveRate)} in the week of ${formatDay(week.from)}`).join(', ')}.
                </p>
              ))}
            </>
          )}
        </>
      )}
      {week.setAsideWeek !== null && (
        <p>
          To set aside ({settings.setAsidePct} % of earnings): <strong>{moneyText(week.setAsideWeek, currency, today)}</strong> this week,{' '}
          <strong>{moneyText(week.setAsideMonth ?? 0, currency, today)}</strong> this month. Tax rules depend on your country; this site
          states no rate.
        </p>
      )}
    </>
  );
}
