// The guide's structure: addresses, reading order and the table of contents. Pure, so it is unit-tested; the rules
// its pages must follow are checked at build time (src/content/rules/guide.ts).

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
