// Layout-shift gate: content in view must not jump while the page loads and its islands hydrate (a server-rendered
// note an island removes on hydrating pushed the work log's form up by 200 px: Lighthouse CLS 0.086). The browser's
// Layout Instability API sums the shifts from the first paint; the gate reads the sum once the load is done, before
// any scrolling or input.
import type { Page } from '@playwright/test';

/** Lighthouse calls under 0.1 "good"; a page that renders the same before and after hydration scores about 0. */
export const MAX_LAYOUT_SHIFT = 0.01;

/** Starts summing layout shifts on every document `page` loads from now on. */
export async function recordLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = window as unknown as { __layoutShift: number };
    record.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) record.__layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** One line when the shifts so far add up to more than the limit. */
export async function layoutShiftProblems(page: Page): Promise<string[]> {
  const shift = await page.evaluate(() => (window as unknown as { __layoutShift?: number }).__layoutShift);
  if (shift === undefined) return ['layout shifts were not recorded (recordLayoutShift must run before the load)'];
  return shift > MAX_LAYOUT_SHIFT ? [`content in view shifted by ${shift.toFixed(3)} as the page loaded (at most ${MAX_LAYOUT_SHIFT})`] : [];
}
