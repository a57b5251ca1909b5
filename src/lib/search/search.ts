// Pure search logic shared by the dialog and the /search/ page: query clean-up, result shaping, messages.
// The DOM side lives in src/components/search/search-ui.ts; nothing here touches the browser.

/** Where the search page lives; `?q=` carries the query. */
export const SEARCH_PAGE_PATH = '/search/';
/** Longer queries are cut: nobody types more, and it bounds the work a pasted text can cause. */
export const MAX_QUERY_LENGTH = 120;
/** Pages shown per search; the live count still reports every match. */
export const MAX_RESULTS = 10;
/** Pages whose words are checked against the query (more than the site has today), so the count stays true. */
export const MAX_CHECKED_RESULTS = 60;
/** Section links under each page result. */
export const MAX_SUB_RESULTS = 3;
/** Pause after the last keystroke before searching. */
export const SEARCH_DEBOUNCE_MS = 120;

/** The part of Pagefind's `result.data()` the interface reads. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
  /** The page's indexed text; splitting it on whitespace and indexing by `locations` gives the matched words. */
  content?: string;
  /** Positions (in `content` split on whitespace) of the words that matched the query. */
  locations?: number[];
}

/** A run of excerpt text; `marked` runs matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}
export interface SearchLink {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}
export interface SearchHit extends SearchLink {
  sections: SearchLink[];
}

/** Trims, folds whitespace, drops control characters and caps the length; anything not a string becomes ''. */
export function normaliseQuery(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return raw
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

/** The query carried by a search-page address (`?q=`), cleaned. */
export function queryFromSearch(search: string): string {
  return normaliseQuery(new URLSearchParams(search).get('q'));
}

/** Address of the search page for a query, for links and the OpenSearch template. */
export function searchPageHref(query: string): string {
  const q = normaliseQuery(query);
  return q === '' ? SEARCH_PAGE_PATH : `${SEARCH_PAGE_PATH}?q=${encodeURIComponent(q)}`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/**
 * Splits a Pagefind excerpt into plain and marked runs, so the page builds text nodes and <mark>s
 * instead of parsing HTML. Pagefind escapes page text and adds only <mark> tags; any other tag is dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
    if (text === '') continue;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}

/**
 * Turns Pagefind's data for one page into what the list shows: the page, then up to three sections
 * (sub-results that link to a heading), the most-matched first, kept in page order.
 */
export function shapeResult(data: PagefindResultData): SearchHit {
  const title = data.meta.title?.trim() || data.url;
  const sections = (data.sub_results ?? [])
    .map((sub, position) => ({ sub, position }))
    .filter(({ sub }) => sub.url.includes('#') && sub.title.trim() !== '' && sub.title.trim() !== title)
    .sort((a, b) => (b.sub.locations?.length ?? 0) - (a.sub.locations?.length ?? 0) || a.position - b.position)
    .slice(0, MAX_SUB_RESULTS)
    .sort((a, b) => a.position - b.position)
    .map(({ sub }) => ({ title: sub.title.trim(), url: sub.url, excerpt: excerptParts(sub.excerpt) }));
  return { title, url: data.url, excerpt: excerptParts(data.excerpt), sections };
}

/** Lower-case letters and digits only, accents removed: "Attempters'" → "attempters". */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

// Endings an English stemmer may take off before Pagefind looks a word up, longest first.
const ENDINGS = ['ational', 'ization', 'fulness', 'ousness', 'iveness', 'ations', 'ation', 'ments', 'ment', 'ness', 'ings', 'ing', 'ers', 'ies', 'ied', 'er', 'es', 'ed', 'ly', 'al', 's', 'y', 'e'];

/**
 * A generous stem of a query term: the term less its longest common English ending, keeping at least 3 letters.
 * Pagefind stems before it looks up, so "reviewers" rightly finds "review"; "paystack" keeps every letter.
 */
export function looseStem(term: string): string {
  const ending = ENDINGS.find((e) => term.endsWith(e) && term.length - e.length >= 3);
  return ending ? term.slice(0, -ending.length) : term;
}

/**
 * The ways a matched word can be read: whole, and split at punctuation and at case changes, because the indexed
 * text sometimes runs two words together ("paidNet") or joins them ("higher-value", "Reviewer/QA").
 */
function wordForms(word: string): string[] {
  const parts = word.split(/[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u);
  return [word, ...parts].map(foldWord).filter((form) => form !== '');
}

/** The page's words that Pagefind marked as matching the query. */
export function matchedWords(data: Pick<PagefindResultData, 'content' | 'locations'>): string[] {
  const words = (data.content ?? '').split(/\s+/).filter((w) => w !== '');
  return (data.locations ?? []).map((at) => words[at]).filter((w): w is string => w !== undefined);
}

/**
 * True when every word of the query is on the page: some matched word starts with the term's stem. When a word
 * is nowhere on the site, Pagefind falls back to the longest shorter word it knows ("paystack" → "pay"); those
 * pages share only the first letters and fail this test. A query of punctuation alone is not judged.
 */
export function matchesEveryTerm(query: string, data: Pick<PagefindResultData, 'content' | 'locations'>): boolean {
  const terms = query.split(/\s+/).map(foldWord).filter((t) => t !== '');
  const forms = matchedWords(data).flatMap(wordForms);
  return terms.every((term) => {
    const stem = looseStem(term);
    return forms.some((form) => form.startsWith(stem));
  });
}

/** Splits Pagefind's pages into those that contain every query word and near matches that only share first letters. */
export function separateNearMatches<T extends Pick<PagefindResultData, 'content' | 'locations'>>(
  query: string,
  pages: readonly T[],
): { matches: T[]; near: T[] } {
  const matches: T[] = [];
  const near: T[] = [];
  for (const page of pages) (matchesEveryTerm(query, page) ? matches : near).push(page);
  return { matches, near };
}

/**
 * A reader's text set apart from the sentence around it (Unicode first-strong isolate … pop isolate), so a query in
 * Arabic or Hebrew does not reorder the English words and quotes beside it.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** What the live region says after a search; the query is quoted as text. `near` counts the pages left out. */
export function resultsMessage(rawQuery: string, count: number, near = 0): string {
  if (rawQuery === '') return '';
  const query = isolate(rawQuery);
  if (count === 0) {
    const leftOut =
      near === 0 ? '' : ` ${near} ${near === 1 ? 'page shares' : 'pages share'} only its first letters and ${near === 1 ? 'is' : 'are'} not shown.`;
    return `No results for “${query}”.${leftOut} Try fewer words, another spelling, or a broader term such as “reviewer”.`;
  }
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`;
}

export const DEV_NO_INDEX_MESSAGE =
  'Search is not available under npm run dev, because the search index is only made by npm run build. Run npm run build, then npm run preview, to try it.';
/** Offline, the index is there only for what was searched before on this device (it is kept as it is first used). */
export const LOAD_FAILED_MESSAGE =
  'Search needs a connection for this: the index is kept on this device as it is first used. Connect and try again; what you have searched before also works offline.';

/**
 * Why search cannot run, or null when it can. The dev server has no Pagefind index, so there the
 * dialog explains instead of requesting files that do not exist.
 */
export function unavailableMessage(state: { dev: boolean; loadFailed: boolean }): string | null {
  if (state.dev) return DEV_NO_INDEX_MESSAGE;
  if (state.loadFailed) return LOAD_FAILED_MESSAGE;
  return null;
}
