// "Your figures": the bars the guide names, measured from the log, each chart with a table or sentence that says
// the same. The arithmetic is in src/lib/work-log/figures.ts; the charts' code loads when they scroll near.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DataTable } from '../../ui/DataTable';
import { useWorkLog } from './use-work-log';
import { useToday } from './use-today';
import { formatDay, formatSpan, readerZone } from '../../lib/core/dates';
import { countText } from '../../lib/core/format';
import {
  activityStrip,
  effectiveRate,
  qualitySeries,
  ratesByPlatform,
  rejectionRate,
  weeklyTotals,
} from '../../lib/work-log/figures';
import { payoutRecords, receivedByMonth } from '../../lib/work-log/payouts';
import { owedByPlatform, type PayRules } from '../../lib/work-log/schedules';
import { useSettings } from '../../ui/use-settings';
import { MoneyFigures } from './MoneyFigures';
import { HoursFigures } from './HoursFigures';
import { RatesNote } from '../../ui/Money';
import { thisWeek } from '../../lib/work-log/weeks';
import { whereHoursGo } from '../../lib/work-log/hours';
import './work-log.css';

type Charts = typeof import('./WorkLogCharts');
const loadCharts = () => import('./WorkLogCharts');

interface Props {
  /** Weekly hours the timelines assume (transitions.yaml). */
  weeklyHours: { min: number; max: number };
  /** The article's example of steady work for the first step, in days (transitions.yaml): an example, not a bar. */
  activeDaysExample?: number | undefined;
  /** Each platform's sourced pay rules, for what is owed and overdue. */
  rules: PayRules[];
}

const one = (value: number) => String(Math.round(value * 10) / 10);
const money = (value: number | null) => (value === null ? 'no hours logged' : `$${value.toFixed(2)}`);

