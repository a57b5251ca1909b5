import type { Level } from '../schemas/levels';
import type { Transition } from '../schemas/transitions';

export const LEVELS_FILE = 'content/data/levels.yaml';
export const TRANSITIONS_FILE = 'content/data/transitions.yaml';

/**
 * Rules that span several entries, which a per-entry schema cannot see.
 * Returns one readable message per problem (file, entry, what is wrong and the fix); empty when the data is sound.
 */
export function findLadderProblems(levels: readonly Level[], transitions: readonly Transition[]): string[] {
  const problems: string[] = [];
  const ranks = levels.map((l) => l.rank).sort((a, b) => a - b);
  const expected = [1, 2, 3, 4, 5];
  if (ranks.join() !== expected.join()) {
    problems.push(
      `${LEVELS_FILE}: ranks are [${ranks.join(', ')}]; there must be exactly one level for each rank 1 to 5, with no gap or repeat`,
    );
  }
  const rankSet = new Set(ranks);
  for (const t of transitions) {
    const where = `${TRANSITIONS_FILE}, entry "${t.id}"`;
    if (t.to !== t.from + 1) {
      problems.push(`${where}: joins level ${t.from} to level ${t.to}; a step must join adjacent levels (to = from + 1)`);
    }
    if (t.id !== `${t.from}-${t.to}`) {
      problems.push(`${where}: id must be "${t.from}-${t.to}" to match from and to`);
    }
    if (!rankSet.has(t.from) || !rankSet.has(t.to)) {
      problems.push(`${where}: refers to a level that ${LEVELS_FILE} does not define`);
    }
  }
  const steps = transitions.map((t) => t.from).sort((a, b) => a - b);
  if (steps.join() !== [1, 2, 3, 4].join()) {
    problems.push(`${TRANSITIONS_FILE}: steps start at levels [${steps.join(', ')}]; there must be one step from each of levels 1 to 4`);
  }
  transitions.forEach((t) => {
    if (t.months.max === null && t.to !== 5) {
      problems.push(`${TRANSITIONS_FILE}, entry "${t.id}": only the last step may be open-ended (months.max: null)`);
    }
  });
  return problems;
}

/** Throws one error listing every problem, so a bad data file stops the build. */
export function assertLadder(levels: readonly Level[], transitions: readonly Transition[]): void {
  const problems = findLadderProblems(levels, transitions);
  if (problems.length > 0) {
    throw new Error(`Invalid ladder data:\n- ${problems.join('\n- ')}`);
  }
}
