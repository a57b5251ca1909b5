import type { Platform, PlatformRow } from '../schemas/platforms';

export const PLATFORMS_FILE = 'content/data/platforms.yaml';
export const PLATFORM_ROWS_FILE = 'content/data/platform-rows.yaml';

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/**
 * Rules between the platforms and the comparison rows that a per-entry schema cannot see.
 * Returns one readable message per problem (file, entry, what is wrong and the fix); empty when the data is sound.
 */
export function findPlatformProblems(rows: readonly PlatformRow[], platforms: readonly Platform[]): string[] {
  const problems: string[] = [];
  if (rows.length === 0) problems.push(`${PLATFORM_ROWS_FILE}: there are no rows; add at least one`);
  if (platforms.length === 0) problems.push(`${PLATFORMS_FILE}: there are no platforms; add at least one`);
  for (const id of duplicates(rows.map((r) => r.id))) {
    problems.push(`${PLATFORM_ROWS_FILE}: row id "${id}" is used more than once; give each row its own id`);
  }
  for (const id of duplicates(platforms.map((p) => p.id))) {
    problems.push(`${PLATFORMS_FILE}: platform id "${id}" is used more than once; give each platform its own id`);
  }
  for (const order of duplicates(rows.map((r) => String(r.order)))) {
    problems.push(`${PLATFORM_ROWS_FILE}: order ${order} is used by more than one row; give each row its own place`);
  }
  for (const order of duplicates(platforms.map((p) => String(p.order)))) {
    problems.push(`${PLATFORMS_FILE}: order ${order} is used by more than one platform; give each platform its own place`);
  }
  const rowIds = new Set(rows.map((r) => r.id));
  for (const platform of platforms) {
    const where = `${PLATFORMS_FILE}, entry "${platform.id}"`;
    for (const id of Object.keys(platform.facts)) {
      if (!rowIds.has(id)) {
        problems.push(`${where}: facts.${id} is not a row of ${PLATFORM_ROWS_FILE}; add that row or fix the spelling`);
      }
    }
    const facts = Object.values(platform.facts).flatMap((list) => list ?? []);
    for (const match of platform.matches) {
      if (!facts.some((fact) => fact.text.includes(match.trait))) {
        problems.push(
          `${where}: the trait "${match.trait}" for priority "${match.priority}" must be quoted word for word from one of its facts`,
        );
      }
    }
    for (const priority of duplicates(platform.matches.map((m) => m.priority))) {
      problems.push(`${where}: priority "${priority}" is matched more than once; keep the best-fitting trait only`);
    }
  }
  return problems;
}

/** Throws one error listing every problem, so bad data stops the build; `extra` adds the problems of related rules. */
export function assertPlatforms(rows: readonly PlatformRow[], platforms: readonly Platform[], extra: readonly string[] = []): void {
  const problems = [...findPlatformProblems(rows, platforms), ...extra];
  if (problems.length > 0) {
    throw new Error(`Invalid platform data:\n- ${problems.join('\n- ')}`);
  }
}
