import { describe, expect, it } from 'vitest';
import { findLadderProblems as findProblems } from '../../src/content/rules/ladder';
import { describeProblem } from '../../src/content/problems';
import type { Level } from '../../src/schemas/levels';
import type { Transition } from '../../src/schemas/transitions';
import { realContent } from '../support/content';

const levels: Level[] = realContent().levels;
const transitions: Transition[] = realContent().transitions;

const findLadderProblems = (l: readonly Level[], t: readonly Transition[]) => findProblems(l, t).map(describeProblem);

describe('cross-entry ladder rules', () => {
  it('the real data has no problems', () => {
    expect(findLadderProblems(levels, transitions)).toEqual([]);
  });

  it('a gap in the ranks names the levels file and the ranks', () => {
    const gap = levels.filter((l) => l.rank !== 3);
    expect(findLadderProblems(gap, transitions)).toContainEqual(
      expect.stringContaining(`content/data/levels.yaml: ranks are [${gap.map((l) => l.rank).join(', ')}]`),
    );
  });

  it('a repeated rank is reported', () => {
    const top = levels.length;
    const repeated = levels.map((l) => (l.rank === top ? { ...l, rank: top - 1 } : l));
    const ranks = [...levels.map((l) => l.rank).slice(0, -1), top - 1].sort((a, b) => a - b);
    expect(findLadderProblems(repeated, transitions).join('\n')).toContain(`ranks are [${ranks.join(', ')}]`);
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
    const top = levels.length;
    const extra: Level = { ...levels.at(-1)!, id: 'director', rank: top + 1, role: 'Director' };
    const last = transitions.at(-1)!;
    expect(last.months.max, 'the real last step is open-ended ("12+ months")').toBeNull();
    const starts = transitions.map((t) => t.from).join(', ');
    expect(findLadderProblems([...levels, extra], transitions)).toEqual([
      `content/data/transitions.yaml, entry "${last.id}": the step is open-ended (months.max: null) but does not reach the top level; give it a months.max; only the last step may be open-ended`,
      `content/data/transitions.yaml: steps start at levels [${starts}]; there must be one step from each of levels 1 to ${top}`,
    ]);
    const closedLast = { ...last, months: { min: 12, max: 18 } };
    const extraStep = { ...last, id: `${top}-${top + 1}`, from: top, to: top + 1 };
    expect(findLadderProblems([...levels, extra], [...transitions.slice(0, -1), closedLast, extraStep])).toEqual([]);
  });

  it('reports every problem at once', () => {
    const bad = transitions.map((t) => (t.id === '3-4' ? { ...t, id: '3-9', to: 5 } : t));
    expect(findLadderProblems(levels, bad)).toEqual([
      'content/data/transitions.yaml, entry "3-9": joins level 3 to level 5; a step must join adjacent levels (to = from + 1)',
      'content/data/transitions.yaml, entry "3-9": the id does not match from 3 and to 5; set id to "3-5", or correct from and to',
    ]);
  });
});
