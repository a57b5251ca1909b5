// The work log's charts, drawn as SVG. Loaded only when "Your figures" scrolls near; the tables beside them
// carry the same numbers for anyone who cannot see the drawing. Horizontal positions are percentages of the chart's
// width (src/lib/core/chart.ts) and vertical ones pixels, so a chart fills a phone's width while its text keeps its
// real size (14 px, never scaled down); the top value and the first and last dates are written on it.
import type { QualityPoint, WeekTotals } from '../../lib/work-log/figures';
import type { PlatformWeeks } from '../../lib/work-log/hours';
import { FIELD_LABELS, UNPAID_PARTS } from '../../lib/work-log/fields';
import { MONTH_NAMES, dayNumber, formatDay } from '../../lib/core/dates';
import { percentOf } from '../../lib/core/chart';
import { formatNumber } from '../../lib/core/numbers';

/** Pixels: a label line above the plot, the plot, and a line of dates below it. */
const LABEL = 18;
const PLOT = 160;
const DATES = 24;
const HEIGHT = LABEL + PLOT + DATES;

/** The y of `value` on a plot whose top is `max`. */
const yOf = (value: number, max: number) => LABEL + PLOT - (PLOT * Math.min(Math.max(value, 0), max)) / max;

function Dates({ from, to }: { from: string; to: string }) {
  return (
    <>
      <text class="log-chart__tick" x="0" y={HEIGHT - 6}>
        {formatDay(from)}
      </text>
      <text class="log-chart__tick" x="100%" y={HEIGHT - 6} text-anchor="end">
        {formatDay(to)}
      </text>
    </>
  );
}

export function HoursChart({ weeks, band }: { weeks: WeekTotals[]; band: { min: number; max: number } }) {
  const top = Math.ceil(Math.max(band.max * 1.25, ...weeks.map((week) => week.paidHours + week.unpaidHours)));
  const y = (value: number) => yOf(value, top);
  return (
    <figure class="log-chart">
      <svg width="100%" height={HEIGHT} role="img" aria-labelledby="log-hours-title">
        <title id="log-hours-title">
          Paid and unpaid hours in each of the last 12 weeks, against the {band.min}–{band.max} hour band; the table below gives the same figures.
        </title>
        <rect class="log-chart__band" x="0" width="100%" y={y(band.max)} height={y(band.min) - y(band.max)} />
        <line class="log-chart__grid" x1="0" x2="100%" y1={y(top)} y2={y(top)} />
        <line class="log-chart__grid" x1="0" x2="100%" y1={y(0)} y2={y(0)} />
        <text class="log-chart__tick" x="0" y={LABEL - 5}>
          {formatNumber(top)} hours
        </text>
        {weeks.map((week, index) => {
          const x = percentOf(index + 0.15, weeks.length);
          const width = percentOf(0.7, weeks.length);
          return (
            <g key={week.from}>
              <rect class="log-chart__paid" x={x} width={width} y={y(week.paidHours)} height={y(0) - y(week.paidHours)} />
              <rect class="log-chart__unpaid" x={x} width={width} y={y(week.paidHours + week.unpaidHours)} height={y(0) - y(week.unpaidHours)} />
            </g>
          );
        })}
        <Dates from={weeks[0]!.from} to={weeks[weeks.length - 1]!.to} />
      </svg>
      <figcaption>
        Hours a week: <span class="log-key log-key--paid">paid</span>, <span class="log-key log-key--unpaid">unpaid</span>, and the shaded{' '}
        {band.min}–{band.max} hour band the timelines assume.
      </figcaption>
    </figure>
  );
}

