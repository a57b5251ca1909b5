// The plumbing every tool island shares: the address, the stores, and the code of drawings the server made.
import { useEffect, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';
import { replaceQuery } from '../browser/address';
import type { AddressCodec } from '../lib/core/url-state';

/**
 * Reads the address once mounted (`onLoad` gets what the link sets) and from then on keeps the address in step with
 * `state`. The first render stays the server's. Returns whether the island has mounted.
 */
export function useAddress<State, Linked>(
  codec: AddressCodec<State, Linked>,
  state: State,
  { onLoad }: { onLoad: (linked: Linked) => void },
): { mounted: boolean } {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    onLoad(codec.read(window.location.search));
    setMounted(true);
  }, []);
  const query = codec.write(state);
  useEffect(() => {
    if (mounted) replaceQuery(query);
  }, [mounted, query]);
  return { mounted };
}

/**
 * Calls `onChange` whenever a store changes after mounting (in this tab, or in another through the storage event),
 * so the island re-renders with it. The value at mount is for the island to read; this only follows changes.
 */
export function useStoreChange<Value>(store: ReadableAtom<Value>, onChange: (value: Value, previous: Value) => void): void {
  useEffect(() => store.listen((value, previous) => onChange(value as Value, previous as Value)), [store]);
}

/**
 * The code of a drawing the server already made for the build-time defaults. `serverModule` is the module on the
 * server (null in the browser); in the browser the module loads only once what the drawing shows (`key`) differs
 * from the server's drawing, or on `loadNow` (an edit), so it is not part of the JavaScript at load.
 * `stale` says the server's drawing no longer matches `key` while the code is on its way.
 */
export function useDrawingCode<Module>(load: () => Promise<Module>, serverModule: Module | null, key: string) {
  const [serverKey] = useState(key);
  const [module, setModule] = useState(serverModule);
  const [wanted, setWanted] = useState(false);
  const differs = key !== serverKey;
  useEffect(() => {
    if (!module && (wanted || differs)) void load().then(setModule);
  }, [wanted, differs]);
  return { module, stale: differs && !module, loadNow: () => setWanted(true) };
}
