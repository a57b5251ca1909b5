// The floor plan of src/, checked on the source so a change that breaks it fails here (README, docs/architecture.md).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const SRC = join(ROOT, 'src');

function filesUnder(folder: string, pattern: RegExp): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .map((name) => join(folder, name));
}

/** Source without comments, so a comment that mentions `window` is not taken for code that uses it. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const where = (file: string) => relative(ROOT, file);
const SOURCE = /\.(ts|tsx|astro|mjs)$/;
const EXTENSIONS = ['', '.ts', '.tsx', '.astro', '.mjs', '/index.ts'];

/**
 * The files of the tree that `file` names by a relative path: static, dynamic and side-effect imports, and
 * `new URL('./…', import.meta.url)` (how astro.config.mjs points Vite at a file).
 */
function importsOf(file: string): string[] {
  const specs = [...code(file).matchAll(/(?:from\s*|import\s*\(\s*|import\s+|new URL\(\s*)['"](\.{1,2}\/[^'"?]+)/g)].map((m) => m[1]!);
  return specs.flatMap((spec) => {
    const base = resolve(dirname(file), spec);
    const found = EXTENSIONS.map((ext) => base + ext).find((path) => existsSync(path) && statSync(path).isFile());
    return found ? [found] : [];
  });
}

const ALL = [...filesUnder(SRC, SOURCE), join(ROOT, 'astro.config.mjs')];
const inFolder = (folder: string) => (file: string) => file.startsWith(join(SRC, folder) + '/');
const importing = (files: readonly string[], target: (file: string) => boolean) =>
  files.flatMap((file) => importsOf(file).filter(target).map((imported) => `${where(file)} → ${where(imported)}`));

describe('src/lib/: pure logic in topic folders', () => {
  const lib = filesUnder(join(SRC, 'lib'), /\.ts$/);
  const BROWSER_OR_BUILD = /\b(window|document|localStorage|sessionStorage|indexedDB|navigator)\s*\.|from\s+['"]astro:content['"]/;

  it('touches no browser API, storage or content collection', () => {
    expect(lib.length).toBeGreaterThan(10);
    expect(lib.filter((file) => BROWSER_OR_BUILD.test(code(file))).map(where)).toEqual([]);
  });

  it('the check itself catches a module that reads the address bar or the collections', () => {
    expect(BROWSER_OR_BUILD.test('const { pathname } = window.location;')).toBe(true);
    expect(BROWSER_OR_BUILD.test("import { getCollection } from 'astro:content';")).toBe(true);
    expect(BROWSER_OR_BUILD.test('const window = windowEnding(today, 30);')).toBe(false);
  });

  it('imports only itself and the schemas (for types)', () => {
    expect(importing(lib, (file) => !inFolder('lib')(file) && !inFolder('schemas')(file))).toEqual([]);
  });

  it('keeps at most 8 files directly in src/lib/; the rest sit in topic folders', () => {
    const loose = readdirSync(join(SRC, 'lib')).filter((name) => statSync(join(SRC, 'lib', name)).isFile());
    expect(loose.length).toBeLessThanOrEqual(8);
  });
});

describe('build-time content code stays out of the browser', () => {
  it('only src/content/ reads the collections (and src/content.config.ts defines them)', () => {
    const readers = ALL.filter((file) => /from\s+['"]astro:content['"]/.test(code(file))).map(where);
    expect(readers.sort()).toEqual(['src/content.config.ts', 'src/content/collections.ts']);
  });

  it('nothing the browser runs imports src/content/', () => {
    const browserCode = ['lib', 'stores', 'browser', 'ui', 'islands'].flatMap((folder) => filesUnder(join(SRC, folder), SOURCE));
    expect(importing(browserCode, inFolder('content'))).toEqual([]);
  });
});

describe('islands by tool, a neutral UI kit', () => {
  const islandFiles = filesUnder(join(SRC, 'islands'), SOURCE);
  const toolOf = (file: string) => relative(join(SRC, 'islands'), file).split('/')[0];
  /** An island: a component the pages hydrate (its module's default export). */
  const islands = islandFiles.filter((file) => /export default function/.test(code(file)));

  it('every island sits in its tool’s folder and is under 200 lines', () => {
    expect(islands.length).toBeGreaterThan(4);
    expect(islands.filter((file) => toolOf(file) === relative(join(SRC, 'islands'), file)).map(where)).toEqual([]);
    const long = islands.map((file) => [where(file), readFileSync(file, 'utf8').split('\n').length - 1] as const).filter(([, lines]) => lines > 200);
    expect(long).toEqual([]);
  });

  it('islands never import each other, nor another tool’s parts', () => {
    expect(importing(islandFiles, (file) => islands.includes(file))).toEqual([]);
    expect(importing(islandFiles, (file) => inFolder('islands')(file)).filter((line) => {
      const [from, to] = line.split(' → ') as [string, string];
      return toolOf(join(ROOT, from)) !== toolOf(join(ROOT, to));
    })).toEqual([]);
  });

  it('the UI kit imports no island, component, page or widget', () => {
    const ui = filesUnder(join(SRC, 'ui'), SOURCE);
    expect(ui.length).toBeGreaterThan(5);
    expect(importing(ui, (file) => ['islands', 'components', 'mdx', 'widgets', 'pages'].some((folder) => inFolder(folder)(file)))).toEqual([]);
  });

  it('Astro components and the MDX vocabulary render islands only through src/widgets/', () => {
    const astro = [...filesUnder(join(SRC, 'components'), SOURCE), ...filesUnder(join(SRC, 'mdx'), SOURCE), ...filesUnder(join(SRC, 'layouts'), SOURCE)];
    expect(importing(astro, inFolder('islands'))).toEqual([]);
  });

  it('each tool’s CSS sits beside its island; src/styles/ holds only the site-wide sheets', () => {
    expect(readdirSync(join(SRC, 'styles')).sort()).toEqual(['global.css', 'guide.css']);
    const sheets = filesUnder(SRC, /\.css$/).filter((file) => !inFolder('styles')(file));
    const imported = new Set(ALL.flatMap((file) => [...code(file).matchAll(/import\s+['"](\.{1,2}\/[^'"]+\.css)['"]/g)].map((m) => resolve(dirname(file), m[1]!))));
    expect(sheets.filter((sheet) => !imported.has(sheet)).map(where)).toEqual([]);
    expect(
      importing(filesUnder(join(SRC, 'pages'), SOURCE), (file) => file.endsWith('.css') && !inFolder('styles')(file)).concat(
        ALL.flatMap((file) =>
          [...code(file).matchAll(/import\s+['"](\.{1,2}\/[^'"]+\.css)['"]/g)]
            .map((m) => resolve(dirname(file), m[1]!))
            .filter((sheet) => !inFolder('styles')(sheet) && dirname(sheet) !== dirname(file))
            .map((sheet) => `${where(file)} → ${where(sheet)}`),
        ),
      ),
    ).toEqual([]);
  });
});

describe('guide pages and tests', () => {
  it('guide pages import nothing: their components arrive through <Content components={…}> (src/mdx/index.ts)', () => {
    const pages = filesUnder(join(ROOT, 'content', 'guide'), /\.mdx$/);
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.filter((file) => /^import\s/m.test(readFileSync(file, 'utf8'))).map(where)).toEqual([]);
  });

  it('every module in src/ is used by the site, not only by the tests', () => {
    const entries = (file: string) =>
      inFolder('pages')(file) || file.endsWith('.d.ts') || file === join(SRC, 'content.config.ts') || file.endsWith('astro.config.mjs');
    const used = new Set(ALL.flatMap(importsOf));
    const unused = ALL.filter((file) => !entries(file) && !used.has(file)).map(where);
    expect(unused).toEqual([]);
  });
});
