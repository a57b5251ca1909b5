// Words for the ladder data in prose and tables. What a guide page asks of the data (a step, a figure of it) is
// checked before the build renders (src/content/rules/guide-components.ts), so the lookups here cannot miss.
import type { Level } from '../schemas/levels';
import type { Transition } from '../schemas/transitions';
import { formatMonthsRange } from './core/format';
import { levelByRank } from './core/levels';
import { planClimb } from './timeline/timeline';
import { estimatePay } from './pay/pay';

/** The step up from level `from`; the content check guarantees one from every level but the top. */
export function stepByStart(transitions: readonly Transition[], from: number): Transition {
  const step = transitions.find((t) => t.from === from);
  if (!step) throw new RangeError(`There is no step from level ${from}; steps start at levels 1 to ${transitions.length}.`);
  return step;
}

/** The numbers of a step that prose can quote (`<StepFigure show="…">`). */
export const STEP_FIGURE_NAMES = ['months', 'weeklyHours', 'qualityTopPercent', 'activeDays', 'monthsAtCurrentLevel'] as const;
export type StepFigureName = (typeof STEP_FIGURE_NAMES)[number];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3–6 months", "15–20 hours", "top 10%", "30 days", "6 months"; throws when the step has no such figure. */
export function stepFigureText(step: Transition, name: StepFigureName): string {
  switch (name) {
    case 'months':
      return formatMonthsRange(step.months);
    case 'weeklyHours': {
      const { min, max } = step.weeklyHours;
      return min === max ? plural(min, 'hour', 'hours') : `${min}–${max} hours`;
    }
    default: {
      const value = step.thresholds[name];
      if (value === undefined) {
        throw new RangeError(`Step "${step.id}" has no thresholds.${name}.`);
      }
      if (name === 'qualityTopPercent') return `top ${value}%`;
      if (name === 'activeDays') return plural(value, 'day', 'days');
      return plural(value, 'month', 'months');
    }
  }
}

/**
 * The minimum time in the role beside the step's typical time, which readers easily confuse, or null when the
 * article sets no minimum: "at least 6 months as Team Lead with strong performance is the bar; 12+ months is how long
 * the step typically takes".
 */
export function barAndTypicalTime(step: Transition, role: string): string | null {
  const least = step.thresholds.monthsAtCurrentLevel;
  if (least === undefined) return null;
  return (
    `at least ${plural(least, 'month', 'months')} as ${role} with strong performance is the bar, the least time in the role the article asks for; ` +
    `${formatMonthsRange(step.months)} is the typical time the whole step takes, so the move usually comes later than that minimum`
  );
}

/** The step's measurable bars in one line, or null when the article names none. */
export function thresholdsText(step: Transition): string | null {
  const parts: string[] = [];
  const { qualityTopPercent, activeDays, monthsAtCurrentLevel } = step.thresholds;
  if (qualityTopPercent !== undefined) parts.push(`quality in the top ${qualityTopPercent}% of the workers on your projects`);
  if (activeDays !== undefined) {
    parts.push(`tasks done every day for ${plural(activeDays, 'day', 'days')}: the article's example of consistency, not a published threshold`);
  }
  if (monthsAtCurrentLevel !== undefined) {
    parts.push(
      `at least ${plural(monthsAtCurrentLevel, 'month', 'months')} of strong performance at the current level (the bar; ` +
        `the step itself typically takes ${formatMonthsRange(step.months)})`,
    );
  }
  if (parts.length === 0) return null;
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One step of a worked example: the step's time at the example's hours and when its level is reached. */
export interface WorkedStep {
  from: number;
  to: number;
  /** "1–3 months" */
  months: string;
  /** "4–9 months" from the start. */
  reachedAfter: string;
}

export interface WorkedExample {
  /** Hours a week the example works: the top of the article's assumed range for the first step. */
  hours: number;
  steps: WorkedStep[];
  /** The whole climb, e.g. "4–9 months" or "at least 22 months". */
  total: string;
  /** Hourly pay range and weekly pay range at these hours, at the start and at the end. */
  start: { level: Level; weekly: { min: number; max: number } };
  end: { level: Level; weekly: { min: number; max: number } };
}

/**
 * A climb from level `from` to `to` worked through with the site's timeline and pay logic, at the top of the
 * weekly hours the article assumes (so no step is stretched). Worked by hand for 1 → 3 at 20 hours: 1–3 months, then
 * 3–6 months, so Level 3 after 4–9 months; $15–$35 an hour is $300–$700 a week, $40–$80 is $800–$1,600.
 */
export function workedExample(levels: readonly Level[], transitions: readonly Transition[], from: number, to: number): WorkedExample {
  const hours = stepByStart(transitions, from).weeklyHours.max;
  const plan = planClimb(transitions, from, to, hours);
  if (plan === null) throw new RangeError(`A worked example needs a target above level ${from}; got ${to}.`);
  const weekly = (level: Level) => {
    const at = (rate: number) => estimatePay({ hourlyRate: rate, hours, weeks: 1, fees: 0, unpaid: 0 }).beforeFees.weekly ?? 0;
    return { min: at(level.pay.min), max: at(level.pay.max) };
  };
  const startLevel = levelByRank(levels, from);
  const endLevel = levelByRank(levels, to);
  return {
    hours,
    steps: plan.steps.map((p) => ({ from: p.step.from, to: p.step.to, months: formatMonthsRange(p.months), reachedAfter: formatMonthsRange(p.arrival) })),
    total: formatMonthsRange(plan.total),
    start: { level: startLevel, weekly: weekly(startLevel) },
    end: { level: endLevel, weekly: weekly(endLevel) },
  };
}
