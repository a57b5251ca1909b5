// Issue 12 items 2 and 3: the folders' rules, checked on the source so a change that breaks them fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

function filesUnder(folder: string, pattern: RegExp): string[] {
  return readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .map((name) => join(SRC, folder, name));
}

/** Source without comments, so a comment that mentions `window` is not taken for code that uses it. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const where = (file: string) => relative(SRC, file);

describe('src/lib/ is pure', () => {
  const BROWSER_OR_BUILD = /\b(window|document|localStorage|sessionStorage|indexedDB|navigator)\s*\.|from\s+['"]astro:content['"]/;
  const files = filesUnder('lib', /\.ts$/);

  it('has modules to check', () => expect(files.length).toBeGreaterThan(10));

  it('no module touches the browser, storage or the content collections', () => {
    expect(files.filter((file) => BROWSER_OR_BUILD.test(code(file))).map(where)).toEqual([]);
  });

  it('the check itself catches a module that reads the address bar or the collections', () => {
    expect(BROWSER_OR_BUILD.test('const { pathname } = window.location;')).toBe(true);
    expect(BROWSER_OR_BUILD.test("import { getCollection } from 'astro:content';")).toBe(true);
    expect(BROWSER_OR_BUILD.test('const window = windowEnding(today, 30);')).toBe(false);
  });
});

describe('thin islands and one direction', () => {
  const islands = filesUnder('islands', /^[^/]+\.tsx$/);

  it('no island is over 200 lines', () => {
    expect(islands.length).toBeGreaterThan(4);
    const long = islands.map((file) => [where(file), readFileSync(file, 'utf8').split('\n').length - 1] as const).filter(([, lines]) => lines > 200);
    expect(long).toEqual([]);
  });

  it('islands never import each other (shared pieces live in src/islands/parts/)', () => {
    const crossImports = islands.filter((file) => /from\s+['"]\.\/[A-Z][^'"/]*['"]/.test(code(file))).map(where);
    expect(crossImports).toEqual([]);
  });

  it('Astro components do not import islands, and the layout does not import build integrations', () => {
    const components = filesUnder('components', /\.astro$/).filter((file) => /from\s+['"][^'"]*\/islands\/[A-Z][^'"/]*['"]/.test(code(file)));
    expect(components.map(where)).toEqual([]);
    const layouts = filesUnder('layouts', /\.astro$/).filter((file) => /from\s+['"][^'"]*\/integrations\//.test(code(file)));
    expect(layouts.map(where)).toEqual([]);
  });
});
