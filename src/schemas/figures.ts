import { z } from 'astro/zod';
import { textSchema } from './common';

/** How a figure reads in prose: the unit decides the formatting ("95%", "2–3 times", "30 minutes", "500"). */
export const figureUnitSchema = z.enum(['percent', 'times', 'minutes', 'count']);

/** A closed range of a figure, such as 50–100 (%). */
const figureRangeSchema = z
  .object({
    /** Lower end of the range. */
    min: z.number().nonnegative(),
    /** Upper end of the range. */
    max: z.number().nonnegative(),
  })
  .strict()
  .refine((r) => r.min <= r.max, { message: 'min must not be greater than max; swap the two values' });

/**
 * One of the article's other numbers (`content/data/figures.yaml`): the figures quoted in the guide's prose that are
 * not a level's pay or a step's duration or threshold.
 */
export const figureSchema = z
  .object({
    /** Stable kebab-case name the prose refers to, e.g. `daily-minimum-minutes`. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case name such as "daily-minimum-minutes"'),
    /** The number itself, or a range written as { min, max }. */
    value: z.union([z.number().nonnegative(), figureRangeSchema]),
    /** What kind of number it is, which decides how it is printed. */
    unit: figureUnitSchema,
    /** What the number measures, in one sentence, for editors. */
    about: textSchema,
  })
  .strict();

export type Figure = z.infer<typeof figureSchema>;
export type FigureUnit = z.infer<typeof figureUnitSchema>;
