// BYTE TRICK 1 — Astro's Preact client without signals.
//
// A copy of @astrojs/preact 6.0.5's dist/client.js and dist/static-html.js without the support for Preact signals
// passed as props, which these islands never do: that support imports @preact/signals lazily, which brought Vite's
// preload helper and a chunk into every tool page. Everything else (the island mask for useId, slots, client:only,
// unmount) is kept line for line.
// Saves: the signals branch and its lazy import, 483–512 B gzip of JavaScript on every page with an island (measured
// 2026-12-07 by building without it, docs/architecture.md#byte-tricks).
// Relies on: the contract between Astro's island runtime and a renderer's client (element, then Component, props,
// slots, { client }). If @astrojs/preact changes its client, tests/unit/byte-tricks.test.ts fails (the files' recorded
// hashes) naming this trick: compare the new client with this copy and carry its changes over, or drop the trick.
// byte-tricks/index.ts points both @astrojs/preact/client.js (build) and client-dev.js (npm run dev) here.
import { h, hydrate, render, type ComponentType } from 'preact';

/** Slotted children arrive as HTML strings; this renders them once and leaves them alone. */
function StaticHtml({ value, name, hydrate: live = true }: { value?: string; name?: string; hydrate?: boolean }) {
  if (!value) return null;
  return h(live ? 'astro-slot' : 'astro-static-slot', { name, dangerouslySetInnerHTML: { __html: value } });
}
StaticHtml.shouldComponentUpdate = () => false;

/** Preact's id mask for useId, so ids generated on the server and in the browser agree. */
function islandMaskId(element: HTMLElement): number | string | null {
  const islandId = element.getAttribute('data-preact-island-id');
  if (islandId !== null) {
    const parsed = Number.parseInt(islandId, 10);
    if (!Number.isNaN(parsed)) return parsed;
  }
  return element.getAttribute('uid');
}

export default (element: HTMLElement) =>
  async (
    Component: ComponentType<Record<string, unknown>>,
    props: Record<string, unknown>,
    { default: children, ...slotted }: Record<string, string>,
    { client }: { client: string },
  ) => {
    if (!element.hasAttribute('ssr')) return;
    for (const [key, value] of Object.entries(slotted)) props[key] = h(StaticHtml, { value, name: key });
    const child = h(Component, props, children != null ? h(StaticHtml, { value: children }) : children);
    const maskId = islandMaskId(element);
    if (maskId !== null) {
      const mask = [maskId, 0];
      Object.assign(child, { _mask: mask, __m: mask });
    }
    if (client === 'only') {
      element.innerHTML = '';
      render(child, element);
    } else {
      hydrate(child, element);
    }
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
