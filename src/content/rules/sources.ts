// Rules between the sources and the facts that cite them, which no per-entry schema can see. Pure: the build's
// content check (src/content/check.ts) runs it with the other rules, and unit tests call it directly.
import type { Platform } from '../../schemas/platforms';
import type { Source } from '../../schemas/sources';
import type { DataProblem } from '../problems';
import { DATA_FILES } from '../files';
import { isPossiblyOutdated } from '../../lib/platforms/sources';

const SOURCES_FILE = DATA_FILES.sources;
const PLATFORMS_FILE = DATA_FILES.platforms;
/** The career-ladder article the guide is built from is always this source. */
export const ARTICLE_SOURCE_ID = 'article';

/**
 * Every problem between sources.yaml and the facts of platforms.yaml; empty when the data is sound. `alsoCited`: the
 * sources other files cite (answers.yaml), which count as cited.
 */
export function findSourceProblems(
  sources: readonly Source[],
  platforms: readonly Pick<Platform, 'id' | 'facts'>[],
  alsoCited: readonly string[] = [],
): DataProblem[] {
  const problems: DataProblem[] = [];
  const ids = sources.map((s) => s.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) {
    problems.push({ file: SOURCES_FILE, problem: `source id "${id}" is used more than once`, fix: 'give each source its own id' });
  }
  const article = sources.find((s) => s.id === ARTICLE_SOURCE_ID);
  if (!article) {
    problems.push({
      file: SOURCES_FILE,
      problem: `there is no entry "${ARTICLE_SOURCE_ID}"`,
      fix: 'add the career-ladder article as a source with that id and kind "article"',
    });
  } else if (article.kind !== 'article') {
    problems.push({ file: SOURCES_FILE, entry: ARTICLE_SOURCE_ID, problem: `its kind is "${article.kind}"`, fix: 'set kind to "article"' });
  }
  for (const source of sources) {
    if (source.kind === 'article' && source.id !== ARTICLE_SOURCE_ID) {
      problems.push({
        file: SOURCES_FILE,
        entry: source.id,
        problem: `only the entry "${ARTICLE_SOURCE_ID}" may have kind "article"`,
        fix: 'choose official, press, third-party or worker-report',
      });
    }
  }

  const known = new Set(ids);
  const cited = new Set<string>(alsoCited);
  for (const platform of platforms) {
    for (const [rowId, facts] of Object.entries(platform.facts)) {
      (facts ?? []).forEach((fact, index) => {
        cited.add(fact.source);
        if (!known.has(fact.source)) {
          problems.push({
            file: PLATFORMS_FILE,
            entry: platform.id,
            problem: `facts.${rowId}.${index} cites the unknown source "${fact.source}"`,
            fix: `add it to ${SOURCES_FILE} or fix the id`,
          });
        }
      });
    }
  }
  for (const source of sources) {
    if (!cited.has(source.id)) {
      problems.push({
        file: SOURCES_FILE,
        entry: source.id,
        problem: 'no fact cites this source',
        fix: `cite it from a fact in ${PLATFORMS_FILE} or ${DATA_FILES.answers}, or remove it`,
      });
    }
  }
  return problems;
}

/**
 * Every ranking match that rests on a fact that may no longer hold: the fact its trait is quoted from must come from a
 * source not marked out of date on `today` (the build day), and a `strong` fit needs more than the article, which
 * carries no date. A trait found in no fact is reported by the platform rules (./platforms.ts).
 */
export function findMatchSourceProblems(
  platforms: readonly Pick<Platform, 'id' | 'facts' | 'matches'>[],
  sources: readonly Source[],
  today: string,
): DataProblem[] {
  const problems: DataProblem[] = [];
  const byId = new Map(sources.map((source) => [source.id, source]));
  for (const platform of platforms) {
    const facts = Object.values(platform.facts).flatMap((list) => list ?? []);
    for (const match of platform.matches) {
      const fact = facts.find((candidate) => candidate.text.includes(match.trait));
      const source = fact && byId.get(fact.source);
      if (!source) continue;
      const at = { file: PLATFORMS_FILE, entry: platform.id };
      if (isPossiblyOutdated(source, today)) {
        problems.push({
          ...at,
          problem: `the ${match.priority} match quotes "${match.trait}" from a fact whose source "${source.id}" is marked as possibly out of date`,
          fix: `re-read the source and update its checked date in ${SOURCES_FILE}, or match the priority on a fact that still holds`,
        });
      }
      if (match.fit === 'strong' && source.id === ARTICLE_SOURCE_ID) {
        problems.push({
          ...at,
          problem: `the ${match.priority} match is strong on "${match.trait}", a fact from the undated article alone`,
          fix: 'set fit to partial, or quote a fact from a dated or current source',
        });
      }
    }
  }
  return problems;
}
