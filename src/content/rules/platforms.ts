import type { Platform, PlatformFact, PlatformRow } from '../../schemas/platforms';
import type { DataProblem } from '../problems';
import { DATA_FILES } from '../files';

const PLATFORMS_FILE = DATA_FILES.platforms;
const PLATFORM_ROWS_FILE = DATA_FILES.platformRows;

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/** The rows that may carry each kind of pay data, so the work log reads a schedule only where a schedule is stated. */
const PAY_DATA_ROWS = { schedules: 'paySchedule', minimum: 'payoutRules', firstPayoutHold: 'payoutRules' } as const;

/**
 * What a fact's pay data says that its text does not: every number, weekday and method in `schedules`, `minimum`
 * and `firstPayoutHold` must be in the words the reader sees ("14" in "on the 14th", "Thursday" in "on Thursdays").
 * The IANA zone is a name for the computer, not a claim, and is not looked for.
 */
function unstatedPayData(fact: PlatformFact): string[] {
  const data = { schedules: fact.schedules, minimum: fact.minimum, firstPayoutHold: fact.firstPayoutHold };
  const words: string[] = [];
  JSON.stringify(data, (key, value) => {
    if (key === 'zone' || key === 'kind') return undefined;
    if (typeof value === 'number' || (typeof value === 'string' && key !== '')) words.push(String(value));
    return value;
  });
  return words.filter((word) => !new RegExp(`(^|[^0-9A-Za-z])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(fact.text));
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
    for (const [rowId, facts] of Object.entries(platform.facts)) {
      (facts ?? []).forEach((fact, index) => {
        for (const [field, row] of Object.entries(PAY_DATA_ROWS)) {
          if (fact[field as keyof typeof PAY_DATA_ROWS] !== undefined && rowId !== row) {
            problems.push({ ...at, problem: `facts.${rowId}.${index} gives ${field}, which belongs to a ${row} fact`, fix: `move it to the fact under ${row}` });
          }
        }
        const unstated = unstatedPayData(fact);
        if (unstated.length > 0) {
          problems.push({
            ...at,
            problem: `facts.${rowId}.${index} gives ${unstated.map((word) => `"${word}"`).join(', ')} in its pay data, which its text does not say`,
            fix: 'say it in the text as the source does, or correct the pay data',
          });
        }
      });
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
