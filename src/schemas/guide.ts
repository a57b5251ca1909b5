import { z } from 'astro/zod';

/** Frontmatter of a guide page (`content/guide/*.mdx`). */
export const guidePageSchema = z
  .object({
    /** Page title, used for `<h1>` and `<title>`. */
    title: z.string({ error: 'add a title to the frontmatter' }).trim().min(1, 'add a title to the frontmatter'),
    /** One-sentence summary for search engines and link previews. */
    description: z.string({ error: 'add a description to the frontmatter' }).trim().min(1, 'add a description to the frontmatter'),
    /** Position in the guide menu and in previous/next links (ladder order). */
    order: z.number({ error: 'add an order (a whole number: the place in ladder order) to the frontmatter' }).int().min(0),
  })
  .strict();

export type GuidePage = z.infer<typeof guidePageSchema>;
