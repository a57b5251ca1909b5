// Browser-side accessibility gates: axe-core, visible focus, keyboard operation of form controls, reduced motion.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA: the one tag set every axe run uses. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

// axe-core as @axe-core/playwright bundles it. Injected once per page load and run in place: AxeBuilder injects it
// again on every run and finishes each run in a second page, which made a run about four times slower.
const requireFromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = readFileSync(requireFromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe violations on the page as it is now, one line per failing node. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((results) => results.violations),
    WCAG_TAGS,
  );
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary ?? violation.help}`),
  );
}

/** Switches the theme the way the theme toggle does, without reloading. */
export async function setTheme(page: Page, theme: Theme): Promise<void> {
  await page.evaluate((value) => {
    document.documentElement.dataset.theme = value;
  }, theme);
}

/** Tab presses between two looks at what was focused: one round trip to the page per batch, not two per press. */
const TAB_BATCH = 25;

/**
 * Presses Tab through the whole page (until focus comes back round) and returns every element that received focus
 * without a visible indicator (no outline and no box-shadow). Also fails when Tab reaches nothing. Each focus is
 * recorded in the page as it happens (a `focusin` listener reads the focused element's style then), so the test
 * presses Tab in batches and reads the record once per batch.
 */
export async function elementsWithInvisibleFocus(page: Page, maxTabs = 400): Promise<string[]> {
  await page.evaluate(() => {
    const record: { key: string; visible: boolean }[] = [];
    // Each element's number, in the order first focused: two links with the same text are still two elements.
    const order = new WeakMap<Element, number>();
    let next = 0;
    (window as unknown as { __gateFocus: typeof record }).__gateFocus = record;
    document.addEventListener(
      'focusin',
      (event) => {
        const element = event.target;
        if (!(element instanceof Element) || element === document.body || element === document.documentElement) return;
        if (!order.has(element)) order.set(element, next++);
        const style = getComputedStyle(element);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
        const label = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
        const id = element.id ? `#${element.id}` : '';
        record.push({ key: `${element.tagName.toLowerCase()}${id} "${label}" [${order.get(element)}]`, visible: outline || shadow });
      },
      true,
    );
  });
  let record: { key: string; visible: boolean }[] = [];
  const cycled = () => new Set(record.map((focus) => focus.key)).size < record.length;
  for (let presses = 0; presses < maxTabs && !cycled(); presses += TAB_BATCH) {
    for (let press = 0; press < TAB_BATCH; press += 1) await page.keyboard.press('Tab');
    record = await page.evaluate(() => (window as unknown as { __gateFocus: { key: string; visible: boolean }[] }).__gateFocus);
  }
  if (record.length === 0) return ['Tab reached no element'];
  // Up to the first element focused a second time: the page once round.
  const seen = new Set<string>();
  const invisible: string[] = [];
  for (const focus of record) {
    if (seen.has(focus.key)) break;
    seen.add(focus.key);
    if (!focus.visible) invisible.push(focus.key);
  }
  return invisible;
}

// File pickers are left out: choosing a file goes through the operating system's dialog, which no page test can drive.
const CONTROLS =
  'main input:not([type="hidden"]):not([type="file"]):not([disabled]), main select:not([disabled]), main textarea:not([disabled])';

/**
 * Reaches every labelled form control in <main> with Tab alone and changes it with the keyboard: typing into text
 * fields, arrow keys in selects, radio groups and sliders, Space on checkboxes. After each change the control must
 * hold a new value and the text of <main> must have changed (a new result or a message). Returns what failed.
 */
