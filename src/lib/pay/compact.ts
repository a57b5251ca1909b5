// The small estimator on the guide's front page: what a rate and hours come to, the rate this browser keeps, and the
// link that opens the full estimator with the same values. Pure, and small on purpose (it is all the guide loads).
import { buildQuery } from '../core/url-state';
import { formatNumber } from '../core/numbers';
import { midpoint, levelByRank } from '../core/levels';
import { DEFAULT_HOURS_PER_WEEK, DEFAULT_LEVEL, DEFAULT_WEEKS_PER_YEAR } from '../core/defaults';
import { estimatePay, type PayAmounts, type PayLevel, type PaySettings } from './pay';

export type { PayLevel };

/** Weekly, monthly and yearly earnings before fees; null where the rate or the hours are not valid. */
export function compactEstimate(rate: number | null, hours: number | null, weeks: number): Pick<PayAmounts, 'weekly' | 'monthly' | 'yearly'> {
  const { weekly, monthly, yearly } = estimatePay({ hourlyRate: rate, hours, weeks, fees: 0, unpaid: 0 }).beforeFees;
  return { weekly, monthly, yearly };
}

/** The hourly rate the reader's stored pay settings come to (by the task: pay per task × tasks an hour), or null. */
export function storedHourlyRate(settings: Pick<PaySettings, 'mode' | 'rate' | 'perTask' | 'tasksPerHour'>): number | null {
  if (settings.mode === 'perTask') return settings.perTask != null && settings.tasksPerHour != null ? settings.perTask * settings.tasksPerHour : null;
  return settings.rate ?? null;
}

/**
 * The full estimator's query for these values, written as it writes its own (src/lib/pay/pay.ts, encodePayQuery):
 * defaults left out, numbers exact, so a value the compact estimator refused is left out too.
 * Worked example: level 3 at its midpoint rate, 10 hours, 48 weeks → "?level=3&hours=10".
 */
export function compactQuery(
  levels: readonly PayLevel[],
  { level, rate, hours, weeks }: { level: number; rate: number | null; hours: number | null; weeks: number },
): string {
  const unlessDefault = (value: number | null, fallback: number) => (value === null || value === fallback ? undefined : formatNumber(value));
  return buildQuery({
    level: level === DEFAULT_LEVEL ? undefined : String(level),
    rate: unlessDefault(rate, midpoint(levelByRank(levels, level).pay)),
    hours: unlessDefault(hours, DEFAULT_HOURS_PER_WEEK),
    weeks: unlessDefault(weeks, DEFAULT_WEEKS_PER_YEAR),
  });
}
