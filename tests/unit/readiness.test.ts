import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ReadinessInputId, Transition } from '../../src/schemas/transitions';
import {
  ACTIVE_DAYS_WINDOW,
  EMPTY_FIGURES,
  INPUT_SPECS,
  READINESS_INPUT_IDS,
  describeBar,
  describeBars,
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
// Each step with its bars in words, as the page hands them to the island.
const step = (to: number) => {
  const found = transitions.find((t) => t.to === to)!;
  return { ...found, bars: describeBars(found) };
};
const signalOf = (to: number, id: string) => step(to).readiness.signals.find((s) => s.id === id)!;
const figures = (values: Partial<Figures>): Figures => ({ ...EMPTY_FIGURES, ...values });

describe('each signal in the data at its boundary values', () => {
  const cases = transitions.flatMap((t) => t.readiness.signals.map((s) => [`${t.id} ${s.id}`, t, s] as const));
  it.each(cases)('%s', (_name, t, s) => {
    const state = (value: number | null) => evaluateSignal(s, t.thresholds, value);
    expect(state(null)).toBe('unknown');
    const rule = s.rule;
    if (rule.kind === 'judged') {
      expect(state(0)).toBe('notYet');
      expect(state(INPUT_SPECS[s.input].integer ? 1 : 0.5)).toBe('yourCall');
      return;
    }
    const bar = t.thresholds[rule.threshold]!;
    expect(bar).toBeTypeOf('number');
    const step = INPUT_SPECS[s.input].integer ? 1 : 0.01;
    if (rule.kind === 'example') {
      // An example is never a verdict, on either side of it.
      for (const value of [0, bar - step, bar, bar + step]) expect(state(value)).toBe('compared');
      return;
    }
    // A bar that also asks for what no figure measures is the reader's call once the figure reaches it.
    const reached = rule.kind === 'atLeast' && rule.alsoJudged ? 'yourCall' : 'met';
    expect(state(bar)).toBe(reached);
    expect(state(rule.kind === 'atMost' ? bar + step : bar - step)).toBe('notYet');
    expect(state(rule.kind === 'atMost' ? bar - step : bar + step)).toBe(reached);
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
  it('Level 2 wants the top 20%, and sets days of daily work beside the article\'s example without a verdict', () => {
    expect(evaluateSignal(signalOf(2, 'quality-rank'), step(2).thresholds, 20)).toBe('met');
    expect(evaluateSignal(signalOf(2, 'quality-rank'), step(2).thresholds, 21)).toBe('notYet');
    expect(evaluateSignal(signalOf(2, 'daily-activity'), step(2).thresholds, ACTIVE_DAYS_WINDOW)).toBe('compared');
    expect(evaluateSignal(signalOf(2, 'daily-activity'), step(2).thresholds, ACTIVE_DAYS_WINDOW - 1)).toBe('compared');
  });
  it('Level 5: 6 months as a team lead is the time; whether the performance was strong is the reader\'s call', () => {
    expect(evaluateSignal(signalOf(5, 'team-lead-months'), step(5).thresholds, 6)).toBe('yourCall');
    expect(evaluateSignal(signalOf(5, 'team-lead-months'), step(5).thresholds, 5.5)).toBe('notYet');
    const result = evaluateStep(step(5), figures({ monthsAtCurrentLevel: 6 })).results[0]!;
    expect(result.yours).toBe('6 months: the time is there; whether the performance is strong is yours to judge');
  });
  it('Level 3: calibration is never met on a count of results; it is the reader\'s call, with the count shown', () => {
    const calibration = signalOf(3, 'calibration');
    expect(calibration.input).toBe('calibrationGoodResults');
    // 12 calibration tasks done but none with good results: not yet.
    const done = evaluateStep(step(3), figures({ calibrationTasksDone: 12, calibrationGoodResults: 0 }));
    expect(done.results.find((r) => r.signal.id === 'calibration')!.state).toBe('notYet');
    for (const results of [1, 3]) {
      const good = evaluateStep(step(3), figures({ calibrationTasksDone: 12, calibrationGoodResults: results }));
      const result = good.results.find((r) => r.signal.id === 'calibration')!;
      expect(result.state).toBe('yourCall');
      expect(result.yours).toBe(`${results} with good results`);
      expect(result.bar).toMatch(/the article gives no figure/);
    }
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
      "none set; the article's example of steady work is tasks done on each of 30 days, to show consistency, not a threshold",
    );
  });
  it('sets the 6-month bar, with the strong performance it also asks for, beside the 12+ month typical time', () => {
    expect(describeBar(signalOf(5, 'team-lead-months'), step(5))).toBe(
      "at least 6 months in the role with strong performance (the article's bar); it puts the step itself at 12+ months, the typical time",
    );
    // Without the step's months (a caller that has only the bars), the bar alone.
    expect(describeBar(signalOf(5, 'team-lead-months'), { thresholds: step(5).thresholds })).toBe('at least 6 months with strong performance');
  });
  it('leaves to the reader what the article gives no figure for', () => {
    expect(describeBar(signalOf(3, 'calibration'), step(3))).toBe(
      'Do you do well on calibration exercises, often enough to show you can review? (your call: the article gives no figure)',
    );
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
    expect(daily.state).toBe('compared');
    // At the example too, progress, not a verdict.
    expect(evaluateStep(step(2), figures({ activeDaysLast30: 30 })).results.find((r) => r.signal.id === 'daily-activity')!.yours).toBe('30 of 30 days');
  });
  it('shows months as progress until the bar is reached, then what the figure shows and what it cannot', () => {
    expect(evaluateStep(step(5), figures({ monthsAtCurrentLevel: 4 })).results[0]!.yours).toBe('4 of 6 months');
    expect(evaluateStep(step(5), figures({ monthsAtCurrentLevel: 9 })).results[0]!.yours).toBe(
      '9 months: the time is there; whether the performance is strong is yours to judge',
    );
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
    const result = evaluateStep(step(3), figures({ qualityRankTopPercent: 5 }));
    expect(result.results.map((r) => r.state)).toEqual(['met', 'unknown']);
    expect(summarise(evaluateStep(step(2), figures({ qualityRankTopPercent: 5, activeDaysLast30: 12 })))).toBe('1 of 1 signal met');
  });
  it('leaves the article\'s example out of the count and the next steps', () => {
    const result = evaluateStep(step(2), figures({ qualityRankTopPercent: 25, activeDaysLast30: 3 }));
    expect(result.measured).toBe(1);
    expect(summarise(result)).toBe('0 of 1 signal met');
    expect(result.nextSteps.map((s) => s.id)).toEqual(['quality-rank']);
  });
  it('uses the singular for a one-signal step', () => {
    expect(summarise(evaluateStep(step(5), figures({ monthsAtCurrentLevel: 3 })))).toBe('0 of 1 signal met');
  });
  it('counts a judgement left to the reader apart, and lists its next step', () => {
    const result = evaluateStep(step(4), figures({ monthsAtCurrentLevel: 14 }));
    expect(summarise(result)).toBe('0 of 1 signal met; 1 for you to judge');
    expect(result.nextSteps.map((s) => s.id)).toEqual(['reviewer-record']);
  });
  it('never reads "not yet" for a blank figure (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...transitions), (t) => {
        const result = evaluateStep({ ...t, bars: describeBars(t) }, EMPTY_FIGURES);
        return result.notYet === 0 && result.met === 0 && result.unknown === result.measured;
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
  it('reports a step with only examples, which would count no signal', () => {
    const onlyExamples = transitions.map((t) =>
      t.id === '1-2' ? { ...t, readiness: { ...t.readiness, signals: t.readiness.signals.filter((s) => s.rule.kind === 'example') } } : t,
    );
    expect(findReadinessProblems(onlyExamples).map(describeProblem).join('\n')).toMatch(
      /transitions\.yaml, entry "1-2": every readiness signal of the step is an example/,
    );
  });
});
