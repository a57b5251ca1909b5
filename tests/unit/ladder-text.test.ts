import { describe, expect, it } from 'vitest';
import { levelSchema } from '../../src/schemas/levels';
import { transitionSchema } from '../../src/schemas/transitions';
import { levelByRank, stepByStart, stepFigureText, thresholdsText } from '../../src/lib/ladder-text';
import { readDataFile } from './data-files';

const levels = (readDataFile('levels.yaml') as unknown[]).map((l) => levelSchema.parse(l));
const steps = (readDataFile('transitions.yaml') as unknown[]).map((t) => transitionSchema.parse(t));

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

  it('refuses to quote a threshold the source does not give, naming the entry', () => {
    expect(() => stepFigureText(stepByStart(steps, 3), 'qualityTopPercent')).toThrow(
      'content/data/transitions.yaml, entry "3-4" has no thresholds.qualityTopPercent',
    );
  });

  it('summarises thresholds, or gives null when there are none', () => {
    expect(thresholdsText(stepByStart(steps, 3))).toBeNull();
    expect(thresholdsText(stepByStart(steps, 2))).toMatch(/^Quality in the top \d+% of workers on your projects$/);
    expect(thresholdsText({ ...steps[0]!, thresholds: { monthsAtCurrentLevel: 1 } })).toBe(
      'At least 1 month of strong performance at the current level',
    );
  });

  it('unknown ranks and steps name the data file', () => {
    expect(() => levelByRank(levels, 9)).toThrow('content/data/levels.yaml has no level of rank 9');
    expect(() => stepByStart(steps, 5)).toThrow('content/data/transitions.yaml has no step starting at level 5');
  });
});
