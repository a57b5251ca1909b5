// Pure logic of the platform comparison: which rows differ, how platforms rank for a priority,
// and the comparison's state in the URL. Shared by the page (build time) and the island (browser).
import type { PlatformMatch, PlatformRow, Priority } from '../../schemas/platforms';
import { buildQuery, readQuery } from '../core/url-state';

/** Shown in a cell where none of the sources we read covers that platform. */
export const NOT_STATED = 'No source we checked says';

/** The priorities a reader can rank by, in the order they are offered. */
export const PRIORITIES: readonly { id: Priority; label: string }[] = [
  { id: 'ladder', label: 'A clear, formal ladder' },
  { id: 'expertise', label: 'Using my domain expertise' },
  { id: 'reputation', label: 'Building a reputation' },
  { id: 'tests', label: 'Passing qualification tests to move up' },
  { id: 'payouts', label: 'Frequent payouts' },
];

/** What the comparison needs of a platform's facts: their text, under each row id. */
export interface HasFacts<F extends { text: string } = { text: string }> {
  facts: Partial<Record<string, readonly F[]>>;
}

/** The facts in one cell, in data order; empty when no source covers it. */
export function cellFacts<F extends { text: string }>(platform: HasFacts<F>, rowId: string): readonly F[] {
  return platform.facts[rowId] ?? [];
}

function cellKey(platform: HasFacts, rowId: string): string {
  const facts = cellFacts(platform, rowId);
  return facts.length === 0 ? NOT_STATED : facts.map((f) => f.text).join('\n');
}

/** True when the given platforms do not all say the same on this row (an empty cell counts as one value). */
export function rowDiffers(row: Pick<PlatformRow, 'id'>, platforms: readonly HasFacts[]): boolean {
  return new Set(platforms.map((p) => cellKey(p, row.id))).size > 1;
}

/** The rows to show: all of them, or with `onlyDifferences` just those where the platforms disagree. */
export function visibleRows<R extends Pick<PlatformRow, 'id'>>(
  rows: readonly R[],
  platforms: readonly HasFacts[],
  onlyDifferences: boolean,
): R[] {
  return onlyDifferences ? rows.filter((row) => rowDiffers(row, platforms)) : [...rows];
}

export interface RankedPlatform<F extends { text: string } = { text: string }> {
  id: string;
  name: string;
  /** How well the platform's best trait answers the priority, in the site's reading; null when none does. */
  fit: Fit | null;
  /** One line that quotes the trait that matched, or says that none did. */
  reason: string;
  /** The fact the trait is quoted from, so its source can be shown; null when nothing matched. */
  fact: F | null;
}

type Fit = PlatformMatch['fit'];
const FIT_ORDER: Record<Fit, number> = { strong: 0, partial: 1, weak: 2 };

interface Rankable<F extends { text: string }> extends HasFacts<F> {
  id: string;
  name: string;
  matches: readonly Pick<PlatformMatch, 'priority' | 'fit' | 'trait'>[];
}

/** The platforms ordered for a priority, best first; ties keep the data order. */
export function rankPlatforms<F extends { text: string }>(platforms: readonly Rankable<F>[], priority: Priority): RankedPlatform<F>[] {
  const ranked = platforms.map((platform): RankedPlatform<F> => {
    const match = platform.matches.find((m) => m.priority === priority);
    if (!match) {
      const reason = `Nothing in the sources we checked about ${platform.name} points to this.`;
      return { id: platform.id, name: platform.name, fit: null, reason, fact: null };
    }
    const fact = Object.values(platform.facts).flatMap((facts) => facts ?? []).find((f) => f.text.includes(match.trait)) ?? null;
    return { id: platform.id, name: platform.name, fit: match.fit, reason: `Based on “${match.trait}”.`, fact };
  });
  const order = (r: RankedPlatform) => (r.fit === null ? 3 : FIT_ORDER[r.fit]);
  // Array.prototype.sort is stable, so equal fits keep the order of the data file.
  return ranked.sort((a, b) => order(a) - order(b));
}

export interface ComparisonState {
  /** Ids of the platforms compared, in data order; never empty. By default the four the article compares. */
  platforms: string[];
  /** What matters most to the reader; null until they choose. */
  priority: Priority | null;
  /** Hide rows where every chosen platform says the same. */
  onlyDifferences: boolean;
}

/** The state with nothing chosen: the default platforms, no priority, every row. */
export function defaultComparison(defaultIds: readonly string[]): ComparisonState {
  return { platforms: [...defaultIds], priority: null, onlyDifferences: false };
}

const PRIORITY_IDS: readonly string[] = PRIORITIES.map((p) => p.id);

function isPriority(value: string | undefined): value is Priority {
  return value !== undefined && PRIORITY_IDS.includes(value);
}

/**
 * The state a query string asks for. Unknown platform ids and priorities are ignored; a list with no known id
 * falls back to the default platforms, so at least one is always compared.
 */
export function parseComparison(search: string, platformIds: readonly string[], defaultIds: readonly string[]): ComparisonState {
  const query = readQuery(search);
  const asked = new Set((query.platforms ?? '').split(',').map((id) => id.trim().toLowerCase()));
  const chosen = platformIds.filter((id) => asked.has(id));
  const priority = query.priority?.trim().toLowerCase();
  return {
    platforms: chosen.length > 0 ? chosen : [...defaultIds],
    priority: isPriority(priority) ? priority : null,
    onlyDifferences: query.differences === '1',
  };
}

/** The query string for a state; defaults are left out, so the default state is "". */
export function serialiseComparison(state: ComparisonState, platformIds: readonly string[], defaultIds: readonly string[]): string {
  const chosen = platformIds.filter((id) => state.platforms.includes(id));
  const isDefault = chosen.length === 0 || (chosen.length === defaultIds.length && defaultIds.every((id) => chosen.includes(id)));
  return buildQuery({
    platforms: isDefault ? undefined : chosen.join(','),
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
