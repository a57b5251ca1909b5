import { z } from 'astro/zod';

/** A closed range of US dollars per hour. */
export const usdRangeSchema = z
  .object({
    /** Lowest typical rate, in USD per hour. */
    min: z.number().positive(),
    /** Highest typical rate, in USD per hour. */
    max: z.number().positive(),
  })
  .strict()
  .refine((r) => r.min <= r.max, { message: 'min must not be greater than max; swap the two values' });

/** A link inside this site, such as `/guide/reviewer/`. */
export const sitePathSchema = z
  .string()
  .regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, 'must be a site path that starts and ends with "/", such as /guide/reviewer/');

/** A non-empty sentence or phrase shown to readers. */
export const textSchema = z.string().trim().min(1, 'must not be empty');
