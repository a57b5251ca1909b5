import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { guideHref, inReadingOrder, neighbours, tableOfContents, type GuidePageRef } from '../../src/lib/guide';
import { TOOLS, toolLink } from '../../src/lib/tools';
import { findGuideProblems } from '../../src/content/rules/guide';
import { describeProblem } from '../../src/content/problems';
import { realContent } from '../support/content';

const levels = realContent().levels;
const steps = realContent().transitions;

const pages: GuidePageRef[] = [
  { id: 'reviewer', title: 'Reviewer', order: 2 },
  { id: 'index', title: 'Ladder', order: 0 },
  { id: 'advanced-tasker', title: 'Advanced', order: 1 },
];

describe('guide addresses and order', () => {
  it('the index page is /guide/, the others /guide/<id>/', () => {
    expect(guideHref('index')).toBe('/guide/');
    expect(guideHref('team-lead')).toBe('/guide/team-lead/');
  });

  it('sorts pages by order, whatever order they arrive in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(pages, { minLength: 3, maxLength: 3 }), (shuffled) => {
        expect(inReadingOrder(shuffled).map((p) => p.id)).toEqual(['index', 'advanced-tasker', 'reviewer']);
      }),
    );
  });

  it('gives previous and next neighbours, none beyond the ends', () => {
    expect(neighbours(pages, 'advanced-tasker')).toEqual({ previous: pages[1], next: pages[0] });
    expect(neighbours(pages, 'index').previous).toBeUndefined();
    expect(neighbours(pages, 'reviewer').next).toBeUndefined();
    expect(neighbours(pages, 'unknown')).toEqual({});
  });
});

describe('tool links', () => {
  it('every tool path is /tools/<id>/, so the registry is the one list of them', () => {
    for (const [id, tool] of Object.entries(TOOLS)) expect(tool.path).toBe(`/tools/${id}/`);
  });

  it('presets each tool through its address, naming the level where there is one', () => {
    expect(toolLink({ tool: 'pay-estimator', level: 3 }, levels)).toEqual({
      href: '/tools/pay-estimator/?level=3',
      label: 'Estimate your pay as Reviewer/QA (Level 3)',
    });
    expect(toolLink({ tool: 'promotion-timeline', from: 2, to: 3 }, levels)).toEqual({
      href: '/tools/promotion-timeline/?from=2&to=3',
      label: 'Plan the move from Level 2 to Level 3',
    });
    expect(toolLink({ tool: 'readiness', target: 4 }, levels)).toEqual({
      href: '/tools/readiness/?target=4',
      label: 'Check your readiness for Level 4',
    });
    expect(toolLink({ tool: 'platform-comparison' }, levels)).toEqual({
      href: '/tools/platform-comparison/',
      label: 'Compare the platforms side by side',
    });
  });

  it('without a preset the link opens the tool at its defaults', () => {
    expect(toolLink({ tool: 'pay-estimator' }, levels)).toEqual({ href: '/tools/pay-estimator/', label: 'Estimate your pay' });
    expect(toolLink({ tool: 'promotion-timeline' }, levels).href).toBe('/tools/promotion-timeline/');
    expect(toolLink({ tool: 'readiness' }, levels).href).toBe('/tools/readiness/');
  });
});

describe('rules across the guide pages and the data', () => {
  const page = (id: string, order: number, tools: Parameters<typeof findGuideProblems>[0][number]['tools'] = []) => ({
    id,
    title: id,
    order,
    tools,
  });
  const real = steps.map((step, i) => page(step.guidePath.split('/')[2]!, i + 1));
  const sound = [page('index', 0), ...real];
  const problemsOf = (pages: Parameters<typeof findGuideProblems>[0]) => findGuideProblems(pages, levels, steps).map(describeProblem);

  it('a front page and one page per step are sound', () => expect(problemsOf(sound)).toEqual([]));

  it('refuses two pages with the same order, naming the file', () => {
    expect(problemsOf([...sound, page('extra', 1)])).toEqual([
      expect.stringMatching(/^content\/guide\/(extra|advanced-tasker)\.mdx: order 1 is also the order of "(advanced-tasker|extra)"; give each page its own order/),
    ]);
  });

  it('refuses a preset level the levels file does not define, and a timeline that goes down', () => {
    expect(problemsOf([...sound, page('extra', 9, [{ tool: 'readiness', target: 9 }, { tool: 'promotion-timeline', from: 3, to: 2 }])])).toEqual([
      `content/guide/extra.mdx: tools: readiness presets level 9, which content/data/levels.yaml does not define; use a level from 1 to ${levels.length}`,
      'content/guide/extra.mdx: tools: promotion-timeline goes from level 3 to level 2; set from to a lower level than to',
    ]);
  });

  it('needs a page for every step that points to one, and a front page', () => {
    const found = problemsOf(sound.filter((p) => p.id !== 'reviewer' && p.id !== 'index'));
    expect(found[0]).toMatch(/^content\/guide: there is no index\.mdx/);
    expect(found[1]).toMatch(/^content\/data\/transitions\.yaml, entry "2-3": guidePath \/guide\/reviewer\/ is not a guide page/);
    expect(found).toHaveLength(2);
  });
});

describe('table of contents', () => {
  it('nests h3 under the h2 before it and leaves out other depths', () => {
    const toc = tableOfContents([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1' }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });

  it('keeps an h3 that comes before any h2 as a top-level entry', () => {
    expect(tableOfContents([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ slug: 'x', text: 'X', children: [] }]);
  });

  it('lists every h2 exactly once, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 30 }), (depths) => {
        const headings = depths.map((depth, i) => ({ depth, slug: `h${i}`, text: `H${i}` }));
        const expected = headings.filter((h) => h.depth === 2).map((h) => h.slug);
        expect(tableOfContents(headings).map((e) => e.slug).filter((s) => expected.includes(s))).toEqual(expected);
      }),
    );
  });
});
