import { z } from 'astro/zod';
import { textSchema } from './common';
import { sourceIdSchema } from './sources';
import { TIME_OF_DAY, isTimeZone } from '../lib/core/zones';
import { WEEKDAYS } from '../lib/core/weekdays';

/** What a reader can say matters most to them; also the `priority` URL value. */
export const prioritySchema = z.enum(['ladder', 'expertise', 'reputation', 'tests', 'payouts']);

/** Id of a comparison row, e.g. `startingRates`; used as a key under each platform's `facts`. */
const rowIdSchema = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a camelCase id such as "startingRates"');

/** An IANA time zone name, e.g. `Asia/Kolkata`. */
const zoneSchema = z.string().refine(isTimeZone, 'must be an IANA time zone such as "Asia/Kolkata"');

/** A week a platform sets in its own time zone (Mercor's pay week), which the site also shows on the reader's clock. */
export const zonedWeekSchema = z
  .object({
    /** IANA name of the zone the source states the week in, e.g. `Asia/Kolkata`. */
    zone: zoneSchema,
    /** The zone as the source names it, e.g. "India Standard Time". */
    zoneName: textSchema,
    /** The day the week starts on, e.g. `Saturday`. */
    startDay: z.enum(WEEKDAYS),
    /** The time it starts, "HH:MM" on a 24-hour clock, e.g. "00:00". */
    startTime: z.string().regex(TIME_OF_DAY, 'must be a 24-hour time such as "00:00"'),
  })
  .strict();

/**
 * When a platform pays for a day's work, as its fact states it, for the work log's expected pay dates. Every number,
 * day and method in it must appear in the fact's text (src/content/rules/platforms.ts).
 */
export const payoutScheduleSchema = z.discriminatedUnion('kind', [
  z
    .object({
      /** Paid on a day of the week: the first `paidOn` after the work's week ends (or after the work, with no week). */
      kind: z.literal('weekly'),
      /** The payout method this schedule is for, when the platform has several, e.g. `PayPal`. */
      method: textSchema.optional(),
      /** The zone the week and the pay day are stated in; absent when the source names none. */
      zone: zoneSchema.optional(),
      /** The day the pay week starts; absent when the source states no week. */
      weekStarts: z.enum(WEEKDAYS).optional(),
      /** The day of the week pay is made or arrives. */
      paidOn: z.enum(WEEKDAYS),
    })
    .strict(),
  z
    .object({
      /** Paid once a month, on `dayOfMonth`, for the month before. */
      kind: z.literal('monthly'),
      /** The payout method this schedule is for, e.g. `Payoneer`. */
      method: textSchema.optional(),
      /** The day of the month, 1 to 28. */
      dayOfMonth: z.number().int().min(1).max(28),
    })
    .strict(),
  z
    .object({
      /** Paid a number of days after the invoice (net 30). */
      kind: z.literal('afterInvoice'),
      /** Days from invoice to pay. */
      days: z.number().int().positive(),
    })
    .strict(),
]);

/** The smallest payout a platform makes: a smaller amount is carried over to the next payout. */
export const payoutMinimumSchema = z
  .object({
    /** The payout method it applies to, e.g. `Payoneer`; absent when it applies to all. */
    method: textSchema.optional(),
    /** The smallest amount, in US dollars. */
    usd: z.number().positive(),
  })
  .strict();

/** A hold on a platform's first payout to a worker. */
export const payoutHoldSchema = z
  .object({
    /** Days the first payout is held. */
    days: z.number().int().positive(),
  })
  .strict();

/** One statement about a platform, in the site's own words, with the source it was read in. */
export const platformFactSchema = z
  .object({
    /** The statement shown to readers; a worker report says it is one ("A worker reports …"). */
    text: textSchema,
    /** Id of the entry in content/data/sources.yaml the statement was read in. */
    source: sourceIdSchema,
    /** A week the statement sets in the platform's time zone, shown on the reader's clock too; its text names the zone. */
    week: zonedWeekSchema.optional(),
    /** The pay schedules the statement gives, one per payout method (a `paySchedule` fact). */
    schedules: z.array(payoutScheduleSchema).min(1).optional(),
    /** A smallest payout the statement gives: less waits for the next one (a `payoutRules` fact). */
    minimum: payoutMinimumSchema.optional(),
    /** Days a first payout is held, as the statement gives them (a `payoutRules` fact). */
    firstPayoutHold: payoutHoldSchema.optional(),
  })
  .strict();

/** One row of the comparison (`content/data/platform-rows.yaml`). */
export const platformRowSchema = z
  .object({
    /** Key of this fact under every platform's `facts`. */
    id: rowIdSchema,
    /** Position of the row, 1 at the top; each row has its own. */
    order: z.number().int().min(1),
    /** Row heading shown to readers. */
    label: textSchema,
    /** True for the article's topics, which the guide's platforms page shows side by side in one table. */
    inGuideTable: z.boolean(),
  })
  .strict();

/** A reader priority that one of a platform's traits answers. */
export const platformMatchSchema = z
  .object({
    /** The priority this trait answers. */
    priority: prioritySchema,
    /** How well the trait answers the priority, in the site's reading: `strong` ranks above `partial`, `partial` above `weak`. */
    fit: z.enum(['strong', 'partial', 'weak']),
    /** The trait, quoted word for word from one of the platform's facts; the ranking cites that fact's source. */
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
    /** True for the four platforms the article compares: the comparison opens on them. */
    inArticle: z.boolean(),
    /** The facts under each comparison row, keyed by row id; a row no source covers is left out. */
    facts: z.partialRecord(rowIdSchema, z.array(platformFactSchema).min(1, 'must list at least one fact; leave the row out when no source covers it')),
    /** Priorities this platform's traits answer; empty when none does. */
    matches: z.array(platformMatchSchema),
  })
  .strict();

export type Priority = z.infer<typeof prioritySchema>;
export type PlatformFact = z.infer<typeof platformFactSchema>;
export type PayoutSchedule = z.infer<typeof payoutScheduleSchema>;
export type PlatformRow = z.infer<typeof platformRowSchema>;
export type PlatformMatch = z.infer<typeof platformMatchSchema>;
export type Platform = z.infer<typeof platformSchema>;