export default function WorkLogFigures({ weeklyHours, activeDaysExample, rules }: Props) {
  const { entries, payouts, status } = useWorkLog();
  const settings = useSettings();
  // '' until mounted; moves on at midnight when the page stays open.
  const today = useToday();
  const [charts, setCharts] = useState<Charts | null>(null);
  const ready = status === 'ready' && today !== '';
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    // The benchmark measures load to this mark: the first render with the stored entries' figures.
    if (ready) performance.mark('work-log:figures-shown');
  }, [ready]);
  useEffect(() => {
    const observer = new IntersectionObserver(
      (seen) => {
        if (!seen.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void loadCharts().then(setCharts);
      },
      { rootMargin: '200px' },
    );
    if (section.current) observer.observe(section.current);
    return () => observer.disconnect();
  }, []);

  const figures = useMemo(
    () => ready && ({
      strip: activityStrip(entries, today),
      weeks: weeklyTotals(entries, today),
      quality: qualitySeries(entries, today),
      rejections: rejectionRate(entries),
      overall: effectiveRate(entries),
      platforms: ratesByPlatform(entries),
    }),
    [entries, today, ready],
  );
  const cash = useMemo(() => {
    if (!ready) return null;
    const paidBefore = new Set(payouts.filter((payout) => !payout.settled).map((payout) => payout.platform));
    const owed = owedByPlatform(entries, { rules, settings, paidBefore, today, readerZone: readerZone() });
    return {
      owed: owed.reduce((total, platform) => total + platform.amount, 0),
      overdue: owed.reduce((total, platform) => total + platform.overdue, 0),
      records: payoutRecords(entries, payouts),
      months: receivedByMonth(payouts, today),
      hours: whereHoursGo(entries, today, settings.weekStart, settings.floorUsd),
      week: thisWeek(entries, today, settings),
    };
  }, [entries, payouts, settings, today, ready]);
  if (!figures) {
    return (
      <section ref={section} aria-labelledby="log-figures-heading" class="work-log__figures">
        <h2 id="log-figures-heading">Your figures</h2>
        <p>Your figures appear here once the log has been read.</p>
      </section>
    );
  }
  const { strip, weeks, quality, rejections, overall, platforms } = figures;
  const { owed, overdue, records, months, hours, week } = cash!;
  const paidAverage = weeks.reduce((total, week) => total + week.paidHours, 0) / weeks.length;
  const tasksAverage = weeks.reduce((total, week) => total + week.tasks, 0) / weeks.length;
  const latest = quality[quality.length - 1];

  return (
    <section ref={section} aria-labelledby="log-figures-heading" class="work-log__figures" data-ready="">
      <h2 id="log-figures-heading">Your figures</h2>
      {entries.length === 0 && <p>These fill in as you add entries.</p>}
      <RatesNote currency={settings.currency} />

      <h3>Days active in the last 30</h3>
      <p>
        Active on <strong>{strip.active} of the last 30 days</strong> ({formatSpan(strip.days[0]!.date, today)}).
        {activeDaysExample !== undefined &&
          ` The article's example of steady work before the first promotion is tasks done on each of ${activeDaysExample} days; it illustrates consistency and is not a published threshold.`}
      </p>
      <ol class="log-strip" aria-label="Each of the last 30 days, oldest first">
        {strip.days.map((day) => (
          <li key={day.date} class={day.active ? 'log-strip__day log-strip__day--active' : 'log-strip__day'} title={`${formatDay(day.date)}: ${countText(day.tasks, 'task')}`}>
            <span class="visually-hidden">
              {formatDay(day.date)}: {day.active ? `active, ${countText(day.tasks, 'task')}` : 'not active'}
            </span>
          </li>
        ))}
      </ol>

      <h3>Hours and tasks per week</h3>
      <p>
        Over the last 12 weeks: {one(paidAverage)} paid hours a week on average, against the {weeklyHours.min}–{weeklyHours.max} hours the
        timelines assume; {one(tasksAverage)} tasks a week.
      </p>
      {charts ? <charts.HoursChart weeks={weeks} band={weeklyHours} /> : <p class="work-log__loading">The chart loads as you scroll to it.</p>}
      <DataTable
        caption="Hours and tasks in each of the last 12 weeks"
        head={['Week', 'Paid hours', 'Unpaid hours', 'Tasks']}
        rows={weeks.map((week) => [formatSpan(week.from, week.to), one(week.paidHours), one(week.unpaidHours), week.tasks.toLocaleString('en-US')])}
      />

      <h3>Quality score</h3>
      {latest ? (
        <>
          <p>
            Latest 7-day average: <strong>{one(latest.average7)}%</strong> on {formatDay(latest.date)} (scores from the last 12 weeks).
          </p>
          {charts && <charts.QualityChart points={quality} />}
          <DataTable
            caption="Quality score by day, with its 7-day average"
            head={['Day', 'Score (%)', '7-day average (%)']}
            rows={[...quality].reverse().map((point) => [formatDay(point.date), one(point.score), one(point.average7)])}
          />
        </>
      ) : (
        <p>No entry in the last 12 weeks gave a quality score.</p>
      )}

      <h3>Rejection rate</h3>
      <p>
        {rejections.rate === null
          ? 'No entry records tasks rejected yet.'
          : `${one(rejections.rate * 100)}% of tasks rejected: ${rejections.rejected.toLocaleString('en-US')} of ${rejections.tasks.toLocaleString('en-US')}, over the entries that record rejections.`}
      </p>

      <MoneyFigures owed={owed} overdue={overdue} records={records} months={months} charts={charts} currency={settings.currency} today={today} />
      <HoursFigures platforms={hours} week={week} settings={settings} today={today} charts={charts} />

      <h3>Effective hourly rate</h3>
      <p>
        Earnings ÷ (paid + unpaid hours): <strong>{money(overall.rate)}</strong>
        {overall.rate !== null && ` an hour, $${overall.earnings.toFixed(2)} over ${countText(Number(one(overall.hours)), 'hour')}`}.
      </p>
      {platforms.length > 0 && (
        <DataTable
          caption="Effective hourly rate on each platform"
          head={['Platform', 'Earnings', 'Paid + unpaid hours', 'Per hour']}
          rows={platforms.map((row) => [row.platform, `$${row.earnings.toFixed(2)}`, one(row.hours), money(row.rate)])}
        />
      )}
    </section>
  );
}
