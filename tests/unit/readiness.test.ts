import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { transitionSchema, type ReadinessInputId, type Transition } from '../../src/schemas/transitions';
import {
  ACTIVE_DAYS_WINDOW,
  EMPTY_FIGURES,
  INPUT_SPECS,
  READINESS_INPUT_IDS,
  describeBar,
  evaluateSignal,
  evaluateStep,
  findReadinessProblems,
  readFigure,
  summarise,
  type Figures,
} from '../../src/lib/readiness';
import { readDataFile } from './data-files';
import { describeProblem } from '../../src/lib/data-problems';

const transitions: Transition[] = (readDataFile('transitions.yaml') as unknown[]).map((t) => transitionSchema.parse(t));
const step = (to: number) => transitions.find((t) => t.to === to)!;
const signalOf = (to: number, id: string) => step(to).readiness.signals.find((s) => s.id === id)!;
const figures = (values: Partial<Figures>): Figures => ({ ...EMPTY_FIGURES, ...values });

describe('each signal in the data at its boundary values', () => {
  const cases = transitions.flatMap((t) => t.readiness.signals.map((s) => [`${t.id} ${s.id}`, t, s] as const));
  it.each(cases)('%s', (_name, t, s) => {
    const state = (value: number | null) => evaluateSignal(s, t.thresholds, value);
    expect(state(null)).toBe('unknown');
    const rule = s.rule;
    if (rule.kind === 'anyDone') {
      expect(state(0)).toBe('notYet');
      expect(state(INPUT_SPECS[s.input].integer ? 1 : 0.5)).toBe('met');
      return;
    }
    const bar = t.thresholds[rule.threshold]!;
    expect(bar).toBeTypeOf('number');
    const step = INPUT_SPECS[s.input].integer ? 1 : 0.01;
    expect(state(bar)).toBe('met');
    expect(state(rule.kind === 'atMost' ? bar + step : bar - step)).toBe('notYet');
    expect(state(rule.kind === 'atMost' ? bar - step : bar + step)).toBe('met');
  });
});

describe('the figures the issue names', () => {
  const reviewerQuality = signalOf(3, 'quality-rank');
  const reviewerBars = step(3).thresholds;
  it('Level 3: top 15% is not yet, top 8% is met, top 10% (the bar) is met', () => {
    expect(evaluateSignal(reviewerQuality, reviewerBars, 15)).toBe('notYet');
    expect(evaluateSignal(reviewerQuality, reviewerBars, 8)).toBe('met');
    expect(evaluateSignal(reviewerQuality, reviewerBars, 10)).toBe('met');
  });
  it('Level 2 wants the top 20% and activity on every day of the window', () => {
    expect(evaluateSignal(signalOf(2, 'quality-rank'), step(2).thresholds, 20)).toBe('met');
    expect(evaluateSignal(signalOf(2, 'quality-rank'), step(2).thresholds, 21)).toBe('notYet');
    expect(evaluateSignal(signalOf(2, 'daily-activity'), step(2).thresholds, ACTIVE_DAYS_WINDOW)).toBe('met');
    expect(evaluateSignal(signalOf(2, 'daily-activity'), step(2).thresholds, ACTIVE_DAYS_WINDOW - 1)).toBe('notYet');
  });
  it('Level 5 wants 6+ months as a team lead', () => {
    expect(evaluateSignal(signalOf(5, 'team-lead-months'), step(5).thresholds, 6)).toBe('met');
    expect(evaluateSignal(signalOf(5, 'team-lead-months'), step(5).thresholds, 5.5)).toBe('notYet');
  });
});

describe('bars in words come from the data', () => {
  it('reads the threshold, never a re-typed number', () => {
    expect(describeBar(signalOf(3, 'quality-rank'), step(3).thresholds)).toBe('top 10% or better');
    expect(describeBar(signalOf(3, 'quality-rank'), { qualityTopPercent: 7 })).toBe('top 7% or better');
    expect(describeBar(signalOf(5, 'team-lead-months'), step(5).thresholds)).toBe('at least 6 months');
    expect(describeBar(signalOf(2, 'daily-activity'), step(2).thresholds)).toBe(`at least 30 of the last ${ACTIVE_DAYS_WINDOW} days`);
  });
  it('says when the source gives no figure', () => {
    expect(describeBar(signalOf(3, 'calibration'), step(3).thresholds)).toBe('at least 1 done (the source gives no figure)');
    expect(describeBar(signalOf(4, 'reviewer-record'), step(4).thresholds)).toBe('more than 0 months (the source gives no figure)');
  });
});

