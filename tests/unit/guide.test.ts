import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  guideHref,
  inReadingOrder,
  neighbours,
  tableOfContents,
  toolLinksFor,
  type GuidePageRef,
} from '../../src/lib/guide';
import { levelSchema } from '../../src/schemas/levels';
import { transitionSchema } from '../../src/schemas/transitions';
import { readDataFile } from './data-files';

const levels = (readDataFile('levels.yaml') as unknown[]).map((l) => levelSchema.parse(l));
const steps = (readDataFile('transitions.yaml') as unknown[]).map((t) => transitionSchema.parse(t));

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

  it('refuses two pages with the same order, naming both', () => {
    expect(() => inReadingOrder([...pages, { id: 'team-lead', title: 'Lead', order: 2 }])).toThrow(
      /"reviewer" and "team-lead" both have order 2|"team-lead" and "reviewer" both have order 2/,
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
  it('a step page presets the pay estimator and readiness check at the level it reaches, and the timeline for the step', () => {
    for (const step of steps) {
      const id = step.guidePath.split('/')[2]!;
      const hrefs = toolLinksFor(id, steps, levels).map((l) => l.href);
      expect(hrefs).toEqual([
        `/tools/pay-estimator/?level=${step.to}`,
        `/tools/promotion-timeline/?from=${step.from}&to=${step.to}`,
        `/tools/readiness/?target=${step.to}`,
      ]);
    }
  });

  it('the reviewer page opens the pay estimator at Level 3 and names the role', () => {
    const [pay] = toolLinksFor('reviewer', steps, levels);
    expect(pay).toEqual({ href: '/tools/pay-estimator/?level=3', label: 'Estimate your pay as Reviewer/QA (Level 3)' });
  });

  it('other pages get the tool that fits them', () => {
    expect(toolLinksFor('platforms', steps, levels)[0]!.href).toBe('/tools/platform-comparison/');
    expect(toolLinksFor('timeline', steps, levels)[0]!.href).toBe('/tools/promotion-timeline/?from=1&to=5');
    expect(toolLinksFor('index', steps, levels)[0]!.href).toBe('/tools/pay-estimator/?level=1');
    expect(toolLinksFor('common-mistakes', steps, levels)[0]!.href).toBe('/tools/readiness/?target=2');
    expect(toolLinksFor('something-else', steps, levels)).toEqual([]);
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
