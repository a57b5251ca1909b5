// The promotion readiness check: the figures a reader can give, how each is validated, and how a step's
// signals (content/data/transitions.yaml) turn them into met / not yet / not known. Pure, so it runs in tests,
// at build time and in the island alike.
import type { ReadinessInputId, ReadinessSignal, Transition } from '../../schemas/transitions';
import { numberError, parseNumber } from '../core/numbers';
import { formatMonthsRange } from '../core/format';

/** The window of the "Days active in the last 30" figure: a definition of the input, not a bar from the article. */
export const ACTIVE_DAYS_WINDOW = 30;

/**
 * Every figure the check can ask for, in a fixed order (storage, export and the request draft follow it). The data's
 * schema takes its list of inputs from here (src/schemas/transitions.ts), so a new input is added in one place.
 */
export const READINESS_INPUT_IDS = [
  'qualityScorePercent',
  'qualityRankTopPercent',
  'tasksCompleted',
  'activeDaysLast30',
  'calibrationTasksDone',
  'calibrationGoodResults',
  'monthsAtCurrentLevel',
] as const;

/** The reader's figures; null where left blank (or not valid). */
export type Figures = Record<ReadinessInputId, number | null>;

export const EMPTY_FIGURES: Figures = Object.freeze(
  Object.fromEntries(READINESS_INPUT_IDS.map((id) => [id, null])) as Figures,
);

// Figures read as entered, never rounded: 99.999 must not be cited as 100%, nor a rank of 0.001 as top 0%.
const figureFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });
const plain = (n: number) => figureFormat.format(n);

export interface InputSpec {
  /** Visible label of the field. */
  label: string;
  /** Help under the field. */
  hint: string;
  /** Smallest allowed value. */
  min: number;
  /** Whether `min` itself is allowed ("top 0%" is not a rank). */
  minAllowed: boolean;
  /** Largest allowed value. */
  max: number;
  /** Whole numbers only (counts and days). */
  integer: boolean;
  /** The message when the value is above `max`. */
  tooHigh: string;
  /** The figure as it reads beside a signal: "top 8%", "12 months". */
  show: (n: number) => string;
  /** The figure as one line of the request draft, in the reader's voice. */
  cite: (n: number) => string;
  /** Who a rank is taken among, after a bar such as "top 10%". */
  among?: string;
  /** The figure as progress towards a bar it has not reached: "29 of 30 days". */
  progress?: (n: number, bar: number) => string;
  /** The article's example at this bar, in words: "tasks done on each of 30 days". */
  example?: (bar: number) => string;
  /** The figure has reached a bar that also asks for something no figure measures: "the time is there". */
  reached?: string;
}

// Upper limits on counts only catch typing slips; they are not figures from the article.
const MAX_TASKS_COMPLETED = 10_000_000;
const MAX_CALIBRATION_TASKS = 100_000;
const MAX_MONTHS = 600;