describe('evaluateStep and summarise', () => {
  it('counts met, not yet and not known, and lists next steps only for not yet', () => {
    const result = evaluateStep(step(3), figures({ qualityRankTopPercent: 15 }));
    expect(result.results.map((r) => r.state)).toEqual(['notYet', 'unknown']);
    expect([result.met, result.notYet, result.unknown]).toEqual([0, 1, 1]);
    expect(result.nextSteps.map((s) => s.id)).toEqual(['quality-rank']);
    expect(result.results[0]!.yours).toBe('top 15%');
    expect(result.results[1]!.yours).toBeNull();
    expect(summarise(result)).toBe('0 of 2 signals met; 1 not known yet');
  });
  it('reads "all met" without a not-known clause', () => {
    const result = evaluateStep(step(3), figures({ qualityRankTopPercent: 5, calibrationTasksDone: 2 }));
    expect(summarise(result)).toBe('2 of 2 signals met');
    expect(result.nextSteps).toEqual([]);
  });
  it('uses the singular for a one-signal step', () => {
    expect(summarise(evaluateStep(step(5), figures({ monthsAtCurrentLevel: 7 })))).toBe('1 of 1 signal met');
  });
  it('never reads "not yet" for a blank figure (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...transitions), (t) => {
        const result = evaluateStep(t, EMPTY_FIGURES);
        return result.notYet === 0 && result.met === 0 && result.unknown === t.readiness.signals.length;
      }),
    );
  });
});

describe('readFigure validates what the reader types', () => {
  it.each<[ReadinessInputId, string, number | null, RegExp | null]>([
    ['qualityScorePercent', '', null, null],
    ['qualityScorePercent', '   ', null, null],
    ['qualityScorePercent', '100', 100, null],
    ['qualityScorePercent', '0', 0, null],
    ['qualityScorePercent', '96.5', 96.5, null],
    ['qualityScorePercent', '100.01', null, /above 100%/],
    ['qualityScorePercent', '-1', null, /0 or more/],
    ['qualityRankTopPercent', '0', null, /above 0/],
    ['qualityRankTopPercent', '0.5', 0.5, null],
    ['qualityRankTopPercent', '100', 100, null],
    ['qualityRankTopPercent', '101', null, /top 100%/],
    ['activeDaysLast30', String(ACTIVE_DAYS_WINDOW), ACTIVE_DAYS_WINDOW, null],
    ['activeDaysLast30', String(ACTIVE_DAYS_WINDOW + 1), null, /only 30 days/],
    ['activeDaysLast30', '2.5', null, /whole number/],
    ['tasksCompleted', '-3', null, /0 or more/],
    ['tasksCompleted', '1,240', 1240, null],
    ['tasksCompleted', '1e999', null, /Enter a number/],
    ['tasksCompleted', '99999999999', null, /at most/],
    ['calibrationTasksDone', 'NaN', null, /Enter a number/],
    ['calibrationTasksDone', 'Infinity', null, /Enter a number/],
    ['monthsAtCurrentLevel', '6.5', 6.5, null],
    ['monthsAtCurrentLevel', '<b>6</b>', null, /Enter a number/],
  ])('%s "%s"', (id, raw, value, error) => {
    const reading = readFigure(id, raw);
    expect(reading.value).toBe(value);
    if (error) expect(reading.error).toMatch(error);
    else expect(reading.error).toBeNull();
  });

  it('labels are exactly the ones the issue asks for', () => {
    expect(READINESS_INPUT_IDS.map((id) => INPUT_SPECS[id].label)).toEqual([
      'Quality score (%)',
      'Your quality rank (top %)',
      'Tasks completed',
      'Days active in the last 30',
      'Calibration tasks done',
      'Months at your current level',
    ]);
  });
});

describe('findReadinessProblems', () => {
  it('finds none in the real data', () => expect(findReadinessProblems(transitions)).toEqual([]));
  it('reports a bar no reader could meet, naming the file, entry and signal', () => {
    const impossible = transitions.map((t) => (t.id === '1-2' ? { ...t, thresholds: { ...t.thresholds, activeDays: 45 } } : t));
    expect(findReadinessProblems(impossible).map(describeProblem).join('\n')).toMatch(
      /transitions\.yaml, entry "1-2": signal "daily-activity" needs thresholds\.activeDays = 45.*0 to 30/,
    );
  });
});
