// The guide's structure: addresses, reading order, tool links and the table of contents. Pure, so it is unit-tested.
import { buildQuery } from './url-state';

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

/** Pages in reading (ladder) order; an error names any two pages that share an order, since the order would be a guess. */
export function inReadingOrder<T extends GuidePageRef>(pages: readonly T[]): T[] {
  const sorted = [...pages].sort((a, b) => a.order - b.order);
  sorted.forEach((page, i) => {
    const next = sorted[i + 1];
    if (next && next.order === page.order) {
      throw new Error(`content/guide: "${page.id}" and "${next.id}" both have order ${page.order}; give each page its own order`);
    }
  });
  return sorted;
}

/** The pages before and after `id` in reading order (undefined at either end). */
export function neighbours<T extends GuidePageRef>(pages: readonly T[], id: string): { previous?: T; next?: T } {
  const ordered = inReadingOrder(pages);
  const at = ordered.findIndex((p) => p.id === id);
  if (at === -1) return {};
  return { previous: ordered[at - 1], next: ordered[at + 1] };
}

export const payEstimatorHref = (level: number): string => `/tools/pay-estimator/${buildQuery({ level })}`;
export const promotionTimelineHref = (from: number, to: number): string =>
  `/tools/promotion-timeline/${buildQuery({ from, to })}`;
export const readinessHref = (target: number): string => `/tools/readiness/${buildQuery({ target })}`;
export const PLATFORM_COMPARISON_HREF = '/tools/platform-comparison/';

export interface ToolLink {
  href: string;
  /** Link text that says what the tool will do, with its preset. */
  label: string;
}

interface StepRef {
  from: number;
  to: number;
  guidePath: string;
}

interface LevelRef {
  rank: number;
  role: string;
}

/**
 * The tools that fit a guide page, with their inputs preset. A page that explains a promotion step (a transition's
 * guidePath) gets the pay estimator at the level it reaches, the timeline for that step and the readiness check.
 */
export function toolLinksFor(id: string, steps: readonly StepRef[], levels: readonly LevelRef[]): ToolLink[] {
  const roleOf = (rank: number) => levels.find((l) => l.rank === rank)?.role ?? `Level ${rank}`;
  const step = steps.find((s) => s.guidePath === guideHref(id));
  if (step) {
    return [
      { href: payEstimatorHref(step.to), label: `Estimate your pay as ${roleOf(step.to)} (Level ${step.to})` },
      { href: promotionTimelineHref(step.from, step.to), label: `Plan the move from Level ${step.from} to Level ${step.to}` },
      { href: readinessHref(step.to), label: 'Check your readiness' },
    ];
  }
  const ranks = levels.map((l) => l.rank);
  const lowest = Math.min(...ranks);
  const highest = Math.max(...ranks);
  switch (id) {
    case GUIDE_INDEX_ID:
      return [{ href: payEstimatorHref(lowest), label: `Estimate your pay, starting at Level ${lowest}` }];
    case 'platforms':
      return [{ href: PLATFORM_COMPARISON_HREF, label: 'Compare the platforms side by side' }];
    case 'timeline':
      return [
        { href: promotionTimelineHref(lowest, highest), label: `Plan your own timeline from Level ${lowest} to Level ${highest}` },
      ];
    case 'common-mistakes':
      return [{ href: readinessHref(lowest + 1), label: `Check your readiness for Level ${lowest + 1}` }];
    default:
      return [];
  }
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
