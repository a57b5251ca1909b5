// Reads the real data files the way the build does, for tests that must agree with them.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export function readDataFile(name: string): unknown {
  return parse(readFileSync(new URL(`../../content/data/${name}`, import.meta.url), 'utf8'));
}
