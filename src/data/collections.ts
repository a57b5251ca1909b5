// Build-time access to the content collections: the one module that reads `astro:content`. The data was checked
// before the build rendered anything (src/integrations/data-check.ts), so this only reads and sorts.
import { getCollection } from 'astro:content';

export { render } from 'astro:content';
import type { Level } from '../schemas/levels';
import type { Transition } from '../schemas/transitions';
import type { Platform, PlatformRow } from '../schemas/platforms';
import type { Figure } from '../schemas/figures';
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
  /** Platforms in column order, each with a fact (or null) for every row. */
  platforms: Platform[];
}

let platformComparison: Promise<PlatformComparisonData> | undefined;

export function getPlatformComparison(): Promise<PlatformComparisonData> {
  platformComparison ??= (async () => {
    const rows = (await getCollection('platformRows')).map((e) => e.data).sort((a, b) => a.order - b.order);
    const platforms = (await getCollection('platforms')).map((e) => e.data).sort((a, b) => a.order - b.order);
    return { rows, platforms };
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
