// The little that every page needs before search opens: the shortcut and the highlight parameter.
// Kept apart from search.ts so the always-loaded trigger script stays a few hundred bytes.

/** URL parameter Pagefind adds to result links; the target page marks its values. */
export const HIGHLIGHT_PARAM = 'highlight';

export interface Shortcut {
  /** What the button shows. */
  label: string;
  /** Value for `aria-keyshortcuts`. */
  aria: string;
}

/** Apple keyboards use Command where the others use Control. */
export function isApplePlatform(platform: string): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform);
}

export function shortcutFor(platform: string): Shortcut {
  return isApplePlatform(platform) ? { label: '⌘K', aria: 'Meta+K' } : { label: 'Ctrl K', aria: 'Control+K' };
}

/** Ctrl+K or ⌘K, with no other modifier; a single-key shortcut would break WCAG 2.1.4. */
export function isSearchShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return event.key.toLowerCase() === 'k' && event.ctrlKey !== event.metaKey && !event.altKey && !event.shiftKey;
}

/** Whether the reader arrived from a search result, so the page should mark the searched words. */
export function hasHighlightTerms(search: string): boolean {
  return new URLSearchParams(search).getAll(HIGHLIGHT_PARAM).some((term) => term.trim() !== '');
}
