// The three byte tricks (src/integrations/byte-tricks/) copy or rely on upstream code. Each test here fails when that
// code changes, naming the trick to revisit; the static gate (tests/e2e/gate-static.spec.ts) checks each is in effect.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRELOAD_HELPER_ID } from '../../src/integrations/byte-tricks/plain-dynamic-imports';

const ROOT = new URL('../../', import.meta.url).pathname;
const require = createRequire(join(ROOT, 'package.json'));
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

/** The versions the tricks were written against; package.json pins each exactly. */
const PINNED = { preact: '10.29.8', '@astrojs/preact': '6.0.5', astro: '7.3.5' } as const;

describe('the packages the tricks copy are pinned', () => {
  for (const [name, version] of Object.entries(PINNED)) {
    it(`${name} is pinned to ${version} and installed at that version`, () => {
      expect(pkg.dependencies[name], `package.json must pin ${name} exactly (no ^ or ~): the byte tricks copy its code`).toBe(version);
      expect((JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version).toBe(version);
    });
  }
});

describe('trick 1: the Preact client without signals (src/integrations/byte-tricks/preact-client.ts)', () => {
  // Recorded from @astrojs/preact 6.0.5. A new hash means Astro's Preact client changed.
  const RECORDED = {
    'dist/client.js': '9026d63355d0859ae52192f7bdc6b7ab6f54838c726695e786b5ffb85ddc9cf2',
    'dist/static-html.js': '65e2662655873585591820402ac99eda41bbb4303b97d2bd80307dbccf8a6b6e',
    'dist/client-dev.js': '585b8a96b1d5d6707e08636217a415b593cddc0b4dd90ad89c81ff495be5d05b',
  };
  for (const [file, hash] of Object.entries(RECORDED)) {
    it(`@astrojs/preact's ${file} is the one the fork copies`, () => {
      expect(
        sha256(join(packageDir('@astrojs/preact'), file)),
        `@astrojs/preact's ${file} changed: revisit byte trick 1 (src/integrations/byte-tricks/preact-client.ts), carry the change over, then record the new hash`,
      ).toBe(hash);
    });
  }
});

describe('trick 2: lazy imports without the preload helper (src/integrations/byte-tricks/plain-dynamic-imports.ts)', () => {
  it('Vite still names its helper module and its export as the plugin expects', () => {
    const chunks = join(packageDir('vite'), 'dist/node/chunks');
    const source = readdirSync(chunks)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(chunks, name), 'utf8'))
      .find((text) => text.includes('preloadHelperId'));
    const message = "Vite's preload helper changed: revisit byte trick 2 (src/integrations/byte-tricks/plain-dynamic-imports.ts)";
    expect(source, message).toBeDefined();
    expect(source, message).toContain(`const preloadHelperId = "${PRELOAD_HELPER_ID.replace("\0", "\\0")}";`);
    expect(source, message).toContain('const preloadMethod = `__vitePreload`;');
  });
});

describe('trick 3: fewer, larger files (src/integrations/byte-tricks/chunk-groups.ts)', () => {
  it("rolldown still takes output.codeSplitting.groups", () => {
    const types = join(packageDir('rolldown'), 'dist/shared');
    const declarations = readdirSync(types)
      .filter((name) => name.endsWith('.d.mts'))
      .map((name) => readFileSync(join(types, name), 'utf8'))
      .join('\n');
    const message = "rolldown's code-splitting options changed: revisit byte trick 3 (src/integrations/byte-tricks/chunk-groups.ts)";
    expect(declarations, message).toMatch(/codeSplitting\?:/);
    expect(declarations, message).toMatch(/groups\?: CodeSplittingGroup\[\];/);
  });
});
