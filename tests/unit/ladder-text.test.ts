import { describe, expect, it } from 'vitest';
import { barAndTypicalTime, stepByStart, stepFigureText, thresholdsText, workedExample } from '../../src/lib/ladder-text';
import { levelByRank } from '../../src/lib/core/levels';
import { realContent } from '../support/content';

const levels = realContent().levels;
const steps = realContent().transitions;

describe('quoting step figures in prose', () => {
  it('prints each figure from the data', () => {
    for (const step of steps) {
      const { min, max } = step.months;
      expect(stepFigureText(step, 'months')).toBe(max === null ? `${min}+ months` : `${min}–${max} months`);
      expect(stepFigureText(step, 'weeklyHours')).toBe(`${step.weeklyHours.min}–${step.weeklyHours.max} hours`);
    }
    const first = stepByStart(steps, 1);
    expect(stepFigureText(first, 'qualityTopPercent')).toBe(`top ${first.thresholds.qualityTopPercent}%`);
    expect(stepFigureText(first, 'activeDays')).toBe(`${first.thresholds.activeDays} days`);
    const last = stepByStart(steps, 4);
    expect(stepFigureText(last, 'monthsAtCurrentLevel')).toBe(`${last.thresholds.monthsAtCurrentLevel} months`);
  });

  it('refuses to quote a threshold the source does not give, naming the step', () => {
    expect(() => stepFigureText(stepByStart(steps, 3), 'qualityTopPercent')).toThrow('Step "3-4" has no thresholds.qualityTopPercent.');
  });

  it('summarises thresholds, or gives null when there are none', () => {
    expect(thresholdsText(stepByStart(steps, 3))).toBeNull();
    expect(thresholdsText(stepByStart(steps, 2))).toBe('Quality in the top 10% of the workers on your projects');
    expect(thresholdsText(stepByStart(steps, 1))).toBe(
      "Quality in the top 20% of the workers on your projects; tasks done every day for 30 days: the article's example of consistency, not a published threshold",
    );
    expect(thresholdsText(stepByStart(steps, 4))).toBe(
      'At least 6 months of strong performance at the current level (the bar; the step itself typically takes 12+ months)',
    );
  });

  it('explains the minimum time in the role together with the typical time of the step', () => {
    expect(barAndTypicalTime(stepByStart(steps, 4), 'Team Lead')).toBe(
      'at least 6 months as Team Lead with strong performance is the bar, the least time in the role the article asks for; ' +
        '12+ months is the typical time the whole step takes, so the move usually comes later than that minimum',
    );
    expect(barAndTypicalTime(stepByStart(steps, 2), 'Advanced Tasker')).toBeNull();
  });

  it('an unknown rank or step is a bug (the content check refuses a page that asks for one): it throws, naming it', () => {
    const beyond = levels.length + 1;
    expect(() => levelByRank(levels, beyond)).toThrow(`There is no level of rank ${beyond}; the ladder has levels 1 to ${levels.length}.`);
    expect(() => stepByStart(steps, levels.length)).toThrow(`There is no step from level ${levels.length}; steps start at levels 1 to ${steps.length}.`);
  });
});

describe('worked examples', () => {
  it('Level 1 to Reviewer at 20 hours a week: 1–3 then 3–6 months, $300–$700 a week rising to $800–$1,600', () => {
    // Worked by hand: 20 hours is the top of the assumed 15–20, so no step stretches; 1–3 + 3–6 = 4–9 months.
    // Level 1: $15 × 20 = $300, $35 × 20 = $700. Level 3: $40 × 20 = $800, $80 × 20 = $1,600.
    const example = workedExample(levels, steps, 1, 3);
    expect(example.hours).toBe(20);
    expect(example.steps).toEqual([
      { from: 1, to: 2, months: '1–3 months', reachedAfter: '1–3 months' },
      { from: 2, to: 3, months: '3–6 months', reachedAfter: '4–9 months' },
    ]);
    expect(example.total).toBe('4–9 months');
    expect(example.start.weekly).toEqual({ min: 300, max: 700 });
    expect(example.end.weekly).toEqual({ min: 800, max: 1600 });
    expect(example.end.level.role).toBe('Reviewer/QA');
  });
  it('to Project Manager the total is open-ended: 1 + 3 + 6 + 12 = 22+ months', () => {
    const example = workedExample(levels, steps, 1, 5);
    expect(example.total).toBe('22+ months');
    expect(example.steps.at(-1)).toEqual({ from: 4, to: 5, months: '12+ months', reachedAfter: '22+ months' });
    // $60 × 20 = $1,200; $120 × 20 = $2,400.
    expect(example.end.weekly).toEqual({ min: 1200, max: 2400 });
  });
  it('refuses a target that is not above the start', () => {
    expect(() => workedExample(levels, steps, 3, 3)).toThrow('needs a target above level 3');
  });
});
