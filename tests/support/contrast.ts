// WCAG 2 contrast maths for the chart-text gate (tests/support/chart-contrast.ts): parse the colours a browser
// reports, lay a translucent colour over what is behind it, and compare relative luminances.

export interface Rgba {
  /** 0–255 */
  r: number;
  g: number;
  b: number;
  /** 0–1 */
  a: number;
}

/** AA minimums: 4.5:1 for normal text, 3:1 for large text. */
export const AA_NORMAL = 4.5;
export const AA_LARGE = 3;

/**
 * A computed CSS colour as browsers serialise it: "rgb(r, g, b)", "rgba(r, g, b, a)", the space-separated
 * "rgb(r g b / a)", or "color(srgb r g b / a)" with 0–1 channels. Null for anything else ("none", "url(#p)").
 */
export function parseCssColor(text: string): Rgba | null {
  const value = text.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value);
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(value);
  const match = rgb ?? srgb;
  if (!match) return null;
  const scale = srgb ? 255 : 1;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
  return { r: Number(match[1]) * scale, g: Number(match[2]) * scale, b: Number(match[3]) * scale, a: alpha };
}

/** `top` painted with extra `opacity` over an opaque `bottom`: the opaque colour the eye sees. */
export function composite(top: Rgba, bottom: Rgba, opacity = 1): Rgba {
  const a = top.a * opacity;
  const mix = (front: number, back: number) => front * a + back * (1 - a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG relative luminance of an opaque colour: 0 for black, 1 for white. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Contrast ratio of two opaque colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(one: Rgba, other: Rgba): number {
  const [light, dark] = [relativeLuminance(one), relativeLuminance(other)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG "large text": at least 24 px, or at least 18.66 px (14 pt) when bold. */
export function isLargeText(fontSizePx: number, fontWeight: number): boolean {
  return fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700);
}

/** The AA minimum for text of this size and weight. */
export function requiredContrast(fontSizePx: number, fontWeight: number): number {
  return isLargeText(fontSizePx, fontWeight) ? AA_LARGE : AA_NORMAL;
}
