import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ReadinessInputId, Transition } from '../../src/schemas/transitions';
import {
  ACTIVE_DAYS_WINDOW,
  EMPTY_FIGURES,
  INPUT_SPECS,
  READINESS_INPUT_IDS,
  describeBar,
  evaluateSignal,
  evaluateStep,
  readFigure,
  summarise,
  type Figures,
} from '../../src/lib/readiness/readiness';
import { realContent } from '../support/content';
import { findReadinessProblems } from '../../src/content/rules/readiness';
import { describeProblem } from '../../src/content/problems';

const transitions: Transition[] = realContent().transitions;
const step = (to: number) => transitions.find((t) => t.to === to)!;
const signalOf = (to: number, id: string) => step(to).readiness.signals.find((s) => s.id === id)!;
const figures = (values: Partial<Figures>): Figures => ({ ...EMPTY_FIGURES, ...values });

describe('each signal in the data at its boundary values', () => {
  const cases = transitions.flatMap((t) => t.readiness.signals.map((s) => [`${t.id} ${s.id}`, t, s] as const));
  it.each(cases)('%s', (_name, t, s) => {
    const state = (value: number | null) => evaluateSignal(s, t.thresholds, value);
    expect(state(null)).toBe('unknown');
    const rule = s.rule;
    if (rule.kind === 'anyDone' || rule.kind === 'judged') {
      expect(state(0)).toBe('notYet');
      expect(state(INPUT_SPECS[s.input].integer ? 1 : 0.5)).toBe(rule.kind === 'anyDone' ? 'met' : 'yourCall');
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
  it('Level 3 counts calibration only when done with good results', () => {
    const calibration = signalOf(3, 'calibration');
    expect(calibration.input).toBe('calibrationGoodResults');
    // 12 calibration tasks done but none with good results: not yet.
    const done = evaluateStep(step(3), figures({ calibrationTasksDone: 12, calibrationGoodResults: 0 }));
    expect(done.results.find((r) => r.signal.id === 'calibration')!.state).toBe('notYet');
    const good = evaluateStep(step(3), figures({ calibrationTasksDone: 12, calibrationGoodResults: 3 }));
    expect(good.results.find((r) => r.signal.id === 'calibration')!.state).toBe('met');
  });
  it('Level 4 asks whether you are among the strongest reviewers, which only you can judge', () => {
    const record = signalOf(4, 'reviewer-record');
    expect(evaluateSignal(record, step(4).thresholds, 0)).toBe('notYet');
    expect(evaluateSignal(record, step(4).thresholds, 14)).toBe('yourCall');
    expect(evaluateSignal(record, step(4).thresholds, null)).toBe('unknown');
  });
});

describe('bars in words come from the data', () => {
  it('reads the threshold, never a re-typed number', () => {
    // The reviewer rank is a rank among people, not projects.
    expect(describeBar(signalOf(3, 'quality-rank'), step(3))).toBe('top 10% among the workers on your projects, or better');
    expect(describeBar(signalOf(3, 'quality-rank'), { thresholds: { qualityTopPercent: 7 } })).toBe(
      'top 7% among the workers on your projects, or better',
    );
  });
  it('words the 30 days as the article\'s example of consistency, not a threshold', () => {
    expect(describeBar(signalOf(2, 'daily-activity'), step(2))).toBe(
      "the article's example of steady work is tasks done on each of 30 days; it illustrates consistency and is not a published threshold",
    );
  });
  it('sets the 6-month bar beside the 12+ month typical time', () => {
    expect(describeBar(signalOf(5, 'team-lead-months'), step(5))).toBe(
      "at least 6 months in the role (the article's bar); it puts the step itself at 12+ months, the typical time",
    );
    // Without the step's months (a caller that has only the bars), the bar alone.
    expect(describeBar(signalOf(5, 'team-lead-months'), { thresholds: step(5).thresholds })).toBe('at least 6 months');
  });
  it('says when the article gives no figure, or leaves the question to the reader', () => {
    expect(describeBar(signalOf(3, 'calibration'), step(3))).toBe('at least 1 with good results (the article gives no figure)');
    expect(describeBar(signalOf(4, 'reviewer-record'), step(4))).toBe(
      'Having been a reviewer for a while, are you among the strongest reviewers on your projects? (your call: the article gives no figure)',
    );
  });
});

describe("the reader's figure beside a signal", () => {
  it('shows days of daily work as progress towards the example: 29 of 30 days', () => {
    const result = evaluateStep(step(2), figures({ activeDaysLast30: 29 }));
    const daily = result.results.find((r) => r.signal.id === 'daily-activity')!;
    expect(daily.yours).toBe('29 of 30 days');
    expect(daily.state).toBe('notYet');
  });
  it('shows months as progress until the bar is reached, then the figure', () => {
    expect(evaluateStep(step(5), figures({ monthsAtCurrentLevel: 4 })).results[0]!.yours).toBe('4 of 6 months');
    expect(evaluateStep(step(5), figures({ monthsAtCurrentLevel: 9 })).results[0]!.yours).toBe('9 months');
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
    const result = evaluateStep(step(3), figures({ qualityRankTopPercent: 5, calibrationGoodResults: 2 }));
    expect(summarise(result)).toBe('2 of 2 signals met');
    expect(result.nextSteps).toEqual([]);
  });
  it('uses the singular for a one-signal step', () => {
    expect(summarise(evaluateStep(step(5), figures({ monthsAtCurrentLevel: 7 })))).toBe('1 of 1 signal met');
  });
  it('counts a judgement left to the reader apart, and lists its next step', () => {
    const result = evaluateStep(step(4), figures({ monthsAtCurrentLevel: 14 }));
    expect(summarise(result)).toBe('0 of 1 signal met; 1 for you to judge');
    expect(result.nextSteps.map((s) => s.id)).toEqual(['reviewer-record']);
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
      'Calibration tasks with good results',
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
