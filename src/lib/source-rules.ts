// Rules between the sources and the facts that cite them, which no per-entry schema can see. Pure, so it runs
// wherever the build checks its data and in unit tests alike.
import type { Platform } from '../schemas/platforms';
import type { Source } from '../schemas/sources';
import { PLATFORMS_FILE } from './platform-rules';

export const SOURCES_FILE = 'content/data/sources.yaml';
/** The career-ladder article the guide is built from is always this source. */
export const ARTICLE_SOURCE_ID = 'article';

/**
 * Every problem between sources.yaml and the facts of platforms.yaml, one readable message each (file, entry,
 * what is wrong and the fix); empty when the data is sound.
 */
export function findSourceProblems(sources: readonly Source[], platforms: readonly Pick<Platform, 'id' | 'facts'>[]): string[] {
  const problems: string[] = [];
  const ids = sources.map((s) => s.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) {
    problems.push(`${SOURCES_FILE}: source id "${id}" is used more than once; give each source its own id`);
  }
  const article = sources.find((s) => s.id === ARTICLE_SOURCE_ID);
  if (!article) {
    problems.push(`${SOURCES_FILE}: there is no entry "${ARTICLE_SOURCE_ID}"; add the career-ladder article as a source with that id`);
  } else if (article.kind !== 'article') {
    problems.push(`${SOURCES_FILE}, entry "${ARTICLE_SOURCE_ID}": kind must be "article"`);
  }
  for (const source of sources) {
    if (source.kind === 'article' && source.id !== ARTICLE_SOURCE_ID) {
      problems.push(`${SOURCES_FILE}, entry "${source.id}": only the entry "${ARTICLE_SOURCE_ID}" may have kind "article"; choose official, press, third-party or worker-report`);
    }
  }

  const known = new Set(ids);
  const cited = new Set<string>();
  for (const platform of platforms) {
    for (const [rowId, facts] of Object.entries(platform.facts)) {
      (facts ?? []).forEach((fact, index) => {
        cited.add(fact.source);
        if (!known.has(fact.source)) {
          problems.push(
            `${PLATFORMS_FILE}, entry "${platform.id}": facts.${rowId}.${index} cites the unknown source "${fact.source}"; add it to ${SOURCES_FILE} or fix the id`,
          );
        }
      });
    }
  }
  for (const source of sources) {
    if (!cited.has(source.id)) {
      problems.push(`${SOURCES_FILE}, entry "${source.id}": no fact cites this source; cite it from a fact in ${PLATFORMS_FILE} or remove it`);
    }
  }
  return problems;
}
