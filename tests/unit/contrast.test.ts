import { describe, expect, it } from 'vitest';
import { AA_LARGE, AA_NORMAL, composite, contrastRatio, isLargeText, parseCssColor, relativeLuminance, requiredContrast } from '../support/contrast';
import { anchorFor, percentOf } from '../../src/lib/core/chart';

const WHITE = { r: 255, g: 255, b: 255, a: 1 };
const BLACK = { r: 0, g: 0, b: 0, a: 1 };

describe('parseCssColor', () => {
  it('reads the forms getComputedStyle returns', () => {
    expect(parseCssColor('rgb(29, 78, 216)')).toEqual({ r: 29, g: 78, b: 216, a: 1 });
    expect(parseCssColor('rgba(0, 0, 0, 0.5)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseCssColor('rgb(10 20 30 / 25%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.25 });
    expect(parseCssColor('color(srgb 1 0.5 0)')).toEqual({ r: 255, g: 127.5, b: 0, a: 1 });
    expect(parseCssColor('transparent')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
  });

  it('returns null for paint that is not a colour', () => {
    expect(parseCssColor('none')).toBeNull();
    expect(parseCssColor('url("#hatch")')).toBeNull();
  });
});

describe('contrast ratio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, BLACK)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, WHITE)).toBe(1);
  });

  it('matches worked values', () => {
    // #767676 on white is the classic lightest grey passing AA: luminance 0.1812, (1.05) / (0.2312) = 4.54.
    const grey = { r: 0x76, g: 0x76, b: 0x76, a: 1 };
    expect(relativeLuminance(grey)).toBeCloseTo(0.1812, 3);
    expect(contrastRatio(grey, WHITE)).toBeCloseTo(4.54, 2);
    // White text on the dark theme's accent #8fb0ff: channels 0.2747, 0.4342 and 1 once linearised, so luminance
    // 0.2126 × 0.2747 + 0.7152 × 0.4342 + 0.0722 × 1 = 0.4411, and (1.05) / (0.4911) = 2.14: fails AA.
    const darkAccent = { r: 0x8f, g: 0xb0, b: 0xff, a: 1 };
    expect(relativeLuminance(darkAccent)).toBeCloseTo(0.4411, 3);
    expect(contrastRatio(WHITE, darkAccent)).toBeCloseTo(2.14, 2);
  });
});

describe('composite', () => {
  it('lays a half-transparent black over white as mid grey', () => {
    expect(composite({ r: 0, g: 0, b: 0, a: 0.5 }, WHITE)).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });

  it('multiplies in the extra opacity of the element', () => {
    expect(composite(BLACK, WHITE, 0.25)).toEqual({ r: 191.25, g: 191.25, b: 191.25, a: 1 });
  });
});

describe('AA thresholds', () => {
  it('treats 24 px, or 18.66 px bold, as large text', () => {
    expect(isLargeText(24, 400)).toBe(true);
    expect(isLargeText(19, 700)).toBe(true);
    expect(isLargeText(19, 600)).toBe(false);
    expect(isLargeText(14, 700)).toBe(false);
    expect(requiredContrast(14, 400)).toBe(AA_NORMAL);
    expect(requiredContrast(24, 400)).toBe(AA_LARGE);
  });
});

describe('chart geometry', () => {
  it('turns values into clamped percentages', () => {
    expect(percentOf(3, 12)).toBe('25%');
    expect(percentOf(1, 3)).toBe('33.333%');
    expect(percentOf(20, 10)).toBe('100%');
    expect(percentOf(-1, 10)).toBe('0%');
    expect(percentOf(5, 0)).toBe('0%');
  });

  it('anchors labels so they stay inside the chart', () => {
    expect(anchorFor(1, 10)).toBe('start');
    expect(anchorFor(5, 10)).toBe('middle');
    expect(anchorFor(9, 10)).toBe('end');
  });
});