export function QualityChart({ points }: { points: QualityPoint[] }) {
  const first = dayNumber(points[0]!.date);
  const span = Math.max(1, dayNumber(points[points.length - 1]!.date) - first);
  // The line is drawn in a nested SVG stretched to the chart's width (days by percent), with a stroke that keeps its width.
  const line = points.map((point) => `${dayNumber(point.date) - first},${100 - point.average7}`).join(' ');
  return (
    <figure class="log-chart">
      <svg width="100%" height={HEIGHT} role="img" aria-labelledby="log-quality-title">
        <title id="log-quality-title">Daily quality scores as dots and their 7-day average as a line; the table below gives the same figures.</title>
        {[100, 0].map((tick) => (
          <line key={tick} class="log-chart__grid" x1="0" x2="100%" y1={yOf(tick, 100)} y2={yOf(tick, 100)} />
        ))}
        <text class="log-chart__tick" x="0" y={LABEL - 5}>
          100%
        </text>
        {points.map((point) => (
          <circle key={point.date} class="log-chart__dot" cx={percentOf(dayNumber(point.date) - first, span)} cy={yOf(point.score, 100)} r={3} />
        ))}
        <svg x="0" y={LABEL} width="100%" height={PLOT} viewBox={`0 0 ${span} 100`} preserveAspectRatio="none" overflow="visible" aria-hidden="true">
          <polyline class="log-chart__line" points={line} vector-effect="non-scaling-stroke" />
        </svg>
        <Dates from={points[0]!.date} to={points[points.length - 1]!.date} />
      </svg>
      <figcaption>
        Quality score from 0 to 100%: <span class="log-key log-key--dot">each day</span> and <span class="log-key log-key--line">7-day average</span>.
      </figcaption>
    </figure>
  );
}

/** "Dec 2026" from "2026-12". */
const shortMonth = (month: string) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]!.slice(0, 3)} ${month.slice(0, 4)}`;

export function ReceivedChart({ months }: { months: { month: string; received: number }[] }) {
  const top = Math.max(1, Math.ceil(Math.max(...months.map((month) => month.received))));
  const y = (value: number) => yOf(value, top);
  return (
    <figure class="log-chart">
      <svg width="100%" height={HEIGHT} role="img" aria-labelledby="log-received-title">
        <title id="log-received-title">Money received in each of the last 12 months; the table below gives the same figures.</title>
        <line class="log-chart__grid" x1="0" x2="100%" y1={y(top)} y2={y(top)} />
        <line class="log-chart__grid" x1="0" x2="100%" y1={y(0)} y2={y(0)} />
        <text class="log-chart__tick" x="0" y={LABEL - 5}>
          ${top.toLocaleString('en-US')}
        </text>
        {months.map((month, index) => (
          <rect
            key={month.month}
            class="log-chart__paid"
            x={percentOf(index + 0.15, months.length)}
            width={percentOf(0.7, months.length)}
            y={y(month.received)}
            height={y(0) - y(month.received)}
          />
        ))}
        <text class="log-chart__tick" x="0" y={HEIGHT - 6}>
          {shortMonth(months[0]!.month)}
        </text>
        <text class="log-chart__tick" x="100%" y={HEIGHT - 6} text-anchor="end">
          {shortMonth(months[months.length - 1]!.month)}
        </text>
      </svg>
      <figcaption>US dollars received each month, by the day each payout arrived.</figcaption>
    </figure>
  );
}

/** One row per platform: a label line, then a bar of its hours, paid first, then each kind of unpaid time. */
const ROW = 44;

export function HoursSplitChart({ platforms }: { platforms: PlatformWeeks[] }) {
  const height = platforms.length * ROW;
  return (
    <figure class="log-chart">
      <svg width="100%" height={height} role="img" aria-labelledby="log-split-title">
        <title id="log-split-title">Each platform's hours over the last 12 weeks, paid and unpaid by kind; the table below gives the same figures.</title>
        {platforms.map(({ platform, total }, row) => {
          const all = total.paidHours + total.unpaidHours;
          const parts = [{ key: 'paid', hours: total.paidHours }, ...UNPAID_PARTS.map((part) => ({ key: part, hours: total.unpaid[part] }))];
          let done = 0;
          const top = row * ROW;
          return (
            <g key={platform}>
              <text class="log-chart__tick" x="0" y={top + 16}>
                {platform}: {all > 0 ? Math.round((total.unpaidHours / all) * 100) : 0}% unpaid
              </text>
              {all > 0 &&
                parts.map(({ key, hours }) => {
                  const x = percentOf(done, all);
                  done += hours;
                  return hours > 0 ? <rect key={key} class={`log-chart__split log-chart__split--${key}`} x={x} width={percentOf(hours, all)} y={top + 22} height={16} /> : null;
                })}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span class="log-key log-key--paid">paid</span>
        {UNPAID_PARTS.map((part) => (
          <span key={part}>
            , <span class={`log-key log-key--${part}`}>{FIELD_LABELS[part].toLowerCase()}</span>
          </span>
        ))}
        .
      </figcaption>
    </figure>
  );
}
