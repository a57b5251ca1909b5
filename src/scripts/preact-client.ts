// Astro's Preact client (@astrojs/preact/client.js) without its support for signals passed as props, which these
// islands never do: that support pulls Vite's preload helper and the signals module into every tool page.
// astro.config.mjs points @astrojs/preact/client.js here for the browser build.
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
