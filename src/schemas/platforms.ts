import { z } from 'astro/zod';
import { textSchema } from './common';

/** A reader priority a platform can match. */
export const prioritySchema = z.enum(['ladder', 'expertise', 'reputation', 'tests']);

/** One platform (`content/data/platforms.yaml`); null means the source says nothing on that point. */
export const platformSchema = z
  .object({
    /** Lowercase id used in URLs, e.g. `appen`. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase id such as "appen"'),
    /** Display name. */
    name: textSchema,
    /** How the platform structures advancement. */
    structure: textSchema,
    /** What drives promotion there. */
    drivers: textSchema,
    /** What the source says about starting rates, or null. */
    startingRates: textSchema.nullable(),
    /** What the source says about the size of the jumps between levels, or null. */
    levelJumps: textSchema.nullable(),
    /** Who the platform suits, or null. */
    suits: textSchema.nullable(),
    /** Reader priorities this platform's traits match. */
    strengths: z.array(prioritySchema),
  })
  .strict();

export type Platform = z.infer<typeof platformSchema>;
export type Priority = z.infer<typeof prioritySchema>;
