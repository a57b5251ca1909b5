// "Climb or stay": what the reader would earn over a horizon if they stayed put or climbed fast or slowly.
import type { Plan } from './timeline';
import { midpoint } from '../core/levels';

/** The hourly pay range of one level, keyed by rank. */
export interface LevelPay {
  rank: number;
  pay: { min: number; max: number };
}

export interface EarningsInputs {
  levels: readonly LevelPay[];
  plan: Plan;
  /** Rank the reader holds now. */
  from: number;
  hoursPerWeek: number;
  weeksPerYear: number;
  /** Months to compare over. */
  horizonMonths: number;
}

/** Running totals month by month (`cumulative[i]` is earned by the end of month i + 1) and the final total. */
export interface EarningsPath {
  cumulative: number[];
  total: number;
}

export interface ClimbOrStay {
  stay: EarningsPath;
  /** Every step at the short end of its range. */
  fast: EarningsPath;
  /** Every step at the long end; an open-ended step never finishes within the horizon. */
  slow: EarningsPath;
}

/** Earnings in an average month: hourly rate × weekly hours × weeks a year ÷ 12. */
export const monthlyEarnings = (hourlyRate: number, hoursPerWeek: number, weeksPerYear: number): number =>
  (hourlyRate * hoursPerWeek * weeksPerYear) / 12;

/**
 * The level held in month `monthIndex` (0 = the first month): a promotion that arrives after
 * N months takes effect from month index N on. A null arrival never happens.
 */
export function levelInMonth(from: number, arrivals: readonly (number | null)[], monthIndex: number): number {
  return from + arrivals.filter((arrival) => arrival !== null && arrival <= monthIndex).length;
}

function earningsPath(inputs: EarningsInputs, arrivals: readonly (number | null)[]): EarningsPath {
  const monthly = new Map(
    inputs.levels.map((l) => [l.rank, monthlyEarnings(midpoint(l.pay), inputs.hoursPerWeek, inputs.weeksPerYear)]),
  );
  const cumulative: number[] = [];
  let total = 0;
  for (let month = 0; month < inputs.horizonMonths; month += 1) {
    total += monthly.get(levelInMonth(inputs.from, arrivals, month)) ?? 0;
    cumulative.push(total);
  }
  return { cumulative, total };
}

export function climbOrStay(inputs: EarningsInputs): ClimbOrStay {
  return {
    stay: earningsPath(inputs, []),
    fast: earningsPath(inputs, inputs.plan.steps.map((s) => s.arrival.min)),
    slow: earningsPath(inputs, inputs.plan.steps.map((s) => s.arrival.max)),
  };
}

/** Months at which the cumulative chart's table reports the running totals: regular points plus the horizon. */
export function milestoneMonths(horizonMonths: number): number[] {
  const every = horizonMonths <= 12 ? 3 : horizonMonths <= 36 ? 6 : 12;
  const months: number[] = [];
  for (let month = every; month < horizonMonths; month += every) months.push(month);
  months.push(horizonMonths);
  return months;
}
