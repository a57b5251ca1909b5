import { describe, expect, it } from 'vitest';
import { findLadderProblems as findProblems } from '../../src/lib/ladder-rules';
import { describeProblem } from '../../src/lib/data-problems';
import { levelSchema, type Level } from '../../src/schemas/levels';
import { transitionSchema, type Transition } from '../../src/schemas/transitions';
import { readDataFile } from './data-files';

const levels: Level[] = (readDataFile('levels.yaml') as unknown[]).map((l) => levelSchema.parse(l));
const transitions: Transition[] = (readDataFile('transitions.yaml') as unknown[]).map((t) => transitionSchema.parse(t));

const findLadderProblems = (l: readonly Level[], t: readonly Transition[]) => findProblems(l, t).map(describeProblem);

describe('cross-entry ladder rules', () => {
  it('the real data has no problems', () => {
    expect(findLadderProblems(levels, transitions)).toEqual([]);
  });

  it('a gap in the ranks names the levels file and the ranks', () => {
    const gap = levels.filter((l) => l.rank !== 3);
    expect(findLadderProblems(gap, transitions)).toContainEqual(
      expect.stringMatching(/content\/data\/levels\.yaml: ranks are \[1, 2, 4, 5\]/),
    );
  });

  it('a repeated rank is reported', () => {
    const repeated = levels.map((l) => (l.rank === 5 ? { ...l, rank: 4 } : l));
    expect(findLadderProblems(repeated, transitions).join('\n')).toContain('ranks are [1, 2, 3, 4, 4]');
  });

  it('a step that skips a level names the entry', () => {
    const skipping = transitions.map((t) => (t.id === '2-3' ? { ...t, to: 4 } : t));
    const found = findLadderProblems(levels, skipping).join('\n');
    expect(found).toContain('content/data/transitions.yaml, entry "2-3": joins level 2 to level 4');
    expect(found).toContain('to = from + 1');
  });

  it('a missing step is reported', () => {
    expect(findLadderProblems(levels, transitions.slice(0, 3)).join('\n')).toContain('one step from each of levels 1 to 4');
  });

  it('only the last step may be open-ended', () => {
    const open = transitions.map((t) => (t.id === '1-2' ? { ...t, months: { min: 1, max: null } } : t));
    expect(findLadderProblems(levels, open).join('\n')).toContain(
      'entry "1-2": the step is open-ended (months.max: null) but does not reach the top level; give it a months.max',
    );
  });

  it('takes the number of levels from the levels file: a sixth level needs a sixth rank and a step up to it', () => {
    const sixth: Level = { ...levels.at(-1)!, id: 'director', rank: 6, role: 'Director' };
    const last = transitions.at(-1)!;
    expect(last.months.max, 'the real last step is open-ended ("12+ months")').toBeNull();
    expect(findLadderProblems([...levels, sixth], transitions)).toEqual([
      'content/data/transitions.yaml, entry "4-5": the step is open-ended (months.max: null) but does not reach the top level; give it a months.max; only the last step may be open-ended',
      'content/data/transitions.yaml: steps start at levels [1, 2, 3, 4]; there must be one step from each of levels 1 to 5',
    ]);
    const closedLast = { ...last, months: { min: 12, max: 18 } };
    const sixthStep = { ...last, id: '5-6', from: 5, to: 6 };
    expect(findLadderProblems([...levels, sixth], [...transitions.slice(0, -1), closedLast, sixthStep])).toEqual([]);
  });

  it('reports every problem at once', () => {
    const bad = transitions.map((t) => (t.id === '3-4' ? { ...t, id: '3-9', to: 5 } : t));
    expect(findLadderProblems(levels, bad)).toEqual([
      'content/data/transitions.yaml, entry "3-9": joins level 3 to level 5; a step must join adjacent levels (to = from + 1)',
      'content/data/transitions.yaml, entry "3-9": the id does not match from 3 and to 5; set id to "3-5", or correct from and to',
    ]);
  });
});
