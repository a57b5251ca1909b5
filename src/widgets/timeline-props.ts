// What the promotion timelines need of the levels and steps, and no more, to keep the serialised props small.
import { getLadder } from '../content/collections';
import type { StepData } from '../lib/timeline/timeline';
import type { TimelineLevel } from '../islands/timeline/use-timeline';

export async function timelineProps(): Promise<{ levels: TimelineLevel[]; steps: StepData[] }> {
  const { levels, transitions } = await getLadder();
  return {
    levels: levels.map(({ rank, role, pay }) => ({ rank, role, pay })),
    steps: transitions.map(({ from, to, months, weeklyHours, guidePath }) => ({ from, to, months, weeklyHours, guidePath })),
  };
}
