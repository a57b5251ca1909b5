// A tool's state as a query string and back, so every result is a link one can share. Pure: writing the address bar
// itself is src/browser/address.ts.

/** Query parameters as a plain object; repeated keys keep the first value. */
export function readQuery(search: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    if (!(key in out)) out[key] = value;
  }
  return out;
}

/**
 * A query string for the given values, leaving out undefined ones (defaults are left out by the caller
 * so that a link carries only what the reader changed). Returns "" or "?a=1&b=2".
 */
export function buildQuery(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** Longest parameter text taken from a link; anything longer is no value a reader typed. */
export const MAX_LINK_TEXT = 40;

/** A link parameter as written, trimmed and cut short; undefined when blank, since a blank parameter says nothing. */
export const linkText = (raw: string | undefined): string | undefined => raw?.trim().slice(0, MAX_LINK_TEXT) || undefined;

/**
 * How a tool's state lives in the address: `read` turns a query string ("?a=1" or "") into what the link sets
 * (refusing nothing silently is the caller's business), `write` turns the state on screen into a query string.
 */
export interface AddressCodec<State, Linked> {
  read: (search: string) => Linked;
  write: (state: State) => string;
}
