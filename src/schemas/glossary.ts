import { z } from 'astro/zod';
import { textSchema } from './common';

/** Whose meaning a definition gives. */
export const glossaryBasisSchema = z.enum(['article', 'platform', 'source', 'site']);

/** One term of the glossary (`content/data/glossary.yaml`). */
export const glossaryEntrySchema = z
  .object({
    /** Anchor on /glossary/ (`/glossary/#rubric`), a lowercase slug. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase slug such as "edge-case" or "w-8ben"'),
    /** The term as the glossary heads it. */
    term: textSchema,
    /** Spellings linked to the entry on guide pages, whole words only; the first use on each page becomes a link. */
    forms: z.array(textSchema).min(1),
    /** Match `forms` with their capitals as written (for abbreviations such as QA). */
    caseSensitive: z.boolean().optional(),
    /**
     * `article`: how the article uses the word; `platform`: a platform's own name; `source`: a term as a published source
     * uses it (a tax form, a platform's pay page); `site`: the guide's own definition.
     */
    basis: glossaryBasisSchema,
    /**
     * Id of a research source: where a `platform` or `source` definition comes from (required), or the platform's own page an
     * `article` definition sets beside the article's view, e.g. `remotasks-super-reviewers`.
     */
    source: z.string().regex(/^[a-z0-9-]+$/, 'must be a source id such as "remotasks-super-reviewers"').optional(),
    /** The definition, in a sentence or two. */
    definition: textSchema,
  })
  .strict()
  .refine((entry) => (entry.basis !== 'platform' && entry.basis !== 'source') || entry.source !== undefined, {
    message: 'a platform or source definition must name its source; add `source:` with the research source id',
    path: ['source'],
  });

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
