// Chart geometry shared by the SVG charts. Horizontal positions are percentages of the chart's own width, so a
// chart fills whatever width it is given while its text keeps its real size (no viewBox scaling, no script).

/** `value` as a percentage of `max` for an SVG length attribute, clamped to 0–100%: percentOf(3, 12) === "25%". */
export function percentOf(value: number, max: number): string {
  const share = max > 0 && Number.isFinite(value) ? Math.min(Math.max(value / max, 0), 1) : 0;
  return `${Number((share * 100).toFixed(3))}%`;
}

/** Text anchor that keeps a label inside the chart: start near the left edge, end near the right, else middle. */
export function anchorFor(value: number, max: number): 'start' | 'middle' | 'end' {
  const share = max > 0 ? value / max : 0;
  return share < 0.3 ? 'start' : share > 0.7 ? 'end' : 'middle';
}
