import { z } from 'astro/zod';
import { textSchema } from './common';

/** How solid a source is, from the article the guide is built on to one worker's forum post. */
export const SOURCE_KINDS = ['article', 'official', 'press', 'third-party', 'worker-report'] as const;
export const sourceKindSchema = z.enum(SOURCE_KINDS);

/** Id of a source, e.g. `appen-when-paid`; also its anchor on /sources/. */
export const sourceIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase id such as "appen-when-paid"');

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar day written YYYY-MM-DD, quoted in YAML so it stays text. */
export const isoDaySchema = z
  .string({ error: 'must be a date in quotes, such as "2026-12-02"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, such as "2026-12-02"')
  .refine((text) => isRealDay(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))), {
    message: 'is not a real calendar day; check the month and the day',
  });

/** A day (YYYY-MM-DD) or, when the page gives only a month, YYYY-MM. */
export const pageDateSchema = z
  .string({ error: 'must be a date in quotes, such as "2024-03-14", or null when the page shows none' })
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be written YYYY-MM-DD (or YYYY-MM when the page gives only a month)')
  .refine(
    (text) => isRealDay(Number(text.slice(0, 4)), Number(text.slice(5, 7)), text.length === 7 ? 1 : Number(text.slice(8, 10))),
    { message: 'is not a real calendar date; check the month and the day' },
  );

/** An absolute web address; only http and https, so a link can never run script. */
export const absoluteUrlSchema = z
  .string()
  .refine(
    (text) => {
      try {
        const url = new URL(text);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
      } catch {
        return false;
      }
    },
    { message: 'must be a full address that starts with https:// (or http://), such as "https://example.com/page"' },
  );

/** One source of platform facts (`content/data/sources.yaml`). */
export const sourceSchema = z
  .object({
    /** Lowercase id that facts cite under `source`, and the anchor of its entry on /sources/. */
    id: sourceIdSchema,
    /** The page's own title, or a short description of it when it has none. */
    title: textSchema,
    /** Who published the page; null when the copy we read names no one. */
    publisher: textSchema.nullable(),
    /** Where to read it; null only for the article, which has no public address we can link to. */
    url: absoluteUrlSchema.nullable(),
    /** How solid it is: the article, the platform's own word, a news outlet, a blog or repost, or one worker. */
    kind: sourceKindSchema,
    /** The date the page itself shows; null when it shows none. */
    pageDate: pageDateSchema.nullable(),
    /** What that date means on the page; needed when `pageDate` is set. */
    pageDateMeans: z.enum(['published', 'updated', 'effective', 'data up to']).optional(),
    /** The day someone read the page and checked the facts that cite it. */
    checked: isoDaySchema,
  })
  .strict()
  .superRefine((source, ctx) => {
    if (source.kind === 'article' && source.url !== null) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'must be null for the article; it has no public address' });
    }
    if (source.kind !== 'article' && source.url === null) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'is required: give the full address of the page the facts were read in' });
    }
    if (source.pageDate !== null && source.pageDateMeans === undefined) {
      ctx.addIssue({ code: 'custom', path: ['pageDateMeans'], message: 'is required with pageDate: published, updated, effective or data up to' });
    }
    if (source.pageDate === null && source.pageDateMeans !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['pageDateMeans'], message: 'must be left out when pageDate is null' });
    }
    if (source.pageDate !== null && source.pageDate.slice(0, 10) > source.checked) {
      ctx.addIssue({ code: 'custom', path: ['pageDate'], message: 'is after the day it was checked; one of the two dates is wrong' });
    }
  });

export type SourceKind = z.infer<typeof sourceKindSchema>;
export type Source = z.infer<typeof sourceSchema>;
