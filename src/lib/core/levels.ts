// The ladder's levels as every tool, page and guide component reads them: a level by its rank, the middle of its pay.

/**
 * The level with this rank. The content check guarantees ranks 1 to the number of levels with no gap, and every rank a
 * tool or page asks for is validated against them first, so a rank that is not there is a bug: it throws, naming it.
 */
export function levelByRank<Level extends { rank: number }>(levels: readonly Level[], rank: number): Level {
  const level = levels.find((candidate) => candidate.rank === rank);
  if (!level) throw new RangeError(`There is no level of rank ${rank}; the ladder has levels 1 to ${levels.length}.`);
  return level;
}

/** The middle of a level's typical hourly pay range: where an estimate starts when the reader has given no rate. */
export const midpoint = (pay: { min: number; max: number }): number => (pay.min + pay.max) / 2;
