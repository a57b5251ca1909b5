// A nanostores atom kept in localStorage: the few lines the stores need, instead of @nanostores/persistent, to keep
// the JavaScript of the tool pages within budget.
import { atom, type ReadableAtom } from 'nanostores';

export interface StorageCodec<Value> {
  /** The stored text of a value; null removes the key (nothing worth keeping). */
  encode: (value: Value) => string | null;
  /** Turns whatever is stored (hand-edited, from an old version, corrupt) into a valid value; never throws. */
  decode: (raw: string) => Value;
}

/** A store whose changes are written to storage; read it like any atom, change it only through `update`. */
export interface PersistentAtom<Value> extends ReadableAtom<Value> {
  /**
   * Changes the value, starting from what storage holds now rather than what this page read when it loaded, so a
   * change made meanwhile in another tab is kept. Returns false when storage refused (blocked or full): the value
   * still holds for this page view.
   */
  update: (change: (current: Value) => Value) => boolean;
  /** Changes the value for this page alone, writing nothing: what other tabs and later visits must not see. */
  setHere: (value: Value) => void;
}

/**
 * True once this browser has refused to keep a value (storage blocked or full): every tool then says that what the
 * reader enters will not be kept, and never that it was saved.
 */
export const $storageRefused = atom(false);

/** Tries a write, so a tool can say at once (not only after the first edit) that nothing will be kept. */
export function probeStorage(): void {
  try {
    const place = storage();
    if (!place) throw new Error('no storage');
    place.setItem('ladder:probe', '1');
    place.removeItem('ladder:probe');
  } catch {
    $storageRefused.set(true);
  }
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on the mere access when storage is blocked.
    return null;
  }
}

function decodeOr<Value>(raw: string | null, initial: Value, decode: (raw: string) => Value): Value {
  if (raw === null) return initial;
  try {
    return decode(raw);
  } catch {
    return initial;
  }
}

/** An atom that starts from the stored value, writes each update, and follows changes made in other tabs. */
export function persistentAtom<Value>(key: string, initial: Value, { encode, decode }: StorageCodec<Value>): PersistentAtom<Value> {
  const read = (): Value | null => {
    try {
      const raw = storage()?.getItem(key);
      return raw === undefined ? null : decodeOr(raw, initial, decode);
    } catch {
      return null;
    }
  };
  const store = atom<Value>(read() ?? initial);
  const update = (change: (current: Value) => Value): boolean => {
    const next = change(read() ?? store.get());
    store.set(next);
    try {
      const place = storage();
      if (!place) throw new Error('no storage');
      const text = encode(next);
      if (text === null) place.removeItem(key);
      else place.setItem(key, text);
      return true;
    } catch {
      $storageRefused.set(true);
      return false;
    }
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      // key null: another tab cleared all of storage.
      if (event.key === key || event.key === null) store.set(decodeOr(event.newValue, initial, decode));
    });
  }
  return Object.assign(store, { update, setHere: (value: Value) => store.set(value) });
}
