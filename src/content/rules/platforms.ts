import type { Platform, PlatformRow } from '../../schemas/platforms';
import type { DataProblem } from '../problems';
import { DATA_FILES } from '../files';

const PLATFORMS_FILE = DATA_FILES.platforms;
const PLATFORM_ROWS_FILE = DATA_FILES.platformRows;

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/** Rules between the platforms and the comparison rows that a per-entry schema cannot see. */
export function findPlatformProblems(rows: readonly PlatformRow[], platforms: readonly Platform[]): DataProblem[] {
  const problems: DataProblem[] = [];
  if (rows.length === 0) problems.push({ file: PLATFORM_ROWS_FILE, problem: 'there are no rows', fix: 'add at least one' });
  if (platforms.length === 0) problems.push({ file: PLATFORMS_FILE, problem: 'there are no platforms', fix: 'add at least one' });
  for (const id of duplicates(rows.map((r) => r.id))) {
    problems.push({ file: PLATFORM_ROWS_FILE, problem: `row id "${id}" is used more than once`, fix: 'give each row its own id' });
  }
  for (const id of duplicates(platforms.map((p) => p.id))) {
    problems.push({ file: PLATFORMS_FILE, problem: `platform id "${id}" is used more than once`, fix: 'give each platform its own id' });
  }
  for (const order of duplicates(rows.map((r) => String(r.order)))) {
    problems.push({ file: PLATFORM_ROWS_FILE, problem: `order ${order} is used by more than one row`, fix: 'give each row its own place' });
  }
  for (const order of duplicates(platforms.map((p) => String(p.order)))) {
    problems.push({
      file: PLATFORMS_FILE,
      problem: `order ${order} is used by more than one platform`,
      fix: 'give each platform its own place',
    });
  }
  const rowIds = new Set(rows.map((r) => r.id));
  for (const platform of platforms) {
    const at = { file: PLATFORMS_FILE, entry: platform.id };
    for (const id of Object.keys(platform.facts)) {
      if (!rowIds.has(id)) {
        problems.push({ ...at, problem: `facts.${id} is not a row of ${PLATFORM_ROWS_FILE}`, fix: 'add that row or fix the spelling' });
      }
    }
    const facts = Object.values(platform.facts).flatMap((list) => list ?? []);
    for (const match of platform.matches) {
      if (!facts.some((fact) => fact.text.includes(match.trait))) {
        problems.push({
          ...at,
          problem: `the trait "${match.trait}" for priority "${match.priority}" is not in any of its facts`,
          fix: 'the trait must be quoted word for word from one of its facts',
        });
      }
    }
    for (const priority of duplicates(platform.matches.map((m) => m.priority))) {
      problems.push({ ...at, problem: `priority "${priority}" is matched more than once`, fix: 'keep the best-fitting trait only' });
    }
  }
  return problems;
}
