import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage, withStorage } from './browser-storage';

const load = () => import('../../src/stores/profile');
afterEach(() => vi.unstubAllGlobals());

describe('profile store', () => {
  it('level: the action never stores an invalid value', async () => {
    const { module } = await withStorage(memoryStorage(), load);
    module.setCurrentLevel('4');
    expect(module.$currentLevel.get()).toBe(4);
    for (const bad of ['0', '6', 'two', '', '2.5', null]) expect(module.setCurrentLevel(bad)).toBe(false);
    expect(module.$currentLevel.get()).toBe(4);
  });
  it('level: a stored level is one of the levels in levels.yaml (5), else the default', async () => {
    expect((await withStorage(memoryStorage({ 'ladder:level:v1': '5' }), load)).module.$currentLevel.get()).toBe(5);
    expect((await withStorage(memoryStorage({ 'ladder:level:v1': '6' }), load)).module.$currentLevel.get()).toBe(1);
  });
  it('hours per week: 1 to 168, the same range as every tool', async () => {
    const { module } = await withStorage(memoryStorage(), load);
    module.setHoursPerWeek(12.5);
    expect(module.$hoursPerWeek.get()).toBe(12.5);
    for (const bad of ['0', '0.5', '-3', '169', 'NaN', 'Infinity', '']) module.setHoursPerWeek(bad);
    expect(module.$hoursPerWeek.get()).toBe(12.5);
  });
  it('weeks per year', async () => {
    const { module } = await withStorage(memoryStorage(), load);
    module.setWeeksPerYear('50');
    expect(module.$weeksPerYear.get()).toBe(50);
    for (const bad of ['0', '53', '1e3']) module.setWeeksPerYear(bad);
    expect(module.$weeksPerYear.get()).toBe(50);
  });
  it('each value has its own key, and bad stored values read as the defaults', async () => {
    const storage = memoryStorage({ 'ladder:level:v1': '<b>', 'ladder:hours:v1': '0.5', 'ladder:weeks:v1': '40' });
    const { module } = await withStorage(storage, load);
    expect([module.$currentLevel.get(), module.$hoursPerWeek.get(), module.$weeksPerYear.get()]).toEqual([1, 20, 40]);
    module.setHoursPerWeek('30');
    expect(Object.fromEntries(storage.data)).toEqual({ 'ladder:level:v1': '<b>', 'ladder:hours:v1': '30', 'ladder:weeks:v1': '40' });
  });
});