export const INPUT_SPECS: Record<ReadinessInputId, InputSpec> = {
  qualityScorePercent: {
    label: 'Quality score (%)',
    hint: 'As your platform reports it, from 0 to 100.',
    min: 0,
    minAllowed: true,
    max: 100,
    integer: false,
    tooHigh: 'A quality score cannot be above 100%.',
    show: (n) => `${plain(n)}%`,
    cite: (n) => `Quality score: ${plain(n)}%`,
  },
  qualityRankTopPercent: {
    label: 'Your quality rank (top %)',
    hint: 'Where your quality places you among the workers on your projects: 8 means the top 8%.',
    min: 0,
    minAllowed: false,
    max: 100,
    integer: false,
    tooHigh: 'A rank cannot be beyond the top 100%.',
    show: (n) => `top ${plain(n)}%`,
    cite: (n) => `Quality rank: top ${plain(n)}% of the workers on my projects`,
    among: 'among the workers on your projects',
  },
  tasksCompleted: {
    label: 'Tasks completed',
    hint: 'A whole number, 0 or more.',
    min: 0,
    minAllowed: true,
    max: MAX_TASKS_COMPLETED,
    integer: true,
    tooHigh: `Enter at most ${plain(MAX_TASKS_COMPLETED)} tasks.`,
    show: (n) => `${plain(n)} ${n === 1 ? 'task' : 'tasks'}`,
    cite: (n) => `Tasks completed: ${plain(n)}`,
  },
  activeDaysLast30: {
    label: `Days active in the last ${ACTIVE_DAYS_WINDOW}`,
    hint: `Days on which you completed at least one task, from 0 to ${ACTIVE_DAYS_WINDOW}.`,
    min: 0,
    minAllowed: true,
    max: ACTIVE_DAYS_WINDOW,
    integer: true,
    tooHigh: `There are only ${ACTIVE_DAYS_WINDOW} days in the window; enter 0 to ${ACTIVE_DAYS_WINDOW}.`,
    show: (n) => `${plain(n)} of the last ${ACTIVE_DAYS_WINDOW} days`,
    cite: (n) => `Days active: ${plain(n)} of the last ${ACTIVE_DAYS_WINDOW}`,
    progress: (n, bar) => `${plain(n)} of ${plain(bar)} days`,
    example: (bar) => `tasks done on each of ${plain(bar)} days`,
  },
  calibrationTasksDone: {
    label: 'Calibration tasks done',
    hint: 'Exercises where you score samples that were scored beforehand; 0 or more.',
    min: 0,
    minAllowed: true,
    max: MAX_CALIBRATION_TASKS,
    integer: true,
    tooHigh: `Enter at most ${plain(MAX_CALIBRATION_TASKS)} calibration tasks.`,
    show: (n) => `${plain(n)} done`,
    cite: (n) => `Calibration tasks completed: ${plain(n)}`,
  },
  calibrationGoodResults: {
    label: 'Calibration tasks with good results',
    hint: 'Of your calibration tasks, how many your platform scored as a good match with the known score; 0 or more.',
    min: 0,
    minAllowed: true,
    max: MAX_CALIBRATION_TASKS,
    integer: true,
    tooHigh: `Enter at most ${plain(MAX_CALIBRATION_TASKS)} calibration tasks.`,
    show: (n) => `${plain(n)} with good results`,
    cite: (n) => `Calibration tasks with good results: ${plain(n)}`,
  },
  monthsAtCurrentLevel: {
    label: 'Months at your current level',
    hint: 'How long you have held your current role; 0 or more.',
    min: 0,
    minAllowed: true,
    max: MAX_MONTHS,
    integer: false,
    tooHigh: `Enter at most ${plain(MAX_MONTHS)} months.`,
    show: (n) => `${plain(n)} ${n === 1 ? 'month' : 'months'}`,
    cite: (n) => `Time at my current level: ${plain(n)} ${n === 1 ? 'month' : 'months'}`,
    progress: (n, bar) => `${plain(n)} of ${plain(bar)} months`,
    reached: 'the time is there',
  },
};

export interface FigureReading {
  /** The figure, or null when blank or not valid. */
  value: number | null;
  /** Message for the field; null when the text is blank or valid. */
  error: string | null;
}

/** Why a number is not an allowed value of the figure, or null when it is. */
function figureError(id: ReadinessInputId, value: number): string | null {
  const spec = INPUT_SPECS[id];
  if (!Number.isFinite(value)) return 'Enter a number, such as 12, or leave the field blank.';
  if (spec.integer && !Number.isInteger(value)) return 'Enter a whole number.';
  if (value < spec.min || (!spec.minAllowed && value === spec.min)) {
    return spec.minAllowed ? `Enter ${spec.min} or more.` : `Enter a number above ${spec.min}.`;
  }
  return value > spec.max ? spec.tooHigh : null;
}

/** Reads one field as typed. Blank is allowed and reads as null without an error. */
export function readFigure(id: ReadinessInputId, raw: string): FigureReading {
  if (raw.trim() === '') return { value: null, error: null };
  const value = parseNumber(raw);
  if (value === null) return { value: null, error: numberError(raw, 'Enter a number, such as 12, or leave the field blank.') };
  const error = figureError(id, value);
  return error === null ? { value, error: null } : { value: null, error };
}

/** Whether a stored or imported number is an allowed figure (the same bounds as typing it). */
export function isValidFigure(id: ReadinessInputId, value: number): boolean {
  return figureError(id, value) === null;
}

/**
 * `yourCall`: the figure shows the signal is possible, but only the reader can answer the rule's question.
 * `compared`: the figure is shown beside the article's example, which is not a bar, so it is neither met nor not yet.
 */
export type SignalState = 'met' | 'notYet' | 'yourCall' | 'compared' | 'unknown';

/** Met / not yet from the reader's figure; a blank figure is never "not yet", only unknown. */
export function evaluateSignal(signal: ReadinessSignal, thresholds: Transition['thresholds'], value: number | null): SignalState {
  if (value === null) return 'unknown';
  const rule = signal.rule;
  if (rule.kind === 'judged') return value > 0 ? 'yourCall' : 'notYet';
  const bar = thresholds[rule.threshold];
  // The schema guarantees the threshold exists; without it there is nothing to compare with.
  if (bar === undefined) return 'unknown';
  if (rule.kind === 'example') return 'compared';
  if (rule.kind === 'atMost') return value <= bar ? 'met' : 'notYet';
  if (value < bar) return 'notYet';
  return rule.alsoJudged ? 'yourCall' : 'met';
}

/** What describeBar needs of a step: its bars and, to set a minimum time in role beside it, the step's typical time. */
export type BarContext = Pick<Transition, 'thresholds'> & Partial<Pick<Transition, 'months'>>;

