import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockedStorage, memoryStorage, withStorage } from './browser-storage';

const numberCodec = {
  encode: String,
  decode: (raw: string) => {
    const n = Number(raw);
    return Number.isInteger(n) && n >= 1 && n <= 5 ? n : 1;
  },
};
const load = () => import('../../src/stores/persistent');

afterEach(() => vi.unstubAllGlobals());

describe('persistentAtom', () => {
  it('starts from the stored value and writes each update under its key', async () => {
    const storage = memoryStorage({ 'test:level:v1': '3' });
    const { module } = await withStorage(storage, load);
    const $level = module.persistentAtom('test:level:v1', 1, numberCodec);
    expect($level.get()).toBe(3);
    expect($level.update(() => 4)).toBe(true);
    expect(storage.data.get('test:level:v1')).toBe('4');
  });

  it('reads a stored value that fails validation as the decoder says, and a throwing decoder as the default', async () => {
    const { module } = await withStorage(memoryStorage({ 'test:level:v1': '<garbage>', 'test:json:v1': '{' }), load);
    expect(module.persistentAtom('test:level:v1', 2, numberCodec).get()).toBe(1);
    expect(module.persistentAtom('test:json:v1', 'none', { encode: String, decode: (raw) => JSON.parse(raw) as string }).get()).toBe('none');
  });

  it('an update starts from what storage holds now, not from what the page read at load', async () => {
    const storage = memoryStorage({ 'test:pair:v1': '{"a":1}' });
    const { module } = await withStorage(storage, load);
    const $pair = module.persistentAtom<Record<string, number>>('test:pair:v1', {}, { encode: JSON.stringify, decode: JSON.parse });
    // Another tab writes b before this page's storage event arrives.
    storage.data.set('test:pair:v1', '{"a":1,"b":2}');
    $pair.update((current) => ({ ...current, c: 3 }));
    expect(JSON.parse(storage.data.get('test:pair:v1')!)).toEqual({ a: 1, b: 2, c: 3 });
    expect($pair.get()).toEqual({ a: 1, b: 2, c: 3 });
  });

  it('follows another tab: a new value, a corrupt one (the default), a removal and a cleared storage', async () => {
    const { module, otherTab } = await withStorage(memoryStorage(), load);
    const $level = module.persistentAtom('test:level:v1', 2, numberCodec);
    otherTab('test:level:v1', '5');
    expect($level.get()).toBe(5);
    otherTab('test:other:v1', '3');
    expect($level.get()).toBe(5);
    otherTab('test:level:v1', 'corrupt');
    expect($level.get()).toBe(1);
    otherTab('test:level:v1', '4');
    otherTab(null, null);
    expect($level.get()).toBe(2);
  });

  it('removes the key when the codec has nothing to keep', async () => {
    const storage = memoryStorage({ 'test:list:v1': 'x' });
    const { module } = await withStorage(storage, load);
    const $text = module.persistentAtom('test:list:v1', '', { encode: (v: string) => (v === '' ? null : v), decode: (raw) => raw });
    $text.update(() => '');
    expect(storage.data.has('test:list:v1')).toBe(false);
  });

  it('falls back to the default, keeps the value for the page and reports it when storage is blocked', async () => {
    const { module } = await withStorage(blockedStorage, load);
    const $level = module.persistentAtom('test:level:v1', 2, numberCodec);
    expect($level.get()).toBe(2);
    expect($level.update(() => 5)).toBe(false);
    expect($level.get()).toBe(5);
  });
});
