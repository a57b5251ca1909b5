// Brings a page to the state a reader sees after reading it through: every `client:visible` island scrolled into
// view and hydrated, every `client:interaction` island (the work log's form) reached into once, the network idle, every chart drawn for the current inputs, and the view back at the top.
import type { Page } from '@playwright/test';

export async function settlePage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, window.innerHeight / 2);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    window.scrollTo(0, 0);
    // The focus wakes an island that waits for the reader; it is then given back, as a reader moving on would.
    for (const island of document.querySelectorAll('astro-island[client="interaction"][ssr]')) {
      island.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    }
    (document.activeElement as HTMLElement | null)?.blur();
  });
  // Astro removes the `ssr` attribute from an island once it has hydrated.
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, {
    timeout: 10_000,
  });
  await page.waitForLoadState('networkidle');
  // A server-drawn chart marked stale is waiting for its code to draw the stored or linked inputs (KeptDrawing).
  await page.waitForFunction(() => document.querySelector('.kept-drawing[data-stale]') === null, null, { timeout: 10_000 });
}
