// The work log's two charts, drawn as SVG. Loaded only when "Your figures" scrolls near; the tables beside them
// carry the same numbers for anyone who cannot see the drawing.
import type { QualityPoint, WeekTotals } from '../../lib/work-log/figures';
import { formatDay } from '../../lib/core/dates';

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 40;
const BOTTOM = 24;
const TOP = 8;
const plotHeight = HEIGHT - BOTTOM - TOP;

function yScale(max: number) {
  return (value: number) => TOP + plotHeight - (plotHeight * value) / max;
}

export function HoursChart({ weeks, band }: { weeks: WeekTotals[]; band: { min: number; max: number } }) {
  const max = Math.max(band.max * 1.25, ...weeks.map((week) => week.paidHours + week.unpaidHours));
  const y = yScale(max);
  const slot = (WIDTH - LEFT) / weeks.length;
  return (
    <figure class="log-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby="log-hours-title">
        <title id="log-hours-title">Paid and unpaid hours in each of the last 12 weeks, against the {band.min}–{band.max} hour band; the table below gives the same figures.</title>
        <rect class="log-chart__band" x={LEFT} y={y(band.max)} width={WIDTH - LEFT} height={y(band.min) - y(band.max)} />
        {[0, band.min, band.max].map((tick) => (
          <text class="log-chart__tick" x={LEFT - 6} y={y(tick) + 4} text-anchor="end">
            {tick}
          </text>
        ))}
        {weeks.map((week, index) => {
          const x = LEFT + index * slot + slot * 0.15;
          const width = slot * 0.7;
          return (
            <g key={week.from}>
              <rect class="log-chart__paid" x={x} y={y(week.paidHours)} width={width} height={y(0) - y(week.paidHours)} />
              <rect class="log-chart__unpaid" x={x} y={y(week.paidHours + week.unpaidHours)} width={width} height={y(0) - y(week.unpaidHours)} />
            </g>
          );
        })}
        <text class="log-chart__tick" x={LEFT} y={HEIGHT - 6}>
          {formatDay(weeks[0]!.from)}
        </text>
        <text class="log-chart__tick" x={WIDTH} y={HEIGHT - 6} text-anchor="end">
          {formatDay(weeks[weeks.length - 1]!.to)}
        </text>
      </svg>
      <figcaption>
        Hours a week: <span class="log-key log-key--paid">paid</span>, <span class="log-key log-key--unpaid">unpaid</span>, and the shaded{' '}
        {band.min}–{band.max} hour band the timelines assume.
      </figcaption>
    </figure>
  );
}

export function QualityChart({ points }: { points: QualityPoint[] }) {
  const y = yScale(100);
  const first = points[0]!.date;
  const span = Math.max(1, (Date.parse(points[points.length - 1]!.date) - Date.parse(first)) / 86_400_000);
  const x = (date: string) => LEFT + ((WIDTH - LEFT - 8) * (Date.parse(date) - Date.parse(first))) / 86_400_000 / span;
  const line = points.map((point) => `${x(point.date)},${y(point.average7)}`).join(' ');
  return (
    <figure class="log-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby="log-quality-title">
        <title id="log-quality-title">Daily quality scores as dots and their 7-day average as a line; the table below gives the same figures.</title>
        {[0, 50, 100].map((tick) => (
          <g key={tick}>
            <line class="log-chart__grid" x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} />
            <text class="log-chart__tick" x={LEFT - 6} y={y(tick) + 4} text-anchor="end">
              {tick}%
            </text>
          </g>
        ))}
        {points.map((point) => (
          <circle key={point.date} class="log-chart__dot" cx={x(point.date)} cy={y(point.score)} r={3} />
        ))}
        <polyline class="log-chart__line" points={line} />
      </svg>
      <figcaption>
        Quality score: <span class="log-key log-key--dot">each day</span> and <span class="log-key log-key--line">7-day average</span>.
      </figcaption>
    </figure>
  );
}
