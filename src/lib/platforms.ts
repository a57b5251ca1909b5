// Pure logic of the platform comparison: which rows differ, how platforms rank for a priority,
// and the comparison's state in the URL. Shared by the page (build time) and the island (browser).
import type { Platform, PlatformRow, Priority } from '../schemas/platforms';
import { buildQuery, readQuery } from './url-state';

/** Shown in a cell where the source says nothing about that platform. */
export const NOT_STATED = 'Not stated in the guide';

/** The priorities a reader can rank by, in the order they are offered. */
export const PRIORITIES: readonly { id: Priority; label: string }[] = [
  { id: 'ladder', label: 'A clear, formal ladder' },
  { id: 'expertise', label: 'Using my domain expertise' },
  { id: 'reputation', label: 'Building a reputation' },
  { id: 'tests', label: 'Passing qualification tests to move up' },
];

/** A cell's text: the fact, or NOT_STATED when the source is silent. */
export function factText(platform: Pick<Platform, 'facts'>, rowId: string): string {
  return platform.facts[rowId] ?? NOT_STATED;
}

/** True when the given platforms do not all say the same on this row (a silent source counts as one value). */
export function rowDiffers(row: Pick<PlatformRow, 'id'>, platforms: readonly Pick<Platform, 'facts'>[]): boolean {
  return new Set(platforms.map((p) => factText(p, row.id))).size > 1;
}

/** The rows to show: all of them, or with `onlyDifferences` just those where the platforms disagree. */
export function visibleRows<R extends Pick<PlatformRow, 'id'>>(
  rows: readonly R[],
  platforms: readonly Pick<Platform, 'facts'>[],
  onlyDifferences: boolean,
): R[] {
  return onlyDifferences ? rows.filter((row) => rowDiffers(row, platforms)) : [...rows];
}

export interface RankedPlatform {
  id: string;
  name: string;
  /** How well the platform's best trait answers the priority; null when none does. */
  fit: 'strong' | 'partial' | null;
  /** One line that quotes the trait that matched, or says that none did. */
  reason: string;
}

const FIT_ORDER = { strong: 0, partial: 1 } as const;

/** The platforms ordered for a priority, best first; ties keep the data order. */
export function rankPlatforms(platforms: readonly Pick<Platform, 'id' | 'name' | 'matches'>[], priority: Priority): RankedPlatform[] {
  const ranked = platforms.map((platform): RankedPlatform => {
    const match = platform.matches.find((m) => m.priority === priority);
    if (!match) {
      return { id: platform.id, name: platform.name, fit: null, reason: `Nothing the guide says about ${platform.name} points to this.` };
    }
    return { id: platform.id, name: platform.name, fit: match.fit, reason: `The guide notes “${match.trait}”.` };
  });
  const order = (r: RankedPlatform) => (r.fit === null ? 2 : FIT_ORDER[r.fit]);
  // Array.prototype.sort is stable, so equal fits keep the order of the data file.
  return ranked.sort((a, b) => order(a) - order(b));
}

export interface ComparisonState {
  /** Ids of the platforms compared, in data order; never empty. */
  platforms: string[];
  /** What matters most to the reader; null until they choose. */
  priority: Priority | null;
  /** Hide rows where every chosen platform says the same. */
  onlyDifferences: boolean;
}

/** The state with nothing chosen: every platform, no priority, every row. */
export function defaultComparison(platformIds: readonly string[]): ComparisonState {
  return { platforms: [...platformIds], priority: null, onlyDifferences: false };
}

const PRIORITY_IDS: readonly string[] = PRIORITIES.map((p) => p.id);

function isPriority(value: string | undefined): value is Priority {
  return value !== undefined && PRIORITY_IDS.includes(value);
}

/**
 * The state a query string asks for. Unknown platform ids and priorities are ignored; a list with no known id
 * falls back to every platform, so at least one is always compared.
 */
export function parseComparison(search: string, platformIds: readonly string[]): ComparisonState {
  const query = readQuery(search);
  const asked = new Set((query.platforms ?? '').split(',').map((id) => id.trim().toLowerCase()));
  const chosen = platformIds.filter((id) => asked.has(id));
  const priority = query.priority?.trim().toLowerCase();
  return {
    platforms: chosen.length > 0 ? chosen : [...platformIds],
    priority: isPriority(priority) ? priority : null,
    onlyDifferences: query.differences === '1',
  };
}

/** The query string for a state; defaults are left out, so the default state is "". */
export function serialiseComparison(state: ComparisonState, platformIds: readonly string[]): string {
  const chosen = platformIds.filter((id) => state.platforms.includes(id));
  const all = chosen.length === platformIds.length || chosen.length === 0;
  return buildQuery({
    platforms: all ? undefined : chosen.join(','),
    priority: state.priority ?? undefined,
    differences: state.onlyDifferences ? '1' : undefined,
  });
}

/**
 * The platforms after the reader ticks or unticks one. Unticking the last one is refused (returns null),
 * because a comparison needs at least one platform.
 */
export function togglePlatform(chosen: readonly string[], id: string, platformIds: readonly string[]): string[] | null {
  const next = chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id];
  if (next.length === 0) return null;
  return platformIds.filter((p) => next.includes(p));
}
