// The Vite plugin that replaces the preload helper (src/integrations/byte-tricks/plain-dynamic-imports.ts).
import { describe, expect, it } from 'vitest';
import { PLAIN_HELPER, PRELOAD_HELPER_ID, chunksWithLazyCss, plainDynamicImports } from '../../src/integrations/byte-tricks/plain-dynamic-imports';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const plugin = plainDynamicImports();
const call = (hook: unknown, ...args: unknown[]) => (hook as Hook).call({}, ...args);

describe('plain dynamic imports', () => {
  it('answers for Vite’s helper module only', () => {
    expect(call(plugin.resolveId, PRELOAD_HELPER_ID)).toBe(PRELOAD_HELPER_ID);
    expect(call(plugin.load, PRELOAD_HELPER_ID)).toBe(PLAIN_HELPER);
    expect(call(plugin.resolveId, './search-ui')).toBeNull();
    expect(call(plugin.load, '/src/components/search/search-ui.ts')).toBeNull();
  });

  it('its helper imports the module and nothing else', async () => {
    const { __vitePreload } = await import(`data:text/javascript,${encodeURIComponent(PLAIN_HELPER)}`);
    await expect(__vitePreload(async () => ({ answer: 42 }), ['_astro/other.js'])).resolves.toEqual({ answer: 42 });
  });

  it('finds a chunk whose lazy import would bring a stylesheet, as Vite writes the list', () => {
    const withCss = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js","_astro/a.css"])))=>i.map(i=>d[i]);x()';
    const jsOnly = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js"])))=>i.map(i=>d[i]);const s=".css"';
    const bundle = {
      'a.js': { type: 'chunk', code: withCss },
      'b.js': { type: 'chunk', code: jsOnly },
      'c.css': { type: 'asset' },
    };
    expect(chunksWithLazyCss(bundle)).toEqual(['a.js']);
  });

  it('fails the build, saying what to do, when a lazy chunk brings CSS', () => {
    const errors: string[] = [];
    const context = { error: (message: string) => errors.push(message) };
    (plugin.writeBundle as Hook).call(context, {}, { 'a.js': { type: 'chunk', code: 'const __vite__mapDeps=(i,m=(m.f=["x.css"]))' } });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^a\.js: a lazily imported module brings its own CSS/);
    expect(errors[0]).toContain('Import that CSS from the island');
  });
});
