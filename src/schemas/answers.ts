import { z } from 'astro/zod';
import { textSchema } from './common';
import { sourceIdSchema } from './sources';

/** The questions /answers/ answers, in the order the page takes them (how often workers ask); each id is an anchor. */
export const QUESTION_IDS = ['no-tasks', 'paid', 'legit', 'removed', 'tests', 'countries', 'taxes', 'time-limits'] as const;

/**
 * One sourced fact of an answer: in the site's words with the source it was read in, or a fact the comparison
 * already states (platforms.yaml, the platform's `row`, cited to `source`), so its numbers live once.
 */
export const answerFactSchema = z.union([
  z
    .object({
      /** The fact in the site's own words. */
      text: textSchema,
      /** Id of the sources.yaml entry it was read in. */
      source: sourceIdSchema,
    })
    .strict(),
  z
    .object({
      /** A row of platform-rows.yaml under which the platform's fact is written in platforms.yaml, e.g. `paySchedule`. */
      row: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a row id of platform-rows.yaml, such as "paySchedule"'),
      /** The source that fact cites: together with `row`, it picks the one fact. */
      source: sourceIdSchema,
    })
    .strict(),
]);

/** A warning sign of a scam that a platform or a regulator publishes, with every source that names it. */
export const scamSignSchema = z
  .object({
    /** The sign, in the site's words. */
    text: textSchema,
    /** Ids of the sources.yaml entries that publish it (one or more). */
    sources: z.array(sourceIdSchema).min(1, 'name at least one source that publishes this sign'),
  })
  .strict();

/** One question of /answers/ (`content/data/answers.yaml`). */
export const answerSchema = z
  .object({
    /** Which question, and its anchor on /answers/ (`/answers/#paid`). */
    id: z.enum(QUESTION_IDS, { error: `must be one of ${QUESTION_IDS.join(', ')}` }),
    /** The question as the section heads it. */
    title: textSchema,
    /** The general answer in one paragraph: the site's own reading, labelled as such on the page. */
    reading: textSchema,
    /** Sourced facts that hold whatever the platform (a regulator's warning, a tax form), shown before the platforms. */
    everyone: z.array(answerFactSchema).default([]),
    /** Warning signs of a scam, each with its sources (the "legit" question only). */
    signs: z.array(scamSignSchema).optional(),
    /** Per platform id of platforms.yaml, the facts a source gives; a platform left out has no published answer. */
    platforms: z.record(z.string(), z.array(answerFactSchema).min(1, 'list at least one fact, or leave the platform out')),
  })
  .strict();

export type AnswerFact = z.infer<typeof answerFactSchema>;
export type Answer = z.infer<typeof answerSchema>;
