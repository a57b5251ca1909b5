import { z } from 'astro/zod';
import { textSchema } from './common';

/** Facts about the guide itself (`content/data/site.yaml`, one entry with id `site`). */
export const siteFactsSchema = z
  .object({
    /** Always `site`: the file holds one entry. */
    id: z.literal('site', { error: 'the one entry of site.yaml must have id: site' }),
    /** The day the content was last checked against its sources, written YYYY-MM-DD. */
    reviewed: z.coerce.date({ error: 'reviewed must be a date written YYYY-MM-DD, such as 2026-12-02' }),
    /** How the guide reads the article's "$…/hr" pay ranges (the article writes only "$"), e.g. "US dollars an hour". */
    payUnit: textSchema,
  })
  .strict();

export type SiteFacts = z.infer<typeof siteFactsSchema>;
