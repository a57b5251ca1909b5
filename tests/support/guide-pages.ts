// Reads the guide's MDX frontmatter straight from content/guide, for tests that must agree with the real pages.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

const GUIDE_DIR = new URL('../../content/guide/', import.meta.url);

export interface GuideFile {
  /** File name without .mdx: the page id. */
  id: string;
  /** Parsed frontmatter, unvalidated. */
  frontmatter: unknown;
}

export function readGuideFiles(): GuideFile[] {
  return readdirSync(GUIDE_DIR)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const match = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(new URL(name, GUIDE_DIR), 'utf8'));
      return { id: name.replace(/\.mdx$/, ''), frontmatter: match ? parse(match[1]!) : undefined };
    });
}
