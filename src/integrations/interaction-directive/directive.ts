// The browser side of `client:interaction` (./index.ts). What the reader does before the island wakes is kept: the
// island reads its fields' values as it starts (the work log's form does), and a form sent before then is held, not
// sent by the browser (which would reload the page and lose what was typed); the reader sends it again once it wakes.
import type { ClientDirective } from 'astro';

const WAKING_EVENTS = ['focusin', 'pointerdown', 'keydown'] as const;

const interaction: ClientDirective = (load, _options, island) => {
  const hold = (event: Event) => event.preventDefault();
  const wake = async () => {
    for (const type of WAKING_EVENTS) island.removeEventListener(type, wake, true);
    const hydrate = await load();
    await hydrate();
    island.removeEventListener('submit', hold, true);
  };
  for (const type of WAKING_EVENTS) island.addEventListener(type, wake, { capture: true, once: true, passive: true });
  island.addEventListener('submit', hold, true);
};

export default interaction;
