// Build-time access to the content collections: the one module that reads `astro:content`. The data was checked
// before the build rendered anything (src/integrations/data-check.ts), so this only reads and sorts.
import { getCollection } from 'astro:content';
import { QUESTION_IDS, type Answer } from '../schemas/answers';
import { AstroError } from 'astro/errors';
import { DATA_FILES, type DataCollection } from './files';

export { render } from 'astro:content';
import type { Level } from '../schemas/levels';
import type { Transition } from '../schemas/transitions';
import type { Platform, PlatformRow } from '../schemas/platforms';
import type { Source } from '../schemas/sources';
import type { Figure } from '../schemas/figures';
import type { GlossaryEntry } from '../schemas/glossary';
import type { SiteFacts } from '../schemas/site';
import { inReadingOrder } from '../lib/guide';

export interface LadderData {
  /** Levels sorted by rank, lowest first. */
  levels: Level[];
  /** Steps sorted by starting rank. */
  transitions: Transition[];
}

let ladder: Promise<LadderData> | undefined;

export function getLadder(): Promise<LadderData> {
  ladder ??= (async () => {
    const levels = (await getCollection('levels')).map((e) => e.data).sort((a, b) => a.rank - b.rank);
    const transitions = (await getCollection('transitions')).map((e) => e.data).sort((a, b) => a.from - b.from);
    return { levels, transitions };
  })();
  return ladder;
}

export interface PlatformComparisonData {
  /** Comparison rows, top to bottom. */
  rows: PlatformRow[];
  /** Platforms in column order, each with its facts under the rows they concern. */
  platforms: Platform[];
  /** Every source the facts cite, in file order. */
  sources: Source[];
}

let platformComparison: Promise<PlatformComparisonData> | undefined;

export function getPlatformComparison(): Promise<PlatformComparisonData> {
  platformComparison ??= (async () => {
    const rows = (await getCollection('platformRows')).map((e) => e.data).sort((a, b) => a.order - b.order);
    const platforms = (await getCollection('platforms')).map((e) => e.data).sort((a, b) => a.order - b.order);
    const sources = (await getCollection('sources')).map((e) => e.data);
    return { rows, platforms, sources };
  })();
  return platformComparison;
}

let figures: Promise<Figure[]> | undefined;

/** The article's other numbers (content/data/figures.yaml), in file order. */
export function getFigures(): Promise<Figure[]> {
  figures ??= getCollection('figures').then((entries) => entries.map((e) => e.data));
  return figures;
}

/** The guide's pages (content/guide/*.mdx) in reading order, as collection entries ready to render. */
export async function getGuidePages() {
  const entries = await getCollection('guide');
  return inReadingOrder(entries.map((entry) => ({ ...entry, order: entry.data.order, title: entry.data.title })));
}

/** The glossary (content/data/glossary.yaml), in file order. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  return (await getCollection('glossary')).map((e) => e.data);
}

/** Facts about the guide itself (content/data/site.yaml): its one entry, which the content check guarantees. */
export async function getSiteFacts(): Promise<SiteFacts> {
  const [entry] = await getCollection('site');
  if (!entry) throw missing('site', 'site');
  return entry.data;
}

/** The answers of /answers/, in the order of their questions. */
export async function getAnswers(): Promise<Answer[]> {
  const answers = (await getCollection('answers')).map((e) => e.data);
  return answers.sort((a, b) => QUESTION_IDS.indexOf(a.id) - QUESTION_IDS.indexOf(b.id));
}

function missing(collection: DataCollection, id: string, what = 'entry'): AstroError {
  return new AstroError(
    `${DATA_FILES[collection]} has no ${what} "${id}".`,
    `Add it to ${DATA_FILES[collection]}, or fix the id where the page asks for it (src/content/rules/ checks the guide's pages).`,
  );
}

/**
 * The entry with this id. The content check makes sure every id the guide's pages and the site's pages ask for exists
 * (src/content/rules/), so a miss means a page asks for something new: the error names the file, the id and the fix.
 */
export function entryById<T extends { id: string }>(entries: readonly T[], id: string, collection: DataCollection): T {
  const entry = entries.find((candidate) => candidate.id === id);
  if (!entry) throw missing(collection, id);
  return entry;
}

/** A figure quoted as one number (content/data/figures.yaml); the content check makes sure it is one. */
export async function figureNumber(id: string): Promise<number> {
  const { value } = entryById(await getFigures(), id, 'figures');
  if (typeof value !== 'number') throw missing('figures', id, 'single-number figure');
  return value;
}

/** A figure quoted as a range; the content check makes sure it is one. */
export async function figureRange(id: string): Promise<{ min: number; max: number }> {
  const { value } = entryById(await getFigures(), id, 'figures');
  if (typeof value === 'number') throw missing('figures', id, '{ min, max } range figure');
  return value;
}
