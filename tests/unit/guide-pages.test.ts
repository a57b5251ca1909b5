// The real guide pages' frontmatter, checked with the same schema the build uses.
import { describe, expect, it } from 'vitest';
import { guidePageSchema } from '../../src/schemas/guide';
import { readGuideFiles } from '../support/guide-pages';
import { realContent } from '../support/content';

/** The pages the data links to (each step's guide page), plus the front page. */
const linkedPages = [
  'index',
  ...realContent().transitions.map((step) => step.guidePath.split('/')[2]!),
];

const pages = readGuideFiles();

function problems(value: unknown): string {
  const result = guidePageSchema.safeParse(value);
  return result.success ? '' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

describe('guide pages', () => {
  it('the front page and every page a step links to exist', () => {
    expect(pages.map((p) => p.id)).toEqual(expect.arrayContaining(linkedPages));
  });

  it.each(pages.map((p) => [p.id, p.frontmatter] as const))('%s has valid frontmatter', (_id, frontmatter) => {
    expect(problems(frontmatter)).toBe('');
  });

  it('titles, descriptions and orders are unique', () => {
    const data = pages.map((p) => guidePageSchema.parse(p.frontmatter));
    for (const key of ['title', 'description', 'order'] as const) {
      expect(new Set(data.map((d) => d[key])).size, key).toBe(data.length);
    }
  });

  it.each(pages.map((p) => [p.id, p.frontmatter] as const))(
    '%s would fail the build without its title or description',
    (_id, frontmatter) => {
      const { title: _title, ...withoutTitle } = frontmatter as Record<string, unknown>;
      const { description: _description, ...withoutDescription } = frontmatter as Record<string, unknown>;
      expect(problems(withoutTitle)).toMatch(/^title: /);
      expect(problems(withoutDescription)).toMatch(/^description: /);
    },
  );
});
