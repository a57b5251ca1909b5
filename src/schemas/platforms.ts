import { z } from 'astro/zod';
import { textSchema } from './common';

/** What a reader can say matters most to them; also the `priority` URL value. */
export const prioritySchema = z.enum(['ladder', 'expertise', 'reputation', 'tests']);

/** Id of a comparison row, e.g. `startingRates`; used as a key under each platform's `facts`. */
const rowIdSchema = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a camelCase id such as "startingRates"');

/** One row of the comparison (`content/data/platform-rows.yaml`). */
export const platformRowSchema = z
  .object({
    /** Key of this fact under every platform's `facts`. */
    id: rowIdSchema,
    /** Position of the row, 1 at the top; each row has its own. */
    order: z.number().int().min(1),
    /** Row heading shown to readers. */
    label: textSchema,
  })
  .strict();

/** A reader priority that one of a platform's traits answers. */
export const platformMatchSchema = z
  .object({
    /** The priority this trait answers. */
    priority: prioritySchema,
    /** `strong` ranks above `partial` when several platforms answer the same priority. */
    fit: z.enum(['strong', 'partial']),
    /** The trait, quoted word for word from one of the platform's facts. */
    trait: textSchema,
  })
  .strict();

/** One platform (`content/data/platforms.yaml`). */
export const platformSchema = z
  .object({
    /** Lowercase id used in URLs, e.g. `appen`. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase id such as "appen"'),
    /** Position of the platform's column, 1 first; each platform has its own. */
    order: z.number().int().min(1),
    /** Display name. */
    name: textSchema,
    /** One value per comparison row, keyed by row id; null where the source says nothing. */
    facts: z.record(rowIdSchema, textSchema.nullable()),
    /** Priorities this platform's traits answer; empty when none does. */
    matches: z.array(platformMatchSchema),
  })
  .strict();

export type Priority = z.infer<typeof prioritySchema>;
export type PlatformRow = z.infer<typeof platformRowSchema>;
export type PlatformMatch = z.infer<typeof platformMatchSchema>;
export type Platform = z.infer<typeof platformSchema>;
