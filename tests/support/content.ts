// The real content as the build reads it: every file of content/ parsed, validated against its schema and checked by
// the rules across entries (src/content/check.ts). The one way the unit tests get content, so no test reads a value
// the build would refuse. A test that needs a broken copy edits `rawDataFile` output and runs the check itself.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checkContent, type ContentData } from '../../src/content/check';
import { describeProblem } from '../../src/content/problems';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let content: ContentData | undefined;

/** The validated content; throws, listing the problems, if the build would refuse it. */
export function realContent(): ContentData {
  if (!content) {
    const checked = checkContent(ROOT);
    if (checked.problems.length > 0) throw new Error(`The content has problems:\n${checked.problems.map(describeProblem).join('\n')}`);
    content = checked.content;
  }
  return content;
}

/** A data file as written, unvalidated: only for tests of the schemas and the check themselves. */
export function rawDataFile(name: string): unknown {
  return parse(readFileSync(new URL(`../../content/data/${name}`, import.meta.url), 'utf8'));
}
