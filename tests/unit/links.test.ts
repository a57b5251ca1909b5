import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findBrokenLinks, parseTags } from '../support/links';

let dist: string;

function page(path: string, body: string): void {
  const file = join(dist, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
}

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'links-'));
  page(
    'index.html',
    `<main id="main"><h2 id="top-section">A</h2>
     <a href="/guide/">ok</a> <a href="/guide/#step-one">ok anchor</a> <a href="#top-section">ok local</a>
     <a href="/guide/?level=3">ok query</a> <a href="https://elsewhere.example/x">external</a> <a href="mailto:a@b.c">mail</a>
     <img src="/logo.svg" alt=""> <link rel="canonical" href="https://site.example/guide/">
     <!-- <a href="/commented-out/">ignored</a> -->
     <script>const s = '<a href="/in-a-script/">';</script>`,
  );
  page('guide/index.html', `<h2 id="step-one">One</h2><a href="../">relative ok</a><a href="reviewer/">relative to guide</a>`);
  writeFileSync(join(dist, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  page(
    'broken/index.html',
    `<a href="/nowhere/">missing page</a> <a href="/guide/#no-such-id">missing anchor</a> <a href="#nope">missing local</a>
     <a href="/guide">no trailing slash</a> <a href="/logo.svg#x">anchor into svg</a> <img src="/missing.png" alt="">
     <a href="https://site.example/gone/">own origin, missing</a> <a href='/single-quoted/'>single</a>
     <a href="/guide/#step&#45;one">encoded ok</a>`,
  );
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('findBrokenLinks', () => {
  it('passes good links and reports each broken one with its page and reason', () => {
    const broken = findBrokenLinks(dist, { site: 'https://site.example' });
    const byHref = Object.fromEntries(broken.map((b) => [b.href, b]));
    expect(Object.keys(byHref).sort()).toEqual(
      [
        '/nowhere/',
        '/guide/#no-such-id',
        '#nope',
        '/guide',
        '/logo.svg#x',
        '/missing.png',
        'https://site.example/gone/',
        '/single-quoted/',
        'reviewer/',
      ].sort(),
    );
    expect(byHref['/guide/#no-such-id']).toEqual({
      page: '/broken/',
      href: '/guide/#no-such-id',
      reason: 'no element with id "no-such-id" on /guide/',
    });
    expect(byHref['reviewer/']!.page).toBe('/guide/');
    expect(byHref['/nowhere/']!.reason).toBe('no file for /nowhere/');
  });

  it('without the site origin, absolute links to it are treated as external', () => {
    expect(findBrokenLinks(dist).map((b) => b.href)).not.toContain('https://site.example/gone/');
  });
});

describe('parseTags', () => {
  it('reads quoted, single-quoted and bare attributes and decodes entities', () => {
    const [a] = parseTags(`<a href="/x/?a=1&amp;b=2" data-x='y' id=bare hidden>t</a>`);
    expect(a!.name).toBe('a');
    expect(Object.fromEntries(a!.attributes)).toEqual({ href: '/x/?a=1&b=2', 'data-x': 'y', id: 'bare', hidden: '' });
  });
  it('is not fooled by ">" inside an attribute value', () => {
    const tags = parseTags(`<meta content="a > b"><a href="/after/">x</a>`);
    expect(tags.map((t) => t.attributes.get('href'))).toContain('/after/');
  });
});
