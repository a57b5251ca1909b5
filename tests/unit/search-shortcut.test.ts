import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_PARAM, hasHighlightTerms, isApplePlatform, isSearchShortcut, shortcutFor } from '../../src/lib/search/shortcut';

const key = (overrides: Partial<Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>>) => ({
  key: 'k',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...overrides,
});

describe('shortcut label', () => {
  it.each(['MacIntel', 'iPhone', 'iPad', 'iPod touch', 'macOS'])('%s is an Apple platform: ⌘K', (platform) => {
    expect(isApplePlatform(platform)).toBe(true);
    expect(shortcutFor(platform)).toEqual({ label: '⌘K', aria: 'Meta+K' });
  });

  it.each(['Win32', 'Linux x86_64', 'Android', ''])('%s uses Ctrl K', (platform) => {
    expect(isApplePlatform(platform)).toBe(false);
    expect(shortcutFor(platform)).toEqual({ label: 'Ctrl K', aria: 'Control+K' });
  });
});

describe('isSearchShortcut', () => {
  it('accepts Ctrl+K and ⌘K, in either case', () => {
    expect(isSearchShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key({ metaKey: true }))).toBe(true);
    expect(isSearchShortcut(key({ key: 'K', ctrlKey: true }))).toBe(true);
  });

  it('never fires on a single key (WCAG 2.1.4) or with other modifiers', () => {
    expect(isSearchShortcut(key({}))).toBe(false);
    expect(isSearchShortcut(key({ ctrlKey: true, metaKey: true }))).toBe(false);
    expect(isSearchShortcut(key({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSearchShortcut(key({ ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(key({ key: 'j', ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(key({ key: '/', ctrlKey: true }))).toBe(false);
  });
});

describe('hasHighlightTerms', () => {
  it('is true only when a non-blank highlight term is present', () => {
    expect(hasHighlightTerms(`?${HIGHLIGHT_PARAM}=calibration`)).toBe(true);
    expect(hasHighlightTerms(`?x=1&${HIGHLIGHT_PARAM}=&${HIGHLIGHT_PARAM}=tier`)).toBe(true);
    expect(hasHighlightTerms('')).toBe(false);
    expect(hasHighlightTerms(`?${HIGHLIGHT_PARAM}=`)).toBe(false);
    expect(hasHighlightTerms(`?${HIGHLIGHT_PARAM}=%20%20`)).toBe(false);
    expect(hasHighlightTerms('?q=calibration')).toBe(false);
  });

  it('survives malformed escapes', () => {
    expect(() => hasHighlightTerms(`?${HIGHLIGHT_PARAM}=%E0%A4%A`)).not.toThrow();
  });
});
