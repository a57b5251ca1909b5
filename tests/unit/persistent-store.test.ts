import { afterEach, describe, expect, it, vi } from 'vitest';
import { persistentAtom } from '../../src/stores/persistent';

const numberCodec = {
  encode: String,
  decode: (raw: string) => {
    const n = Number(raw);
    return Number.isInteger(n) && n >= 1 && n <= 5 ? n : 1;
  },
};

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('persistentAtom', () => {
  it('starts from the stored value and saves each change under its key', () => {
    const storage = memoryStorage({ 'test:level:v1': '3' });
    vi.stubGlobal('localStorage', storage);
    const $level = persistentAtom('test:level:v1', 1, numberCodec);
    expect($level.get()).toBe(3);
    $level.set(4);
    expect(storage.data.get('test:level:v1')).toBe('4');
  });

  it('reads a stored value that fails validation as the decoder says', () => {
    vi.stubGlobal('localStorage', memoryStorage({ 'test:level:v1': '<garbage>' }));
    expect(persistentAtom('test:level:v1', 2, numberCodec).get()).toBe(1);
  });

  it('falls back to the default and still works when storage is missing or throws', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    });
    const $level = persistentAtom('test:level:v1', 2, numberCodec);
    expect($level.get()).toBe(2);
    $level.set(5);
    expect($level.get()).toBe(5);
  });
});