/**
 * The bar a signal sets, in words, read from the data: "top 20% among the workers on your projects, or better",
 * "at least 6 months as the bar; the article puts the step itself at 12+ months".
 */
export function describeBar(signal: ReadinessSignal, step: BarContext): string {
  const spec = INPUT_SPECS[signal.input];
  const rule = signal.rule;
  if (rule.kind === 'judged') return `${rule.question} (your call: the article gives no figure)`;
  const bar = step.thresholds[rule.threshold];
  if (bar === undefined) return 'no figure in the article';
  if (rule.kind === 'example') {
    const example = spec.example ? spec.example(bar) : spec.show(bar);
    return `none set; the article's example of steady work is ${example}, to show consistency, not a threshold`;
  }
  if (rule.kind === 'atMost') return spec.among ? `${spec.show(bar)} ${spec.among}, or better` : `${spec.show(bar)} or better`;
  const least = `at least ${spec.show(bar)}`;
  const needs = rule.alsoJudged ? ` with ${rule.alsoJudged.needs}` : '';
  // A minimum time in the role is not the time the step takes: say both wherever either appears.
  if (rule.threshold === 'monthsAtCurrentLevel' && step.months) {
    return `${least} in the role${needs} (the article's bar); it puts the step itself at ${formatMonthsRange(step.months)}, the typical time`;
  }
  return `${least}${needs}`;
}

/**
 * The reader's figure beside a signal: progress towards the article's example or an unreached "at least" bar ("29 of
 * 30 days"); at a bar that also asks for a judgement, what the figure shows and what it cannot ("6 months: the time is
 * there; whether the performance is strong is yours to judge"); else the figure.
 */
function describeYours(signal: ReadinessSignal, thresholds: Transition['thresholds'], value: number): string {
  const spec = INPUT_SPECS[signal.input];
  const rule = signal.rule;
  const bar = rule.kind === 'atLeast' || rule.kind === 'example' ? thresholds[rule.threshold] : undefined;
  if (bar === undefined) return spec.show(value);
  if (spec.progress && (rule.kind === 'example' || value < bar)) return spec.progress(value, bar);
  if (rule.kind === 'atLeast' && rule.alsoJudged && value >= bar) {
    return `${spec.show(value)}: ${spec.reached ?? 'the figure is there'}; ${rule.alsoJudged.question} is yours to judge`;
  }
  return spec.show(value);
}

export interface SignalResult {
  signal: ReadinessSignal;
  state: SignalState;
  /** The bar in words. */
  bar: string;
  /** The reader's figure in words, or null when not known. */
  yours: string | null;
}

export interface StepReadiness {
  results: SignalResult[];
  /** Signals with a bar (every one but the article's examples), which the counts below are of. */
  measured: number;
  met: number;
  notYet: number;
  yourCall: number;
  unknown: number;
  /** Signals not yet met or left to the reader's judgement, each with its next step. */
  nextSteps: ReadinessSignal[];
}

/** Each signal's bar in words, by signal id: worked out once, on the server, so the words stay out of the page's script. */
export type SignalBars = Record<string, string>;

export function describeBars(step: Pick<Transition, 'thresholds' | 'readiness'> & BarContext): SignalBars {
  return Object.fromEntries(step.readiness.signals.map((signal) => [signal.id, describeBar(signal, step)]));
}

/** The step's signals against the reader's figures; `bars` are the step's describeBars. */
export function evaluateStep(step: Pick<Transition, 'thresholds' | 'readiness'> & { bars: SignalBars }, figures: Figures): StepReadiness {
  const results = step.readiness.signals.map((signal): SignalResult => {
    const value = figures[signal.input];
    return {
      signal,
      state: evaluateSignal(signal, step.thresholds, value),
      bar: step.bars[signal.id] ?? '',
      yours: value === null ? null : describeYours(signal, step.thresholds, value),
    };
  });
  const measured = results.filter((r) => r.signal.rule.kind !== 'example');
  const count = (state: SignalState) => measured.filter((r) => r.state === state).length;
  return {
    results,
    measured: measured.length,
    met: count('met'),
    notYet: count('notYet'),
    yourCall: count('yourCall'),
    unknown: count('unknown'),
    nextSteps: results.filter((r) => r.state === 'notYet' || r.state === 'yourCall').map((r) => r.signal),
  };
}

/**
 * "1 of 2 signals met", with the counts left to the reader and not known when there are any. The article's examples
 * are not bars, so they are not counted.
 */
export function summarise(readiness: StepReadiness): string {
  const total = readiness.measured;
  const parts = [`${readiness.met} of ${total} ${total === 1 ? 'signal' : 'signals'} met`];
  if (readiness.yourCall > 0) parts.push(`${readiness.yourCall} for you to judge`);
  if (readiness.unknown > 0) parts.push(`${readiness.unknown} not known yet`);
  return parts.join('; ');
}
