import { z } from 'astro/zod';
import { textSchema } from './common';
import { isoDaySchema } from './sources';

/** Facts about the guide itself (`content/data/site.yaml`, one entry with id `site`). */
export const siteFactsSchema = z
  .object({
    /** Always `site`: the file holds one entry. */
    id: z.literal('site', { error: 'the one entry of site.yaml must have id: site' }),
    /** The day the content was last checked against its sources, written YYYY-MM-DD. */
    reviewed: z.coerce.date({ error: 'reviewed must be a date written YYYY-MM-DD, such as 2026-12-02' }),
    /** How the guide reads the article's "$…/hr" pay ranges (the article writes only "$"), e.g. "US dollars an hour". */
    payUnit: textSchema,
    /** The day the facts of /answers/ were last checked against their sources, written YYYY-MM-DD. */
    answersChecked: isoDaySchema,
    /** What the service worker downloads in the background on a first visit, in kB gzipped (bench:pages measures it). */
    offlineDownloadKb: z
      .number({ error: 'offlineDownloadKb must be a number of kB, such as 280 (see `npm run bench:pages`)' })
      .int({ error: 'offlineDownloadKb must be a whole number of kB, such as 280' })
      .positive({ error: 'offlineDownloadKb must be more than 0' }),
  })
  .strict();

export type SiteFacts = z.infer<typeof siteFactsSchema>;
