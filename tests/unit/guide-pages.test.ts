// The real guide pages' frontmatter, checked with the same schema the build uses.
import { describe, expect, it } from 'vitest';
import { guidePageSchema } from '../../src/schemas/guide';
import { readGuideFiles } from '../support/guide-pages';

/** The pages other parts of the site link to; their files must exist. */
const REQUIRED_PAGES = ['index', 'advanced-tasker', 'reviewer', 'team-lead', 'project-manager', 'platforms', 'common-mistakes', 'timeline'];

const pages = readGuideFiles();

function problems(value: unknown): string {
  const result = guidePageSchema.safeParse(value);
  return result.success ? '' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

describe('guide pages', () => {
  it('every required page exists', () => {
    expect(pages.map((p) => p.id).sort()).toEqual([...REQUIRED_PAGES].sort());
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
