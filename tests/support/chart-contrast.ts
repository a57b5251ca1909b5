// Chart-text contrast gate (axe does not check SVG text): for every <text> in an <svg>, the browser reports the
// text's fill and what is painted behind its centre (the last shape under it in the same SVG, then the first opaque
// background of the SVG's ancestors); the maths in tests/support/contrast.ts decides whether it meets WCAG AA.
import type { Page } from '@playwright/test';
import { composite, contrastRatio, parseCssColor, requiredContrast, type Rgba } from './contrast';

interface Paint {
  color: string;
  /** fill-opacity × opacity of the element and its group ancestors inside the SVG. */
  opacity: number;
}

interface SvgTextSample {
  text: string;
  fill: Paint;
  fontSize: number;
  fontWeight: number;
  /** What lies behind the text, nearest first: shapes in the SVG, then the backgrounds of its ancestors. */
  behind: Paint[];
}

function sampleSvgText(page: Page): Promise<SvgTextSample[]> {
  return page.evaluate(() => {
    const opacityOf = (element: Element, fillOpacity: boolean) => {
      let value = fillOpacity ? parseFloat(getComputedStyle(element).fillOpacity) : 1;
      for (let node: Element | null = element; node && node.tagName.toLowerCase() !== 'svg'; node = node.parentElement) {
        value *= parseFloat(getComputedStyle(node).opacity);
      }
      return value;
    };
    // A pattern fill counts as the colour of the pattern's background shape.
    const fillOf = (shape: Element): string => {
      const fill = getComputedStyle(shape).fill;
      const reference = /^url\("?#([^")]+)"?\)/.exec(fill);
      if (!reference) return fill;
      const tile = document.getElementById(reference[1]!)?.querySelector('rect, path');
      return tile ? getComputedStyle(tile).fill : 'none';
    };
    const samples = [];
    for (const label of document.querySelectorAll('svg text')) {
      const svg = (label as SVGTextElement).ownerSVGElement;
      if (!svg || !label.textContent?.trim() || !label.checkVisibility({ visibilityProperty: true })) continue;
      const box = label.getBoundingClientRect();
      if (box.width === 0) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const behind: { color: string; opacity: number }[] = [];
      const shapes = [...svg.querySelectorAll('rect, path, circle, ellipse, polygon')].filter(
        (shape) =>
          !shape.closest('defs, pattern, clipPath, mask') &&
          shape.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING &&
          shape.checkVisibility({ visibilityProperty: true }),
      );
      for (const shape of shapes.reverse()) {
        const area = shape.getBoundingClientRect();
        if (x < area.left || x > area.right || y < area.top || y > area.bottom) continue;
        const color = fillOf(shape);
        if (color !== 'none') behind.push({ color, opacity: opacityOf(shape, true) });
      }
      for (let node: Element | null = svg; node; node = node.parentElement) {
        const color = getComputedStyle(node).backgroundColor;
        behind.push({ color, opacity: 1 });
      }
      const style = getComputedStyle(label);
      samples.push({
        text: label.textContent.trim().replace(/\s+/g, ' ').slice(0, 60),
        fill: { color: style.fill, opacity: opacityOf(label, true) },
        fontSize: parseFloat(style.fontSize),
        fontWeight: Number(style.fontWeight) || 400,
        behind,
      });
    }
    return samples;
  });
}

/** The opaque colour behind the text: layers composited from the first fully opaque one up. */
function backdrop(behind: Paint[], canvas: Rgba): Rgba {
  const layers: { color: Rgba; opacity: number }[] = [];
  for (const paint of behind) {
    const color = parseCssColor(paint.color);
    if (!color) continue;
    layers.push({ color, opacity: paint.opacity });
    if (color.a * paint.opacity >= 1) break;
  }
  return layers.reduceRight<Rgba>((under, layer) => composite(layer.color, under, layer.opacity), canvas);
}

/** One line per SVG text below AA contrast against what is behind it, in the page's current theme. */
export async function lowContrastChartText(page: Page): Promise<string[]> {
  const canvas = (await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).includes('dark')
    ? { r: 0, g: 0, b: 0, a: 1 }
    : { r: 255, g: 255, b: 255, a: 1 };
  return (await sampleSvgText(page)).flatMap((sample) => {
    const fill = parseCssColor(sample.fill.color);
    if (!fill) return [`SVG text "${sample.text}" has no colour fill (${sample.fill.color})`];
    const back = backdrop(sample.behind, canvas);
    const ratio = contrastRatio(composite(fill, back, sample.fill.opacity), back);
    const needed = requiredContrast(sample.fontSize, sample.fontWeight);
    return ratio + 1e-9 < needed ? [`SVG text "${sample.text}": contrast ${ratio.toFixed(2)}:1 < ${needed}:1`] : [];
  });
}

