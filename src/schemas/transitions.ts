import { z } from 'astro/zod';
import { READINESS_INPUT_IDS } from '../lib/readiness/readiness';
import { sitePathSchema, textSchema } from './common';

/** A duration range in months; `max: null` means open-ended ("12+ months"). */
export const monthsRangeSchema = z
  .object({
    /** Shortest typical duration, in months. */
    min: z.number().positive(),
    /** Longest typical duration in months, or null when the source gives no upper bound. */
    max: z.number().positive().nullable(),
  })
  .strict()
  .refine((r) => r.max === null || r.min <= r.max, {
    message: 'min must not be greater than max; swap them, or set max to null for an open-ended step',
  });

/** The reader's figures the readiness check can ask for, in the order it keeps them; labels and allowed ranges live in `src/lib/readiness/readiness.ts`. */
export const readinessInputIdSchema = z.enum(READINESS_INPUT_IDS);

/** Measurable bars the article names for a step; a missing key means the article gives no figure. */
export const thresholdsSchema = z
  .object({
    /** Quality should rank in the top N% of workers on the reader's projects. */
    qualityTopPercent: z.number().positive().max(100).optional(),
    /** Days of daily work in the article's illustration of consistency (an example, not a published threshold). */
    activeDays: z.number().int().positive().optional(),
    /** Months of strong performance at the current level before this step (a minimum). */
    monthsAtCurrentLevel: z.number().positive().optional(),
  })
  .strict();

/** The keys of `thresholds`, so a signal can name the figure it compares against. */
export const thresholdKeySchema = thresholdsSchema.keyof();

/** How a signal turns the reader's figure into met / not yet, the reader's call, or a comparison. */
export const signalRuleSchema = z.discriminatedUnion('kind', [
  z
    .object({
      /** Met when the figure is at or below the threshold (a "top N%" rank: smaller is better). */
      kind: z.literal('atMost'),
      /** The `thresholds` key holding the bar; the number itself is never repeated here. */
      threshold: thresholdKeySchema,
    })
    .strict(),
  z
    .object({
      /** Met when the figure is at or above the threshold (days, months). */
      kind: z.literal('atLeast'),
      /** The `thresholds` key holding the bar. */
      threshold: thresholdKeySchema,
      /**
       * What the bar also asks that no figure measures (the "strong performance" of "6+ months as a team lead with
       * strong performance"): once the figure reaches the bar, the signal is the reader's call, never met.
       */
      alsoJudged: z
        .object({
          /** What the bar asks besides the figure, to follow "at least 6 months in the role with": "strong performance". */
          needs: textSchema,
          /** The same as a question the reader answers: "whether the performance is strong". */
          question: textSchema,
        })
        .strict()
        .optional(),
    })
    .strict(),
  z
    .object({
      /**
       * The article's illustration, not a bar it sets (the 30 days of daily work): the reader's figure is shown as
       * progress towards it ("29 of 30 days"), never as met or not yet.
       */
      kind: z.literal('example'),
      /** The `thresholds` key holding the example's figure. */
      threshold: thresholdKeySchema,
    })
    .strict(),
  z
    .object({
      /**
       * A judgement the figure cannot settle: zero is "not yet"; above zero the reader answers `question` for
       * themselves ("your call"), because the article names the quality but gives no measure of it.
       */
      kind: z.literal('judged'),
      /** The question the reader answers, without figures, e.g. "Are you among the strongest reviewers…?". */
      question: textSchema,
    })
    .strict(),
]);

/** One measurable signal of readiness for a step. */
export const readinessSignalSchema = z
  .object({
    /** Stable slug, unique within the step, e.g. `quality-rank`. */
    id: z.string().regex(/^[a-z][a-z-]*$/, 'must be a lowercase slug such as "quality-rank"'),
    /** What platforms look for, in a few words and without figures (the bar is shown from `thresholds`). */
    label: textSchema,
    /** The reader's figure the signal reads; it must be listed in the step's `readiness.inputs`. */
    input: readinessInputIdSchema,
    /** The comparison that decides met / not yet. */
    rule: signalRuleSchema,
    /** The single most useful thing to do while the signal is not yet met, without figures. */
    nextStep: textSchema,
    /** Guide page that explains the signal and the next step. */
    guidePath: sitePathSchema,
  })
  .strict();

