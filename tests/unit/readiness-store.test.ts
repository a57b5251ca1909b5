import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockedStorage, memoryStorage, withStorage } from './browser-storage';
import { EMPTY_FIGURES, type Figures } from '../../src/lib/readiness/readiness';
import { READINESS_STORAGE_KEY, serialiseFigures } from '../../src/lib/readiness/storage';

const some: Figures = { ...EMPTY_FIGURES, qualityRankTopPercent: 8, tasksCompleted: 1240, monthsAtCurrentLevel: 4.5 };
const load = () => import('../../src/stores/readiness');
afterEach(() => vi.unstubAllGlobals());

describe('readiness figures store', () => {
  it('loads what is stored, and saves under the versioned key', async () => {
    const storage = memoryStorage({ [READINESS_STORAGE_KEY]: serialiseFigures(some) });
    const { module } = await withStorage(storage, load);
    expect(module.$readinessFigures.get()).toEqual(some);
    module.setFigure('activeDaysLast30', 20);
    expect(JSON.parse(storage.data.get(READINESS_STORAGE_KEY)!).figures).toMatchObject({ activeDaysLast30: 20, tasksCompleted: 1240 });
  });

  it('two tabs: a figure typed here keeps the figures typed in the other tab', async () => {
    const storage = memoryStorage();
    const { module } = await withStorage(storage, load);
    // Tab A (another page) saved quality 97 and tasks 500; this tab, loaded before, types days active 20.
    storage.data.set(READINESS_STORAGE_KEY, serialiseFigures({ ...EMPTY_FIGURES, qualityScorePercent: 97, tasksCompleted: 500 }));
    module.setFigure('activeDaysLast30', 20);
    expect(JSON.parse(storage.data.get(READINESS_STORAGE_KEY)!).figures).toMatchObject({
      qualityScorePercent: 97,
      tasksCompleted: 500,
      activeDaysLast30: 20,
    });
  });

  it('follows another tab, and reads a corrupt value from it as blank figures', async () => {
    const { module, otherTab } = await withStorage(memoryStorage(), load);
    otherTab(READINESS_STORAGE_KEY, serialiseFigures(some));
    expect(module.$readinessFigures.get()).toEqual(some);
    otherTab(READINESS_STORAGE_KEY, '{"format":"ladder-readiness","version":1,"figures":{"tasksCompleted":-5}}');
    expect(module.$readinessFigures.get()).toEqual(EMPTY_FIGURES);
  });

  it('never stores an invalid figure; forgetting removes the key', async () => {
    const storage = memoryStorage({ other: 'kept' });
    const { module } = await withStorage(storage, load);
    expect(module.setFigure('qualityScorePercent', 101)).toBe(false);
    module.setFigure('tasksCompleted', 3);
    expect(module.forgetFigures()).toBe(true);
    expect([...storage.data.keys()]).toEqual(['other']);
  });

  it.each(['garbage', '{"__proto__":{}}', 'x'.repeat(10_000)])('a bad stored value %# reads as blank figures', async (raw) => {
    const { module } = await withStorage(memoryStorage({ [READINESS_STORAGE_KEY]: raw }), load);
    expect(module.$readinessFigures.get()).toEqual(EMPTY_FIGURES);
  });

  it('blocked storage never throws, and says nothing was kept', async () => {
    const { module } = await withStorage(blockedStorage, load);
    expect(module.$readinessFigures.get()).toEqual(EMPTY_FIGURES);
    expect(module.setFigure('tasksCompleted', 3)).toBe(false);
    expect(module.$readinessFigures.get().tasksCompleted).toBe(3);
    expect(module.forgetFigures()).toBe(false);
  });
});
