// Browser-side layout gates: sideways scrolling, the header's height and rows, clipped text (HTML and SVG), form
// controls too narrow for their options, and tables that scroll. Each returns one line per problem, empty when fine.
import type { Page } from '@playwright/test';

/** Header limits from issue 17: at most 64 px tall on a phone; one row everywhere. */
export const PHONE_HEADER_MAX_HEIGHT = 64;

/** The page is wider than the window (it scrolls sideways). */
export async function sidewaysScroll(page: Page): Promise<string[]> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  return scroll > client ? [`the page is ${scroll} px wide in a ${client} px window`] : [];
}

export interface HeaderMetrics {
  height: number;
  /** Lines the header's visible items sit on (items whose vertical extents overlap share a line). */
  rows: number;
}

export async function headerMetrics(page: Page): Promise<HeaderMetrics> {
  return page.evaluate(() => {
    const header = document.querySelector('.site-header');
    if (!header) throw new Error('no .site-header on the page');
    // The leaves of the header's row: the site name, each visible navigation link or menu button, each tool button.
    // A closed <details> whose content the wide-screen style shows still counts its content as hidden, so that case
    // is asked of the style directly.
    const shown = (element: Element) => {
      if (element.checkVisibility({ visibilityProperty: true })) return true;
      const menu = element.closest('details');
      return !!menu && getComputedStyle(menu, '::details-content').contentVisibility === 'visible' && getComputedStyle(element).visibility === 'visible';
    };
    const items = [...header.querySelectorAll('.site-name, .site-menu__button, .primary-nav a, .site-header__tools button')]
      .filter(shown)
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
      .sort((a, b) => a.top - b.top);
    let rows = 0;
    let lineBottom = -Infinity;
    for (const box of items) {
      if (box.top >= lineBottom) {
        rows += 1;
        lineBottom = box.bottom;
      } else {
        lineBottom = Math.max(lineBottom, box.bottom);
      }
    }
    return { height: Math.round(header.getBoundingClientRect().height), rows };
  });
}

/** Problems with the header at this window width: too tall on a phone, or more than one row. */
export async function headerProblems(page: Page): Promise<string[]> {
  const width = page.viewportSize()?.width ?? 0;
  const { height, rows } = await headerMetrics(page);
  const problems: string[] = [];
  if (rows !== 1) problems.push(`the header has ${rows} rows`);
  if (width <= 400 && height > PHONE_HEADER_MAX_HEIGHT) problems.push(`the header is ${height} px tall (at most ${PHONE_HEADER_MAX_HEIGHT})`);
  return problems;
}

/**
 * Visible text whose box leaves its element: HTML text running past the edges of its nearest block, and SVG <text>
 * outside its <svg>. Screen-reader-only text (clipped on purpose) is left out.
 */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const TOLERANCE = 1;
    const problems: string[] = [];
    const visible = (element: Element) => element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
    const describe = (element: Element, text: string) => {
      const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
      return `${element.tagName.toLowerCase()}${classes} "${text.trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
    };
    const hiddenOnPurpose = (element: Element) => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.clip !== 'auto' || style.clipPath !== 'none') return true;
      }
      return false;
    };
    const blockOf = (element: Element): Element => {
      let node: Element = element;
      while (node.parentElement && getComputedStyle(node).display.startsWith('inline')) node = node.parentElement;
      return node;
    };

    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const parent = text.parentElement;
      if (!parent || !text.textContent?.trim()) continue;
      if (parent.closest('svg, script, style, noscript, select, option, template, dialog:not([open])')) continue;
      if (!visible(parent) || hiddenOnPurpose(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      const box = range.getBoundingClientRect();
      if (box.width === 0) continue;
      const block = blockOf(parent);
      const edge = block.getBoundingClientRect();
      const style = getComputedStyle(block);
      const left = edge.left + parseFloat(style.borderLeftWidth);
      const right = edge.right - parseFloat(style.borderRightWidth);
      if (box.left < left - TOLERANCE || box.right > right + TOLERANCE) {
        problems.push(`${describe(parent, text.textContent)} runs ${Math.round(Math.max(left - box.left, box.right - right))} px out of ${describe(block, '')}`);
      }
    }

    for (const label of document.querySelectorAll('svg text')) {
      const svg = (label as SVGTextElement).ownerSVGElement;
      if (!svg || !visible(label) || hiddenOnPurpose(svg)) continue;
      const box = label.getBoundingClientRect();
      const frame = svg.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.left < frame.left - TOLERANCE || box.right > frame.right + TOLERANCE || box.top < frame.top - TOLERANCE || box.bottom > frame.bottom + TOLERANCE) {
        problems.push(`SVG ${describe(label, label.textContent ?? '')} lies outside its <svg>`);
      }
    }
    return problems;
  });
}

/** Visible selects narrower than their longest option's text (the browser would cut it). */
export async function cutSelectOptions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // The room the browser keeps for the drop-down arrow, in px.
    const ARROW = 20;
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no canvas 2D context to measure text');
    const problems: string[] = [];
    for (const select of document.querySelectorAll('select')) {
      if (!select.checkVisibility({ visibilityProperty: true })) continue;
      const style = getComputedStyle(select);
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - ARROW;
      for (const option of select.options) {
        const need = context.measureText(option.text).width;
        if (need > room) problems.push(`select "${select.labels[0]?.textContent?.trim() ?? select.name}" cuts "${option.text}" (${Math.ceil(need)} px in ${Math.floor(room)} px)`);
      }
    }
    return problems;
  });
}

/**
 * Boxes (tables or anything else) that scroll sideways; the gate asks this of the home and guide pages. The platform comparison is allowed to when it shows more than
 * two platforms (a header row of more than three cells) and keeps its first column fixed.
 */
export async function sidewaysScrollBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const allowed = (box: Element) => {
      const table = box.querySelector('table.platform-compare__table');
      const heads = table?.querySelectorAll('thead th') ?? [];
      return heads.length > 3 && getComputedStyle(heads[0]!).position === 'sticky';
    };
    return [...document.querySelectorAll('body *')]
      .filter((element) => {
        const overflow = getComputedStyle(element).overflowX;
        return (overflow === 'auto' || overflow === 'scroll') && element.scrollWidth > element.clientWidth + 1;
      })
      .filter((element) => element.checkVisibility() && !allowed(element))
      .map((element) => `${element.tagName.toLowerCase()}[aria-label="${element.getAttribute('aria-label') ?? ''}"] scrolls sideways (${element.scrollWidth} px in ${element.clientWidth} px)`);
  });
}

/** Every layout check that holds on every page at the current window width, one line per problem. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return [
    ...(await sidewaysScroll(page)),
    ...(await headerProblems(page)),
    ...(await clippedText(page)),
    ...(await cutSelectOptions(page)),
  ];
}

/**
 * The layout gate for one page at the current width: every layout check, and on a reading page (home and the guide)
 * no table box that scrolls sideways; tool pages may scroll a wide table in its own box.
 */
export async function pageLayoutProblems(page: Page, path: string): Promise<string[]> {
  const reading = path === '/' || path.startsWith('/guide/');
  return [...(await layoutProblems(page)), ...(reading ? await sidewaysScrollBoxes(page) : [])];
}
