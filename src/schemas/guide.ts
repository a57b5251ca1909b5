import { z } from 'astro/zod';

/** A level rank in a preset; the build checks that levels.yaml has it. */
const rankSchema = z.number().int().min(1);

/** A link from a guide page to a tool with its inputs preset (`tools:` in the frontmatter). */
export const toolPresetSchema = z.discriminatedUnion(
  'tool',
  [
    z
      .object({
        /** The pay estimator (`/tools/pay-estimator/`). */
        tool: z.literal('pay-estimator'),
        /** Level the estimate opens at. */
        level: rankSchema.optional(),
      })
      .strict(),
    z
      .object({
        /** The promotion timeline (`/tools/promotion-timeline/`). */
        tool: z.literal('promotion-timeline'),
        /** Level the plan starts from. */
        from: rankSchema.optional(),
        /** Level the plan aims for. */
        to: rankSchema.optional(),
      })
      .strict(),
    z
      .object({
        /** The platform comparison (`/tools/platform-comparison/`). */
        tool: z.literal('platform-comparison'),
      })
      .strict(),
    z
      .object({
        /** The readiness check (`/tools/readiness/`). */
        tool: z.literal('readiness'),
        /** Level the check is for. */
        target: rankSchema.optional(),
      })
      .strict(),
  ],
  { error: 'tool must be one of pay-estimator, promotion-timeline, platform-comparison, readiness (see src/lib/tools.ts)' },
);

/** Frontmatter of a guide page (`content/guide/*.mdx`). */
export const guidePageSchema = z
  .object({
    /** Page title, used for `<h1>` and `<title>`. */
    title: z.string({ error: 'add a title to the frontmatter' }).trim().min(1, 'add a title to the frontmatter'),
    /** One-sentence summary for search engines and link previews. */
    description: z.string({ error: 'add a description to the frontmatter' }).trim().min(1, 'add a description to the frontmatter'),
    /** Position in the guide menu and in previous/next links (ladder order). */
    order: z.number({ error: 'add an order (a whole number: the place in ladder order) to the frontmatter' }).int().min(0),
    /** The tools the page's "Try it with your own numbers" box links to, in this order. */
    tools: z
      .array(toolPresetSchema, { error: 'add tools: a list of the tools the page leads to, such as - tool: pay-estimator' })
      .min(1, 'list at least one tool the page leads to, such as - tool: pay-estimator'),
  })
  .strict();

export type GuidePage = z.infer<typeof guidePageSchema>;
