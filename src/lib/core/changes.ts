// What changed between two versions of a record of settings.

/**
 * The entries of `now` that differ from `before`, with a removed entry given as undefined:
 * { a: 1, b: 2 } after { a: 1, c: 3 } gives { b: 2, c: undefined }.
 */
export function changedEntries<Settings extends object>(now: Settings, before: Settings): Partial<Settings> {
  const changes: Partial<Settings> = {};
  const keys = new Set([...Object.keys(now), ...Object.keys(before)]) as Set<keyof Settings>;
  for (const key of keys) if (now[key] !== before[key]) changes[key] = now[key];
  return changes;
}
