// A stand-in for the browser's localStorage and its cross-tab "storage" event, for store tests run without a browser.
import { vi } from 'vitest';

export interface MemoryStorage extends Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  data: Map<string, string>;
}

export function memoryStorage(initial: Record<string, string> = {}): MemoryStorage {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  };
}

/** Storage that refuses everything, as in a browser that blocks it. */
export const blockedStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

/**
 * Installs `storage` as localStorage and a window that receives storage events, then loads the module fresh (stores
 * read storage when they are created). Returns the module and a function that plays another tab's write.
 */
export async function withStorage<Module>(storage: object, load: () => Promise<Module>) {
  vi.resetModules();
  vi.stubGlobal('localStorage', storage);
  const win = new EventTarget();
  vi.stubGlobal('window', win);
  const module = await load();
  const otherTab = (key: string | null, newValue: string | null) => {
    if (key !== null && 'data' in storage) {
      const data = (storage as MemoryStorage).data;
      if (newValue === null) data.delete(key);
      else data.set(key, newValue);
    }
    win.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
  };
  return { module, otherTab };
}
