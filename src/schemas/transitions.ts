import { z } from 'astro/zod';
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

/** One promotion step between adjacent levels (`content/data/transitions.yaml`). */
export const transitionSchema = z
  .object({
    /** `from-to`, e.g. `2-3`. */
    id: z.string().regex(/^[1-5]-[1-5]$/, 'must be "from-to", such as "2-3"'),
    /** Rank of the level the step starts from. */
    from: z.number().int().min(1).max(5),
    /** Rank of the level the step reaches. */
    to: z.number().int().min(1).max(5),
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
    /** Measurable bars the source names for this step; a missing key means the source gives no figure. */
    thresholds: z
      .object({
        /** Quality should rank in the top N% of workers on the reader's projects. */
        qualityTopPercent: z.number().positive().max(100).optional(),
        /** Days of steady activity in a row that platforms notice. */
        activeDays: z.number().int().positive().optional(),
        /** Months of strong performance at the current level before this step (a minimum). */
        monthsAtCurrentLevel: z.number().positive().optional(),
      })
      .strict(),
    /** Guide page that explains the step. */
    guidePath: sitePathSchema,
    /** What platforms look for at this step. */
    lookFor: z.array(textSchema).min(1),
  })
  .strict();

export type Transition = z.infer<typeof transitionSchema>;
