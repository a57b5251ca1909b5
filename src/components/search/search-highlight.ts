// Marks the searched words on a page opened from a search result (`?highlight=word`), with Pagefind's own
// highlighter. Imported only on such arrivals, so ordinary page views fetch none of it.
import { HIGHLIGHT_PARAM } from '../../lib/search/shortcut';

interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
}
type PagefindHighlightClass = new (options: PagefindHighlightOptions) => unknown;

const HIGHLIGHT_URL = '/pagefind/pagefind-highlight.js';

export async function highlightSearchTerms(): Promise<void> {
  if (import.meta.env.DEV) return; // no index, so no highlighter, under `astro dev`
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ HIGHLIGHT_URL)) as {
    default: PagefindHighlightClass;
  };
  // Its default styles arrive as an inline <style>, which the CSP blocks; Search.astro styles the marks.
  new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
  // A section link scrolls to its heading; a page link scrolls to the first match.
  if (location.hash === '') document.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' });
}