export async function keyboardChangeFailures(page: Page, { maxTabs = 400, responseMs = 5_000 } = {}): Promise<string[]> {
  // Only controls a reader can see count: a mode switch may hide the fields of the other mode.
  const total = await page.evaluate((selector) => {
    const visible = [...document.querySelectorAll(selector)].filter((control) => control.checkVisibility());
    visible.forEach((control, index) => control.setAttribute('data-gate-control', String(index)));
    return visible.length;
  }, CONTROLS);
  if (total === 0) return ['no form control in <main>'];
  const failures: string[] = [];
  const done = new Set<string>();

  for (let presses = 0; presses < maxTabs && done.size < total; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | HTMLSelectElement | null;
      // Focus has left the page's last element: one round of Tab is complete.
      if (!element || element === document.body) return 'wrapped' as const;
      const index = element.getAttribute('data-gate-control');
      if (index === null) return null;
      const labels = 'labels' in element && element.labels ? [...element.labels].map((label) => label.textContent?.trim()) : [];
      const name = labels.join(' ') || element.getAttribute('aria-label') || '';
      const kind = element instanceof HTMLSelectElement ? 'select' : element.type;
      const value = element instanceof HTMLInputElement && /checkbox|radio/.test(element.type) ? String(element.checked) : element.value;
      const group = element instanceof HTMLInputElement && element.type === 'radio' ? element.name : '';
      const lastOption = element instanceof HTMLSelectElement && element.selectedIndex === element.options.length - 1;
      return { index, name, kind, value, group, lastOption, main: document.querySelector('main')?.textContent ?? '' };
    });
    if (focused === 'wrapped') {
      if (presses > 0) break;
      continue;
    }
    if (!focused || done.has(focused.index)) continue;
    done.add(focused.index);
    const label = `${focused.kind} "${focused.name}"`;
    if (!focused.name) failures.push(`${label}: no label`);

    if (focused.kind === 'checkbox') await page.keyboard.press('Space');
    else if (focused.kind === 'select') await page.keyboard.press(focused.lastOption ? 'ArrowUp' : 'ArrowDown');
    else if (focused.kind === 'radio' || focused.kind === 'range') await page.keyboard.press('ArrowRight');
    else if (/^(number|date|month|week|time|datetime-local)$/.test(focused.kind)) await page.keyboard.press('ArrowUp');
    else {
      await page.keyboard.press('End');
      await page.keyboard.type('1');
    }
    if (focused.group) {
      // The arrow key moved to (and checked) another radio of the group: the whole group has been operated.
      const siblings = await page.evaluate(
        (name) => [...document.querySelectorAll(`input[type="radio"][name="${CSS.escape(name)}"]`)].map((radio) => radio.getAttribute('data-gate-control')),
        focused.group,
      );
      siblings.forEach((index) => index && done.add(index));
    }

    const changed = await page
      .waitForFunction(
        ({ index, before, mainBefore }) => {
          const element = document.querySelector(`[data-gate-control="${index}"]`) as HTMLInputElement | HTMLSelectElement | null;
          const active = document.activeElement as HTMLInputElement | null;
          const valueNow =
            element instanceof HTMLInputElement && element.type === 'radio'
              ? String(active?.checked && active !== element)
              : element instanceof HTMLInputElement && element.type === 'checkbox'
                ? String(element.checked)
                : element?.value;
          const valueChanged = element instanceof HTMLInputElement && element.type === 'radio' ? valueNow === 'true' : valueNow !== before;
          const pageResponded = document.querySelector('main')?.textContent !== mainBefore;
          // A text area is an editor: its new text is the response. A checkbox may refuse a change (the last platform
          // of a comparison) as long as the page says why.
          if (element instanceof HTMLTextAreaElement) return valueChanged;
          // An entry form (the work log's) acts on submit: there the field's new value is the response.
          if (element?.closest('form[data-acts-on-submit]')) return valueChanged;
          if (element instanceof HTMLInputElement && element.type === 'checkbox') return pageResponded;
          return valueChanged && pageResponded;
        },
        { index: focused.index, before: focused.value, mainBefore: focused.main },
        // Generous: on a busy shared machine a re-render can take seconds; only a failing control waits this long.
        { timeout: responseMs },
      )
      .then(() => true)
      .catch(() => false);
    if (!changed) failures.push(`${label}: the keyboard did not change it, or nothing on the page responded`);
    // Undo a typed or stepped change, so that one field left out of range (hours "201") does not blank the results
    // that the next controls are judged by.
    if (/^(number|date|month|week|time|datetime-local)$/.test(focused.kind)) await page.keyboard.press('ArrowDown');
    else if (!/^(checkbox|radio|range|select)$/.test(focused.kind)) await page.keyboard.press('Backspace');
  }
  // A control that an earlier change hid (the other payment mode's fields) is out of play, not unreachable.
  const unreached = await page.evaluate(
    (reached) =>
      [...document.querySelectorAll('[data-gate-control]')].filter(
        (control) => control.checkVisibility() && !reached.includes(control.getAttribute('data-gate-control') ?? ''),
      ).length,
    [...done],
  );
  if (unreached > 0) failures.push(`${unreached} of ${total} controls were never reached with Tab`);
  return failures;
}

/** Elements with an animation or transition longer than 0.01 s, and smooth scrolling, as computed now. */
export async function runningMotion(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (list: string) =>
      Math.max(0, ...list.split(',').map((item) => (item.trim().endsWith('ms') ? parseFloat(item) / 1000 : parseFloat(item) || 0)));
    const found: string[] = [];
    const describe = (element: Element) => `${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''}${element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).join('.') : ''}`;
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const where = describe(element) + (pseudo ?? '');
        if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01) found.push(`${where}: animation ${style.animationName} ${style.animationDuration}`);
        if (style.transitionProperty !== 'none' && seconds(style.transitionDuration) > 0.01) found.push(`${where}: transition ${style.transitionProperty} ${style.transitionDuration}`);
      }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('html: scroll-behavior smooth');
    for (const animation of document.getAnimations()) {
      const duration = Number(animation.effect?.getComputedTiming().duration ?? 0);
      if (animation.playState === 'running' && duration > 10) found.push(`running animation of ${duration} ms`);
    }
    return [...new Set(found)];
  });
}
