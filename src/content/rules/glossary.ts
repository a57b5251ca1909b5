// Rules across the glossary's entries and the site facts, which one entry's schema cannot see.
import type { DataProblem } from '../problems';
import { DATA_FILES } from '../files';
import type { TermForms } from '../../lib/glossary';

/**
 * Problems across glossary entries and the site facts that one entry's schema cannot see: an id or a linked form used
 * twice (a form could only link to one entry), a source that sources.yaml lacks, or a site.yaml without one entry.
 */
export function findGlossaryProblems(
  entries: readonly (TermForms & { term: string; source?: string | undefined })[],
  siteEntries: readonly unknown[],
  sourceIds: readonly string[],
): DataProblem[] {
  const problems: DataProblem[] = [];
  const formOwner = new Map<string, string>();
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) {
      problems.push({ file: DATA_FILES.glossary, entry: entry.id, problem: 'the id is used twice', fix: 'give each term its own id' });
    }
    ids.add(entry.id);
    if (entry.source !== undefined && !sourceIds.includes(entry.source)) {
      problems.push({
        file: DATA_FILES.glossary,
        entry: entry.id,
        problem: `source "${entry.source}" is not in ${DATA_FILES.sources}`,
        fix: 'use the id of an entry in sources.yaml',
      });
    }
    for (const form of entry.forms) {
      const key = form.toLowerCase();
      const owner = formOwner.get(key);
      if (owner !== undefined && owner !== entry.id) {
        problems.push({
          file: DATA_FILES.glossary,
          entry: entry.id,
          problem: `the form "${form}" is also listed under "${owner}"`,
          fix: 'list each form under one term only, so a use links to one definition',
        });
      }
      formOwner.set(key, entry.id);
    }
  }
  if (siteEntries.length !== 1) {
    problems.push({ file: DATA_FILES.site, problem: `it holds ${siteEntries.length} entries`, fix: 'keep exactly one entry, with id: site' });
  }
  return problems;
}
