// Rules between the guide pages and the ladder data, which no page's frontmatter schema can see.
import type { DataProblem } from '../problems';
import { DATA_FILES, GUIDE_DIR, guideFile } from '../files';
import { GUIDE_INDEX_ID, guideHref, inReadingOrder, type GuidePageRef } from '../../lib/guide';
import { presetRanks, type ToolPreset } from '../../lib/tools';

interface GuidePageData extends GuidePageRef {
  tools: readonly ToolPreset[];
}

/**
 * Rules between the guide pages and the ladder data: one page per place in the reading order, a front page, tool
 * presets that name real levels, and a page for every step that points to one.
 */
export function findGuideProblems(
  pages: readonly GuidePageData[],
  levels: readonly { rank: number }[],
  transitions: readonly { id: string; guidePath: string }[],
): DataProblem[] {
  const problems: DataProblem[] = [];
  if (!pages.some((p) => p.id === GUIDE_INDEX_ID)) {
    problems.push({ file: GUIDE_DIR, problem: 'there is no index.mdx', fix: 'add content/guide/index.mdx, the guide\'s front page' });
  }
  const ordered = inReadingOrder(pages);
  ordered.forEach((page, i) => {
    const next = ordered[i + 1];
    if (next && next.order === page.order) {
      problems.push({
        file: guideFile(next.id),
        problem: `order ${page.order} is also the order of "${page.id}"`,
        fix: 'give each page its own order (its place in the reading order)',
      });
    }
  });
  const ranks = new Set(levels.map((l) => l.rank));
  for (const page of pages) {
    for (const preset of page.tools) {
      for (const rank of presetRanks(preset)) {
        if (!ranks.has(rank)) {
          problems.push({
            file: guideFile(page.id),
            problem: `tools: ${preset.tool} presets level ${rank}, which ${DATA_FILES.levels} does not define`,
            fix: `use a level from 1 to ${levels.length}`,
          });
        }
      }
      if (preset.tool === 'promotion-timeline' && preset.from !== undefined && preset.to !== undefined && preset.from >= preset.to) {
        problems.push({
          file: guideFile(page.id),
          problem: `tools: promotion-timeline goes from level ${preset.from} to level ${preset.to}`,
          fix: 'set from to a lower level than to',
        });
      }
    }
  }
  const paths = new Set(pages.map((p) => guideHref(p.id)));
  for (const step of transitions) {
    if (!paths.has(step.guidePath)) {
      problems.push({
        file: DATA_FILES.transitions,
        entry: step.id,
        problem: `guidePath ${step.guidePath} is not a guide page`,
        fix: `add ${GUIDE_DIR}/<slug>.mdx for it, or point guidePath at one of ${[...paths].join(', ')}`,
      });
    }
  }
  return problems;
}
