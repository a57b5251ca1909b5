// The address bar itself: the one place the tools touch `window.location` and `history` (src/lib/core/url-state.ts turns
// state into query strings and back without a browser).

/** Replaces the current history entry's query, keeping path and hash; no navigation, no new history entry. */
export function replaceQuery(query: string): void {
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${query}${hash}`);
}
