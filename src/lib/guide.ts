// The guide's structure: addresses, reading order, the rules its pages follow and the table of contents. Pure, so it
// is unit-tested.
import type { DataProblem } from './data-problems';
import { DATA_FILES, GUIDE_DIR } from './data-files';
import { presetRanks, type ToolPreset } from './tools';

/** The id of content/guide/index.mdx, which is the guide's front page. */
export const GUIDE_INDEX_ID = 'index';

/** Site path of a guide page: "/guide/" for the index, "/guide/reviewer/" for the rest. */
export function guideHref(id: string): string {
  return id === GUIDE_INDEX_ID ? '/guide/' : `/guide/${id}/`;
}

export interface GuidePageRef {
  id: string;
  title: string;
  order: number;
}

/** Pages in reading (ladder) order. The build refuses two pages with one order (see findGuideProblems). */
export function inReadingOrder<T extends GuidePageRef>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => a.order - b.order);
}

/** The pages before and after `id` in reading order (undefined at either end). */
export function neighbours<T extends GuidePageRef>(pages: readonly T[], id: string): { previous?: T; next?: T } {
  const ordered = inReadingOrder(pages);
  const at = ordered.findIndex((p) => p.id === id);
  if (at === -1) return {};
  return { previous: ordered[at - 1], next: ordered[at + 1] };
}

/** The file of a guide page, for messages: "content/guide/reviewer.mdx". */
export const guideFile = (id: string): string => `${GUIDE_DIR}/${id}.mdx`;

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

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The headings a table of contents lists: sections (h2) and their subsections (h3), nested. */
export interface TocEntry {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

export function tableOfContents(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const h of headings) {
    if (h.depth === 2) toc.push({ slug: h.slug, text: h.text, children: [] });
    else if (h.depth === 3) {
      const section = toc.at(-1);
      if (section) section.children.push({ slug: h.slug, text: h.text });
      else toc.push({ slug: h.slug, text: h.text, children: [] });
    }
  }
  return toc;
}
