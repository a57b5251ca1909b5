// How long the climb from one level to another may take, step by step, at the reader's weekly hours.

/** A span in whole months; `max: null` means open-ended (no upper bound is known). */
export interface MonthsRange {
  min: number;
  max: number | null;
}

/** The part of a promotion step (from `transitions.yaml`) that the timeline needs. */
export interface StepData {
  from: number;
  to: number;
  /** Typical duration at the assumed weekly hours. */
  months: MonthsRange;
  /** The hours a week the typical duration assumes; `min` is where slowing down starts. */
  weeklyHours: { min: number };
  /** Guide page about this step. */
  guidePath: string;
}

/** One step of a planned climb. */
export interface PlannedStep {
  step: StepData;
  /** This step's duration at the reader's hours, rounded up to whole months. */
  months: MonthsRange;
  /** Months from the start until the step's level is reached (the running total). */
  arrival: MonthsRange;
}

export interface Plan {
  steps: PlannedStep[];
  /** Sum of the rounded steps; open-ended when any step is. */
  total: MonthsRange;
}

/**
 * How much longer a step takes at these hours: below the assumed minimum the time stretches in
 * proportion (half the hours, twice the time); at or above it the typical duration stands, because
 * the tenure platforms want to see does not pass faster with more hours.
 */
export function slowdownFactor(hoursPerWeek: number, assumedMinHours: number): number {
  return hoursPerWeek < assumedMinHours ? assumedMinHours / hoursPerWeek : 1;
}

// Products such as 3 × 15 ÷ 9 can land a hair above a whole number in floating point; that must not add a month.
const ROUNDING_SLACK = 1e-9;
const roundUpMonths = (months: number): number => Math.ceil(months - ROUNDING_SLACK);

/** A step's duration at the reader's hours, each end rounded up to whole months. */
export function stepMonths(step: StepData, hoursPerWeek: number): MonthsRange {
  const factor = slowdownFactor(hoursPerWeek, step.weeklyHours.min);
  return {
    min: roundUpMonths(step.months.min * factor),
    max: step.months.max === null ? null : roundUpMonths(step.months.max * factor),
  };
}

/** Adds two spans; open-ended absorbs everything. */
export function addRanges(a: MonthsRange, b: MonthsRange): MonthsRange {
  return { min: a.min + b.min, max: a.max === null || b.max === null ? null : a.max + b.max };
}

/**
 * The steps from level `from` up to level `to` with durations and running totals,
 * or null when the target is not above the current level.
 */
export function planClimb(steps: readonly StepData[], from: number, to: number, hoursPerWeek: number): Plan | null {
  if (!(to > from)) return null;
  const path = steps.filter((s) => s.from >= from && s.to <= to).sort((a, b) => a.from - b.from);
  let total: MonthsRange = { min: 0, max: 0 };
  const planned = path.map((step) => {
    const months = stepMonths(step, hoursPerWeek);
    total = addRanges(total, months);
    return { step, months, arrival: total };
  });
  return { steps: planned, total };
}

/** Tick spacing for a month axis of this length: the smallest of 1, 3, 6, 12 or 24 months that keeps ticks at 8 or fewer. */
export function monthTickStep(axisMonths: number): number {
  return [1, 3, 6, 12, 24].find((step) => axisMonths / step <= 8) ?? Math.ceil(axisMonths / 8 / 12) * 12;
}
