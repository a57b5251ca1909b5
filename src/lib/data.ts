// Build-time access to the data collections. Every page reads its numbers through here,
// so the cross-entry rules run on every build and bad data stops it.
import { getCollection } from 'astro:content';
import { assertLadder } from './ladder-rules';
import type { Level } from '../schemas/levels';
import type { Transition } from '../schemas/transitions';
import { assertPlatforms } from './platform-rules';
import type { Platform, PlatformRow } from '../schemas/platforms';
import { findSourceProblems } from './source-rules';
import type { Source } from '../schemas/sources';
import type { Figure } from '../schemas/figures';

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
    assertLadder(levels, transitions);
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
    assertPlatforms(rows, platforms, findSourceProblems(sources, platforms));
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
