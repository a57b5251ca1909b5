// A nanostores atom kept in localStorage: the few lines the stores need, instead of @nanostores/persistent, to keep
// the JavaScript of the tool pages within budget.
import { atom, type WritableAtom } from 'nanostores';

export interface StorageCodec<Value> {
  encode: (value: Value) => string;
  /** Turns whatever is stored (hand-edited, from an old version, corrupt) into a valid value. */
  decode: (raw: string) => Value;
}

function read<Value>(key: string, initial: Value, { decode }: StorageCodec<Value>): Value {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? initial : decode(raw);
  } catch {
    // No storage (server render, blocked by the browser): the default.
    return initial;
  }
}

/** An atom that starts from the stored value, saves each change, and follows changes made in other tabs. */
export function persistentAtom<Value>(key: string, initial: Value, codec: StorageCodec<Value>): WritableAtom<Value> {
  const store = atom(read(key, initial, codec));
  store.listen((value) => {
    try {
      localStorage.setItem(key, codec.encode(value));
    } catch {
      // Storage can be full or blocked; the value still holds for this page view.
    }
  });
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key === key) store.set(event.newValue === null ? initial : codec.decode(event.newValue));
    });
  }
  return store;
}
