// The plumbing every tool island shares: the address, the stores, and code loaded when it comes into view.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';
import { replaceQuery, type AddressCodec } from '../../lib/url-state';

/**
 * Reads the address once mounted (`onLoad` gets what the link sets, or null when this copy of the tool does not use
 * the address) and from then on keeps the address in step with `state`. The first render stays the server's.
 * Returns whether the island has mounted, and the query that describes `state`.
 */
export function useAddress<State, Linked>(
  codec: AddressCodec<State, Linked>,
  state: State,
  { active = true, onLoad }: { active?: boolean; onLoad: (linked: Linked | null) => void },
): { mounted: boolean; query: string } {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    onLoad(active ? codec.read(window.location.search) : null);
    setMounted(true);
  }, []);
  const query = codec.write(state);
  useEffect(() => {
    if (mounted && active) replaceQuery(query);
  }, [mounted, active, query]);
  return { mounted, query };
}

/**
 * Calls `onChange` whenever a store changes after mounting (in this tab, or in another through the storage event),
 * so the island re-renders with it. The value at mount is for the island to read; this only follows changes.
 */
export function useStoreChange<Value>(store: ReadableAtom<Value>, onChange: (value: Value, previous: Value) => void): void {
  useEffect(() => store.listen((value, previous) => onChange(value as Value, previous as Value)), [store]);
}

/**
 * Loads a module when the element behind `ref` comes near the screen, or at once with `loadNow` (e.g. on an edit).
 * `initial` is a module already at hand (the server render has it), so nothing needs loading.
 */
export function useLoadWhenVisible<Module, Target extends Element = HTMLElement>(
  load: () => Promise<Module>,
  initial: Module | null = null,
) {
  const ref = useRef<Target>(null);
  const [module, setModule] = useState<Module | null>(initial);
  const loadNow = () => {
    if (!module) void load().then(setModule);
  };
  useEffect(() => {
    const target = ref.current;
    if (module || !target) return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      loadNow();
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, []);
  return { ref, module, loadNow };
}
