import type { Level } from '../../schemas/levels';
import type { Transition } from '../../schemas/transitions';
import type { DataProblem } from '../problems';
import { DATA_FILES } from '../files';

const LEVELS_FILE = DATA_FILES.levels;
const TRANSITIONS_FILE = DATA_FILES.transitions;

/** 1, 2, … n. */
const oneTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/**
 * Rules that span several levels and steps, which a per-entry schema cannot see. The ladder has as many levels as
 * levels.yaml lists: ranks 1 to that number, and one step up from each level but the top one.
 */
export function findLadderProblems(levels: readonly Level[], transitions: readonly Transition[]): DataProblem[] {
  const problems: DataProblem[] = [];
  const top = levels.length;
  const ranks = levels.map((l) => l.rank).sort((a, b) => a - b);
  if (top < 2) {
    problems.push({ file: LEVELS_FILE, problem: `it lists ${top} level(s)`, fix: 'a ladder needs at least two levels' });
  } else if (ranks.join() !== oneTo(top).join()) {
    problems.push({
      file: LEVELS_FILE,
      problem: `ranks are [${ranks.join(', ')}]`,
      fix: `give the ${top} levels the ranks 1 to ${top}, one each, with no gap or repeat`,
    });
  }
  const rankSet = new Set(ranks);
  for (const t of transitions) {
    const at = { file: TRANSITIONS_FILE, entry: t.id };
    if (t.to !== t.from + 1) {
      problems.push({ ...at, problem: `joins level ${t.from} to level ${t.to}`, fix: 'a step must join adjacent levels (to = from + 1)' });
    }
    if (t.id !== `${t.from}-${t.to}`) {
      problems.push({ ...at, problem: `the id does not match from ${t.from} and to ${t.to}`, fix: `set id to "${t.from}-${t.to}", or correct from and to` });
    }
    if (!rankSet.has(t.from) || !rankSet.has(t.to)) {
      problems.push({ ...at, problem: `refers to a level that ${LEVELS_FILE} does not define`, fix: `use ranks from 1 to ${top}` });
    }
    if (t.months.max === null && t.to !== top) {
      problems.push({
        ...at,
        problem: 'the step is open-ended (months.max: null) but does not reach the top level',
        fix: 'give it a months.max; only the last step may be open-ended',
      });
    }
  }
  const starts = transitions.map((t) => t.from).sort((a, b) => a - b);
  if (top >= 2 && starts.join() !== oneTo(top - 1).join()) {
    problems.push({
      file: TRANSITIONS_FILE,
      problem: `steps start at levels [${starts.join(', ')}]`,
      fix: `there must be one step from each of levels 1 to ${top - 1}`,
    });
  }
  return problems;
}