/** One figure the readiness check asks for at a step. */
export const readinessInputSchema = z
  .object({
    /** Which figure. */
    id: readinessInputIdSchema,
    /**
     * Why the figure is asked for when no signal reads it (it is cited in the request draft),
     * saying what the article does and does not specify. Required for such inputs.
     */
    note: textSchema.optional(),
  })
  .strict();

/** The readiness check for one step: the figures it asks for and the signals it can judge. */
export const readinessSchema = z
  .object({
    /** Figures shown for this step, in display order. */
    inputs: z.array(readinessInputSchema).min(1),
    /** Signals with a met / not yet state; the step's other `lookFor` points cannot be measured. */
    signals: z.array(readinessSignalSchema).min(1),
  })
  .strict();

/** One promotion step between adjacent levels (`content/data/transitions.yaml`). */
export const transitionSchema = z
  .object({
    /** `from-to`, e.g. `2-3`. */
    id: z.string().regex(/^[1-9][0-9]*-[1-9][0-9]*$/, 'must be "from-to", such as "2-3"'),
    /** Rank of the level the step starts from. */
    from: z.number().int().min(1),
    /** Rank of the level the step reaches. */
    to: z.number().int().min(1),
    /** Typical time the step takes. */
    months: monthsRangeSchema,
    /** Weekly hours of focused work the durations assume. */
    weeklyHours: z
      .object({
        /** Fewest assumed hours a week. */
        min: z.number().positive(),
        /** Most assumed hours a week. */
        max: z.number().positive(),
      })
      .strict()
      .refine((r) => r.min <= r.max, { message: 'min must not be greater than max' }),
    /** Measurable bars the article names for this step; a missing key means the article gives no figure. */
    thresholds: thresholdsSchema,
    /** Guide page that explains the step. */
    guidePath: sitePathSchema,
    /** What platforms look for at this step. */
    lookFor: z.array(textSchema).min(1),
    /** A short checklist for the step, without figures (the page prints those from the data). */
    checklist: z
      .object({
        /**
         * `article` when the items restate the article's own action steps for this step; `site` when the site
         * derived them from what the article says platforms look for (the page labels these as the site's advice).
         */
        basis: z.enum(['article', 'site']),
        /** The things to do, each a short imperative line. */
        items: z.array(textSchema).min(1),
      })
      .strict(),
    /** The promotion readiness check for this step (`/tools/readiness/`). */
    readiness: readinessSchema,
  })
  .strict()
  .superRefine((step, ctx) => {
    const inputIds = step.readiness.inputs.map((input) => input.id);
    const signalInputs = new Set(step.readiness.signals.map((signal) => signal.input));
    inputIds.forEach((id, index) => {
      if (inputIds.indexOf(id) !== index) {
        ctx.addIssue({ code: 'custom', path: ['readiness', 'inputs', index, 'id'], message: `"${id}" is listed twice; list each input once` });
      }
      if (!signalInputs.has(id) && step.readiness.inputs[index]!.note === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['readiness', 'inputs', index, 'note'],
          message: `no signal reads "${id}"; add a note saying why it is asked for, or remove it`,
        });
      }
    });
    const signalIds = new Set<string>();
    step.readiness.signals.forEach((signal, index) => {
      const at = ['readiness', 'signals', index];
      if (signalIds.has(signal.id)) ctx.addIssue({ code: 'custom', path: [...at, 'id'], message: `"${signal.id}" is used twice in this step` });
      signalIds.add(signal.id);
      if (!inputIds.includes(signal.input)) {
        ctx.addIssue({ code: 'custom', path: [...at, 'input'], message: `"${signal.input}" is not in readiness.inputs; add it there` });
      }
      if ((signal.rule.kind === 'atMost' || signal.rule.kind === 'atLeast') && step.thresholds[signal.rule.threshold] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'rule', 'threshold'],
          message: `thresholds.${signal.rule.threshold} is not set for this step; add the figure there or use kind: anyDone or judged`,
        });
      }
    });
  });

export type Transition = z.infer<typeof transitionSchema>;
export type ReadinessInputId = z.infer<typeof readinessInputIdSchema>;
export type ThresholdKey = z.infer<typeof thresholdKeySchema>;
export type ReadinessSignal = z.infer<typeof readinessSignalSchema>;
export type Readiness = z.infer<typeof readinessSchema>;
