// Rules between answers.yaml and the files it cites (platforms, sources), which no per-entry schema can see. Pure:
// the build's content check runs it with the other rules, and unit tests call it directly.
import type { Answer, AnswerFact } from '../../schemas/answers';
import { QUESTION_IDS } from '../../schemas/answers';
import type { Platform } from '../../schemas/platforms';
import type { Source } from '../../schemas/sources';
import type { DataProblem } from '../problems';
import { DATA_FILES } from '../files';

const ANSWERS_FILE = DATA_FILES.answers;

/** The sources answers.yaml cites, so the sources rule counts them as cited. */
export function answerSourceIds(answers: readonly Answer[]): string[] {
  return answers.flatMap((answer) => [
    ...answer.everyone.map((fact) => fact.source),
    ...(answer.signs ?? []).flatMap((sign) => sign.sources),
    ...Object.values(answer.platforms).flatMap((facts) => facts.map((fact) => fact.source)),
  ]);
}

/** Every problem in answers.yaml against the platforms and sources; empty when the data is sound. */
export function findAnswerProblems(
  answers: readonly Answer[],
  platforms: readonly Pick<Platform, 'id' | 'facts'>[],
  sources: readonly Pick<Source, 'id'>[],
): DataProblem[] {
  const problems: DataProblem[] = [];
  const known = new Set(sources.map((source) => source.id));
  const order = answers.map((answer) => answer.id);
  if (order.join() !== QUESTION_IDS.join()) {
    problems.push({
      file: ANSWERS_FILE,
      problem: `the questions are ${order.join(', ') || 'missing'}`,
      fix: `list each question once, in this order: ${QUESTION_IDS.join(', ')}`,
    });
  }
  for (const answer of answers) {
    const at = { file: ANSWERS_FILE, entry: answer.id };
    const unknownSource = (where: string, source: string) => {
      if (!known.has(source)) problems.push({ ...at, problem: `${where} cites the unknown source "${source}"`, fix: `add it to ${DATA_FILES.sources} or fix the id` });
    };
    answer.everyone.forEach((fact, index) => {
      unknownSource(`everyone.${index}`, fact.source);
      if ('row' in fact) {
        problems.push({ ...at, problem: `everyone.${index} points at a platform's row`, fix: 'write the fact as text with its source; a row belongs to one platform' });
      }
    });
    if (answer.signs && answer.id !== 'legit') {
      problems.push({ ...at, problem: 'it lists scam signs', fix: 'move the signs to the entry "legit"' });
    }
    (answer.signs ?? []).forEach((sign, index) => sign.sources.forEach((source) => unknownSource(`signs.${index}`, source)));
    for (const [platformId, facts] of Object.entries(answer.platforms)) {
      const platform = platforms.find((candidate) => candidate.id === platformId);
      if (!platform) {
        problems.push({ ...at, problem: `platforms lists "${platformId}", which is not in ${DATA_FILES.platforms}`, fix: 'use the id of a platform there' });
        continue;
      }
      facts.forEach((fact, index) => {
        const where = `platforms.${platformId}.${index}`;
        unknownSource(where, fact.source);
        if ('row' in fact) rowProblem(platform, fact, where).forEach((problem) => problems.push({ ...at, ...problem }));
      });
    }
  }
  return problems;
}

/** A `row` fact must pick exactly one fact of the platform's row in platforms.yaml. */
function rowProblem(platform: Pick<Platform, 'id' | 'facts'>, fact: Extract<AnswerFact, { row: string }>, where: string) {
  const matching = (platform.facts[fact.row] ?? []).filter((candidate) => candidate.source === fact.source);
  if (matching.length === 1) return [];
  return [
    matching.length === 0
      ? {
          problem: `${where} points at ${platform.id}'s "${fact.row}" fact from "${fact.source}", which ${DATA_FILES.platforms} does not have`,
          fix: 'name a row and source of one of that platform\'s facts, or write the fact as text',
        }
      : {
          problem: `${where} points at ${platform.id}'s "${fact.row}" facts from "${fact.source}", and there are ${matching.length}`,
          fix: 'write the fact as text: the row and source must pick one fact',
        },
  ];
}
