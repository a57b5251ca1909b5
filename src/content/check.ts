// Checks the content once per build, before any page renders: every data file and guide frontmatter against its
// schema, then every rule that spans entries. Runs in Node (the data-check integration and the unit tests).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { YAMLError, parse } from 'yaml';
import type { z } from 'astro/zod';
import { DATA_FILES, GUIDE_DIR, guideFile, type DataCollection } from './files';
import type { DataProblem } from './problems';
import { findLadderProblems } from './rules/ladder';
import { findPlatformProblems } from './rules/platforms';
import { findMatchSourceProblems, findSourceProblems } from './rules/sources';
import { answerSourceIds, findAnswerProblems } from './rules/answers';
import { readerToday } from '../lib/core/dates';
import { findReadinessProblems } from './rules/readiness';
import { findGuideProblems } from './rules/guide';
import { findGlossaryProblems } from './rules/glossary';
import { findGuideComponentProblems } from './rules/guide-components';
import { findQuotedFigureProblems } from './rules/quoted-figures';
import { DATA_SCHEMAS } from './schemas';
import { guidePageSchema, type GuidePage } from '../schemas/guide';

type DataOf<C extends DataCollection> = z.infer<(typeof DATA_SCHEMAS)[C]>;

/** Every content file, parsed and valid: what the rules read. */
export type ContentData = { [C in DataCollection]: DataOf<C>[] } & {
  /** Guide pages' frontmatter with their ids (file names without .mdx) and their MDX after the frontmatter. */
  guide: (GuidePage & { id: string; body: string })[];
};

/**
 * The rules that span entries or files. A new data topic adds its rule here (and its file to DATA_FILES and
 * DATA_SCHEMAS); each rule returns its problems, empty when the data is sound.
 */
export const CONTENT_RULES: readonly ((content: ContentData) => DataProblem[])[] = [
  ({ levels, transitions }) => findLadderProblems(levels, transitions),
  ({ transitions }) => findReadinessProblems(transitions),
  ({ platformRows, platforms }) => findPlatformProblems(platformRows, platforms),
  ({ sources, platforms, answers }) => findSourceProblems(sources, platforms, answerSourceIds(answers)),
  ({ answers, platforms, sources }) => findAnswerProblems(answers, platforms, sources),
  ({ sources, platforms }) => findMatchSourceProblems(platforms, sources, readerToday()),
  ({ guide, levels, transitions }) => findGuideProblems(guide, levels, transitions),
  ({ glossary, site, sources }) => findGlossaryProblems(glossary, site, sources.map((source) => source.id)),
  ({ guide, levels, transitions, figures, platforms }) => findGuideComponentProblems(guide, { levels, transitions, figures, platforms }),
  ({ figures }) => findQuotedFigureProblems(figures),
];

/** Schema issues as problems: the field, what is wrong and the schema's own advice. */
function schemaProblems(file: string, entry: string | undefined, error: z.ZodError): DataProblem[] {
  return error.issues.map((issue) => ({
    file,
    ...(entry === undefined ? {} : { entry }),
    problem: `${issue.path.length > 0 ? issue.path.join('.') : 'the entry'}: ${issue.message}`,
    fix: 'correct that field; each field is described in src/schemas/',
  }));
}

function parseYaml(text: string, file: string, problems: DataProblem[]): unknown {
  try {
    return parse(text);
  } catch (error) {
    const line = error instanceof YAMLError ? error.linePos?.[0].line : undefined;
    // The parser's first line says what is wrong and where ("… at line 3, column 1:"); the place is given apart.
    const what = (error as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    problems.push({ file, ...(line === undefined ? {} : { line }), problem: `it cannot be read as YAML: ${what}`, fix: 'fix the YAML syntax there' });
    return undefined;
  }
}

function readDataFile<C extends DataCollection>(root: string, collection: C, problems: DataProblem[]): DataOf<C>[] {
  const file = DATA_FILES[collection];
  const raw = parseYaml(readFileSync(join(root, file), 'utf8'), file, problems);
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ file, problem: 'it is not a list of entries', fix: 'write each entry as a list item starting with "- id:"' });
    return [];
  }
  return raw.flatMap((item: unknown, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    const result = DATA_SCHEMAS[collection].safeParse(item);
    if (result.success) return [result.data as DataOf<C>];
    problems.push(...schemaProblems(file, typeof id === 'string' ? id : `item ${i + 1}`, result.error));
    return [];
  });
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

function readGuide(root: string, problems: DataProblem[]): ContentData['guide'] {
  const names = readdirSync(join(root, GUIDE_DIR)).filter((name) => name.endsWith('.mdx'));
  return names.flatMap((name) => {
    const id = name.slice(0, -'.mdx'.length);
    const file = guideFile(id);
    const source = readFileSync(join(root, file), 'utf8');
    const match = FRONTMATTER.exec(source);
    if (!match) {
      problems.push({ file, problem: 'it has no frontmatter', fix: 'start the file with --- title, description, order, tools --- (see README)' });
      return [];
    }
    const result = guidePageSchema.safeParse(parseYaml(match[1]!, file, problems));
    if (result.success) return [{ id, ...result.data, body: source.slice(match[0].length) }];
    problems.push(...schemaProblems(file, undefined, result.error));
    return [];
  });
}

/**
 * The content under `root` and every problem in it: schema problems first; the rules run only on data that passed them.
 * The content is what passed its schema, so use it only when there are no problems.
 */
export function checkContent(root: string): { content: ContentData; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const content = {
    ...(Object.fromEntries(
      (Object.keys(DATA_FILES) as DataCollection[]).map((collection) => [collection, readDataFile(root, collection, problems)]),
    ) as { [C in DataCollection]: DataOf<C>[] }),
    guide: readGuide(root, problems),
  };
  return { content, problems: problems.length > 0 ? problems : CONTENT_RULES.flatMap((rule) => rule(content)) };
}

export function findContentProblems(root: string): DataProblem[] {
  return checkContent(root).problems;
}
