// The search interface on Pagefind's JS API, loaded only when the reader opens search (or on /search/).
// One controller drives both the header dialog and the search page: an input with the ARIA 1.2 combobox
// pattern, a listbox of results, and a live status that announces the count.
import { HIGHLIGHT_PARAM } from '../../lib/search/shortcut';
import {
  LOAD_FAILED_MESSAGE,
  MAX_CHECKED_RESULTS,
  MAX_RESULTS,
  SEARCH_DEBOUNCE_MS,
  normaliseQuery,
  queryFromSearch,
  resultsMessage,
  searchPageHref,
  separateNearMatches,
  shapeResult,
  unavailableMessage,
  type PagefindResultData,
  type SearchHit,
  type SearchLink,
} from '../../lib/search/search';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    term: string,
    options: Record<string, unknown>,
    debounceMs: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

// Built by `pagefind --site dist` after `astro build`; a runtime address, so Vite must not bundle it.
const PAGEFIND_URL = '/pagefind/pagefind.js';

let pagefindLoad: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefindLoad ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await pagefind.options({ highlightParam: HIGHLIGHT_PARAM });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    pagefindLoad = undefined; // let the next attempt retry
    throw error;
  });
  return pagefindLoad;
}

class SearchController {
  readonly #input: HTMLInputElement;
  readonly #list: HTMLElement;
  readonly #status: HTMLElement;
  #active = -1;
  // Each search bumps this; a slower, older search never overwrites a newer one.
  #generation = 0;
  onQuery: (query: string) => void = () => {};

  constructor(input: HTMLInputElement, list: HTMLElement, status: HTMLElement) {
    this.#input = input;
    this.#list = list;
    this.#status = status;
    input.addEventListener('input', () => void this.search(input.value));
    input.addEventListener('keydown', (event) => this.#onKeydown(event));
  }

  /** Starts loading the index, or says why search cannot run here. */
  async prepare(): Promise<boolean> {
    const dev = import.meta.env.DEV;
    let loadFailed = false;
    if (!dev) await loadPagefind().catch(() => (loadFailed = true));
    const problem = unavailableMessage({ dev, loadFailed });
    if (problem !== null) this.#status.textContent = problem;
    return problem === null;
  }

  async search(raw: string): Promise<void> {
    const query = normaliseQuery(raw);
    const generation = ++this.#generation;
    this.onQuery(query);
    if (query === '') {
      this.#show([], '');
      return;
    }
    if (!(await this.prepare())) return;
    let pages: PagefindResultData[];
    try {
      const search = await (await loadPagefind()).debouncedSearch(query, {}, SEARCH_DEBOUNCE_MS);
      if (search === null || generation !== this.#generation) return;
      pages = await Promise.all(search.results.slice(0, MAX_CHECKED_RESULTS).map((result) => result.data()));
    } catch {
      // A part of the index this query needs could not be fetched (offline, and never fetched before).
      if (generation === this.#generation) this.#show([], LOAD_FAILED_MESSAGE);
      return;
    }
    if (generation !== this.#generation) return;
    // Pages that only share the first letters of a word found nowhere on the site are left out, and counted.
    const { matches, near } = separateNearMatches(query, pages);
    this.#show(matches.slice(0, MAX_RESULTS).map(shapeResult), resultsMessage(query, matches.length, near.length));
  }

  #show(hits: SearchHit[], message: string): void {
    const items = hits.flatMap((hit) => [
      this.#option(hit, 'search-hit'),
      ...hit.sections.map((section) => this.#option(section, 'search-hit search-hit--section')),
    ]);
    this.#list.replaceChildren(...items);
    this.#options().forEach((option, index) => (option.id = `${this.#list.id}-${index}`));
    this.#list.hidden = items.length === 0;
    this.#input.setAttribute('aria-expanded', String(items.length > 0));
    this.#status.textContent = message;
    this.#setActive(-1);
  }

  // Each result is a link that is itself the option (inside a presentational <li>): an option may not contain a
  // link, and a real link keeps middle-click and "open in new tab". Built from text nodes and <mark>s: page text
  // and the query never reach innerHTML.
  #option(link: SearchLink, className: string): HTMLLIElement {
    const item = document.createElement('li');
    item.className = className;
    item.setAttribute('role', 'none');
    const option = document.createElement('a');
    option.href = link.url;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    option.tabIndex = -1; // the input keeps focus; arrows move the active option
    const title = document.createElement('span');
    title.className = 'search-hit__title';
    title.textContent = link.title;
    const excerpt = document.createElement('span');
    excerpt.className = 'search-hit__excerpt';
    excerpt.append(
      ...link.excerpt.map((part) => {
        if (!part.marked) return part.text;
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        return mark;
      }),
    );
    option.append(title, excerpt);
    item.append(option);
    return item;
  }

  #options(): HTMLElement[] {
    return [...this.#list.querySelectorAll<HTMLElement>('[role="option"]')];
  }

  #setActive(index: number): void {
    this.#active = index;
    this.#options().forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const active = this.#options()[index];
    if (active) {
      this.#input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    } else {
      this.#input.removeAttribute('aria-activedescendant');
    }
  }

  #onKeydown(event: KeyboardEvent): void {
    const count = this.#options().length;
    if (count === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const from = this.#active === -1 ? (step === 1 ? -1 : count) : this.#active;
      this.#setActive((from + step + count) % count);
    } else if (event.key === 'Home' || event.key === 'End') {
      if (this.#active === -1) return; // still editing text: leave the caret keys alone
      event.preventDefault();
      this.#setActive(event.key === 'Home' ? 0 : count - 1);
    } else if (event.key === 'Enter') {
      // Enter opens the chosen result, or the first one when none is chosen yet.
      event.preventDefault();
      this.#options()[Math.max(this.#active, 0)]?.click();
    }
  }
}

let dialogController: SearchController | undefined;

/**
 * Wires the header dialog (the trigger script has already opened it and focused the box) and runs whatever
 * was typed while this module loaded. Escape is the dialog's own; Close and a backdrop click close it too.
 */
export function connectSearchDialog(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('[role="combobox"]');
  const list = dialog.querySelector<HTMLElement>('[role="listbox"]');
  const status = dialog.querySelector<HTMLElement>('[role="status"]');
  if (!input || !list || !status) return;
  if (!dialogController) {
    dialogController = new SearchController(input, list, status);
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close(); // a click on the backdrop
    });
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    if (input.value !== '') void dialogController.search(input.value);
  }
  void dialogController.prepare();
}

/** Wires the /search/ page: runs `?q=` on arrival and keeps the address in step with the query. */
export function mountSearchPage(input: HTMLInputElement, list: HTMLElement, status: HTMLElement): void {
  const controller = new SearchController(input, list, status);
  controller.onQuery = (query) => history.replaceState(null, '', searchPageHref(query));
  const query = queryFromSearch(location.search);
  input.value = query;
  if (query === '') void controller.prepare();
  else void controller.search(query);
}
