import { z } from 'astro/zod';
import { textSchema, usdRangeSchema } from './common';

/** One rung of the career ladder (`content/data/levels.yaml`). */
export const levelSchema = z
  .object({
    /** Stable slug used in links and storage, e.g. `reviewer`. */
    id: z.string().regex(/^[a-z][a-z-]*$/, 'must be a lowercase slug such as "team-lead"'),
    /** Position on the ladder: 1 (entry) up to the number of levels (top); the build checks there is no gap. */
    rank: z.number().int().min(1),
    /** Role name as readers know it, e.g. `Reviewer/QA`. */
    role: textSchema,
    /** Typical hourly pay at this level. */
    pay: usdRangeSchema,
    /** What the role does, in one sentence. */
    does: textSchema,
  })
  .strict();

export type Level = z.infer<typeof levelSchema>;
