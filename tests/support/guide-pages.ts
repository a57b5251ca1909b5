// Reads the guide's MDX frontmatter straight from content/guide, for tests that must agree with the real pages.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { GUIDE_WIDGET_NAMES } from '../../src/mdx/names.ts';

const GUIDE_DIR = new URL('../../content/guide/', import.meta.url);

export interface GuideFile {
  /** File name without .mdx: the page id. */
  id: string;
  /** Parsed frontmatter, unvalidated. */
  frontmatter: unknown;
  /** Whether the page uses one of the guide's widgets (a calculator embedded in the text, src/mdx/names.ts). */
  embedsWidget: boolean;
}

export function readGuideFiles(): GuideFile[] {
  return readdirSync(GUIDE_DIR)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const source = readFileSync(new URL(name, GUIDE_DIR), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
      return { id: name.replace(/\.mdx$/, ''), frontmatter: match ? parse(match[1]!) : undefined, embedsWidget: GUIDE_WIDGET_NAMES.some((name) => source.includes(`<${name}`)) };
    });
}

/** The site path of a guide page: "/guide/" for index.mdx. */
export const guidePath = (id: string): string => (id === 'index' ? '/guide/' : `/guide/${id}/`);

/** Paths of the guide pages that embed a calculator. */
export function guidePathsWithWidgets(): string[] {
  return readGuideFiles()
    .filter((file) => file.embedsWidget)
    .map((file) => guidePath(file.id));
}
