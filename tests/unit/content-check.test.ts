// The build's one content check: real content passes; a broken copy stops with Astro's error naming the file, the
// entry and the fix; a ladder of six levels passes and the pay, timeline and readiness logic use all six.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { AstroError } from 'astro/errors';
import { satteri } from '@astrojs/markdown-satteri';
import { realContent } from '../support/content';
import { findContentProblems } from '../../src/content/check';
import { contentError, dataCheck } from '../../src/integrations/data-check';
import { compareLevels, decodePayQuery } from '../../src/lib/pay/pay';
import { planClimb } from '../../src/lib/timeline/timeline';
import { EMPTY_FIGURES, describeBars, evaluateStep } from '../../src/lib/readiness/readiness';
import type { Level } from '../../src/schemas/levels';
import type { Transition } from '../../src/schemas/transitions';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const copies: string[] = [];

/** A copy of content/ to break; `edit` changes one YAML data file's entries. */
function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'content-check-'));
  copies.push(root);
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  return root;
}
function editData(root: string, name: string, edit: (entries: Record<string, unknown>[]) => Record<string, unknown>[]): void {
  const file = join(root, 'content/data', name);
  writeFileSync(file, stringify(edit(parse(readFileSync(file, 'utf8')) as Record<string, unknown>[])));
}
afterEach(() => {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

/**
 * Runs the integration's setup on `root` the way Astro does at the start of `astro build`, `astro dev` and `astro check`;
 * returns the Vite `define`s it hands the build. `processor` is the Markdown processor it adds the glossary links to.
 */
function runDataCheck(root: string, processor = satteri()): Record<string, unknown> {
  const setup = dataCheck().hooks['astro:config:setup'] as (options: unknown) => void;
  let define: Record<string, unknown> = {};
  const updateConfig = (config: { vite?: { define?: Record<string, unknown> } }) => (define = { ...define, ...config.vite?.define });
  setup({ config: { root: pathToFileURL(root + '/'), markdown: { processor } }, addWatchFile: () => {}, updateConfig });
  return define;
}

describe('the content check', () => {
  it('finds nothing wrong with the real content', () => {
    expect(findContentProblems(ROOT)).toEqual([]);
    const processor = satteri();
    expect(runDataCheck(ROOT, processor)).toEqual({ __LEVEL_COUNT__: String(realContent().levels.length) });
    expect(processor.options.hastPlugins.map((plugin) => (plugin as { name?: string }).name)).toEqual(['glossary-links']);
  });

  it('stops on a rule across entries with AstroError: file and entry in the message, the fix in the hint', () => {
    const root = contentCopy();
    editData(root, 'transitions.yaml', (steps) => steps.map((s) => (s.id === '2-3' ? { ...s, to: 4 } : s)));
    let error: unknown;
    try {
      runDataCheck(root);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AstroError);
    const { message, hint } = error as AstroError;
    expect(message).toContain('content/data/transitions.yaml, entry "2-3"');
    expect(message).toContain('joins level 2 to level 4');
    expect(hint).toContain('a step must join adjacent levels (to = from + 1)');
  });

  it('names the entry and field of a schema problem', () => {
    const root = contentCopy();
    editData(root, 'levels.yaml', (levels) => levels.map((l) => (l.id === 'reviewer' ? { ...l, pay: { min: 60, max: 40 } } : l)));
    const error = contentError(findContentProblems(root));
    expect(error.message).toBe('Invalid content in content/data/levels.yaml, entry "reviewer": pay: min must not be greater than max; swap the two values.');
    expect(error.hint).toMatch(/correct that field/);
  });

  it('names the guide page whose frontmatter is wrong, and lists several problems with a fix for each', () => {
    const root = contentCopy();
    const page = join(root, 'content/guide/reviewer.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace('target: 3', 'target: 7').replace(/^order: \d+$/m, 'order: 0'));
    const problems = findContentProblems(root);
    expect(problems).toHaveLength(2);
    const error = contentError(problems);
    expect(error.message).toMatch(/^Invalid content, 2 problems:/);
    expect(error.message).toContain('content/guide/reviewer.mdx: tools: readiness presets level 7');
    expect(error.message).toMatch(/content\/guide\/(reviewer|index)\.mdx: order 0 is also the order of/);
    expect(error.hint).toContain('use a level from 1 to 5');
    expect(error.hint).toContain('give each page its own order');
  });
});

describe('a YAML syntax error stops `astro build` with Astro\'s error naming the file and the line', () => {
  /** A copy of the project to build: the real code and packages, a copy of content/ with `file` broken at line 3. */
  function brokenProject(file: string): string {
    const root = contentCopy();
    for (const name of ['src', 'public', 'node_modules']) symlinkSync(join(ROOT, name), join(root, name));
    for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, name), join(root, name));
    const path = join(root, 'content/data', file);
    const lines = readFileSync(path, 'utf8').split('\n');
    lines.splice(2, 0, '  broken: [an unclosed list');
    writeFileSync(path, lines.join('\n'));
    return root;
  }

  for (const file of ['glossary.yaml', 'platforms.yaml']) {
    it(`${file}`, { timeout: 60_000 }, () => {
      const root = brokenProject(file);
      const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
      const run = spawnSync(process.execPath, [astro, 'build', '--root', root], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.status).not.toBe(0);
      expect(output).not.toContain('Unable to load your Astro config');
      expect(output).toMatch(new RegExp(`Invalid content in content/data/${file.replace('.', '\\.')}, line \\d+: it cannot be read as YAML`));
    });
  }
});

describe('a ladder of six levels', () => {
  const { levels, transitions: steps } = realContent();
  const last = steps.at(-1)!;
  const director: Level = { ...levels.at(-1)!, id: 'director', rank: 6, role: 'Director', pay: { min: 80, max: 120 } };
  const sixLevels = [...levels, director];
  // The old top step gets an end, and a sixth step, open-ended, reaches the new top level.
  const sixSteps: Transition[] = [
    ...steps.slice(0, -1),
    { ...last, months: { min: 12, max: 18 } },
    { ...last, id: '5-6', from: 5, to: 6, months: { min: 6, max: 12 }, guidePath: '/guide/project-manager/' },
  ];

  it('passes the content check: the number of levels comes from levels.yaml', () => {
    const root = contentCopy();
    editData(root, 'levels.yaml', () => sixLevels as unknown as Record<string, unknown>[]);
    editData(root, 'transitions.yaml', () => sixSteps as unknown as Record<string, unknown>[]);
    expect(findContentProblems(root)).toEqual([]);
    // The browser code (the work log's store) is built with the new count.
    expect(runDataCheck(root)).toEqual({ __LEVEL_COUNT__: '6' });
  });

  it('the pay estimator compares six levels and accepts level 6 from a link', () => {
    const rows = compareLevels(sixLevels, 20, 48);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    // Director: midpoint (80 + 120) / 2 = 100 $/h × 20 h × 48 weeks = 96,000; Level 1's midpoint is (15 + 35) / 2 = 25.
    expect(rows[5]).toMatchObject({ role: 'Director', mid: 96_000, multipleOfFirst: 4 });
    expect(decodePayQuery(sixLevels, { level: '6' }).level).toBe(6);
    expect(decodePayQuery(levels, { level: '6' }).level).toBeUndefined();
  });

  it('the timeline plans the climb to Level 6', () => {
    // At 20 h a week (above every step's 15 h minimum) the months add up as given: 1+3+6+12+6 = 28 to 3+6+12+18+12 = 51.
    const plan = planClimb(sixSteps, 1, 6, 20)!;
    expect(plan.steps.map((s) => s.step.to)).toEqual([2, 3, 4, 5, 6]);
    expect(plan.total).toEqual({ min: 28, max: 51 });
  });

  it('the readiness check judges the step to Level 6', () => {
    const step = { ...sixSteps.at(-1)!, bars: describeBars(sixSteps.at(-1)!) };
    // The step's bar is 6 months at the current level with strong performance: 8 months has the time, and whether
    // the performance was strong is the reader's call; 2 months is not yet.
    expect(evaluateStep(step, { ...EMPTY_FIGURES, monthsAtCurrentLevel: 8 }).yourCall).toBe(1);
    expect(evaluateStep(step, { ...EMPTY_FIGURES, monthsAtCurrentLevel: 2 }).notYet).toBe(1);
  });
});
