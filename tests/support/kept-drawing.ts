// Checks that a chart the server drew stays on screen while its island hydrates and loads the chart's code: an init
// script watches every change to the page and records each moment a chart, once seen, is missing its SVG or shows
// "Loading" text in its place.
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __chartGaps?: string[];
    __chartsSeen?: string[];
  }
}

/** Installs the recorder before the page loads; `selectors` name the boxes that hold each chart's SVG. */
export async function watchDrawnCharts(page: Page, selectors: readonly string[]): Promise<void> {
  await page.addInitScript((watched: string[]) => {
    const gaps: string[] = (window.__chartGaps = []);
    const seen = new Set<string>();
    window.__chartsSeen = [];
    const check = () => {
      for (const selector of watched) {
        const box = document.querySelector(selector);
        const drawn = !!box?.querySelector('svg') && !/Loading/.test(box.textContent ?? '');
        if (drawn && !seen.has(selector)) {
          seen.add(selector);
          window.__chartsSeen!.push(selector);
        } else if (!drawn && seen.has(selector)) {
          gaps.push(`${selector}: ${box ? `no chart (${(box.textContent ?? '').slice(0, 60)})` : 'box gone'}`);
        }
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  }, [...selectors]);
}

/** What the recorder saw: the charts drawn at some point, and every moment one was missing after that. */
export function chartRecord(page: Page): Promise<{ seen: string[]; gaps: string[] }> {
  return page.evaluate(() => ({ seen: window.__chartsSeen ?? [], gaps: window.__chartGaps ?? [] }));
}
