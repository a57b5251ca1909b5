import { describe, expect, it } from 'vitest';
import { assertLadder, findLadderProblems } from '../../src/lib/ladder-rules';
import { levelSchema, type Level } from '../../src/schemas/levels';
import { transitionSchema, type Transition } from '../../src/schemas/transitions';
import { readDataFile } from './data-files';

const levels: Level[] = (readDataFile('levels.yaml') as unknown[]).map((l) => levelSchema.parse(l));
const transitions: Transition[] = (readDataFile('transitions.yaml') as unknown[]).map((t) => transitionSchema.parse(t));

describe('cross-entry ladder rules', () => {
  it('the real data has no problems', () => {
    expect(findLadderProblems(levels, transitions)).toEqual([]);
    expect(() => assertLadder(levels, transitions)).not.toThrow();
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
    expect(findLadderProblems(levels, open).join('\n')).toContain('entry "1-2": only the last step may be open-ended');
  });

  it('assertLadder throws with every problem listed', () => {
    const bad = transitions.map((t) => (t.id === '3-4' ? { ...t, id: '3-5', to: 5 } : t));
    expect(() => assertLadder(levels, bad)).toThrow(/Invalid ladder data:[\s\S]*entry "3-5"/);
  });
});
