import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage, withStorage } from './browser-storage';
import { realContent } from '../support/content';
import { defaultPayForm } from '../../src/lib/pay/pay';

const levels = realContent().levels;
const load = () => import('../../src/stores/pay');
afterEach(() => vi.unstubAllGlobals());

describe('stored pay settings', () => {
  it('keeps valid entries only', async () => {
    const { module } = await withStorage(memoryStorage(), load);
    expect(
      module.parseStoredPaySettings('{"mode":"perTask","rate":70,"fees":"12.5","unpaid":-1,"perTask":"x","tasksPerHour":8}'),
    ).toEqual({ mode: 'perTask', rate: 70, fees: 12.5, tasksPerHour: 8 });
  });

  it.each(['not json', '[1,2]', 'null', '"text"', '{"rate":"Infinity","mode":"<b>"}', '{"fees":101}'])(
    'reads %s as nothing stored',
    async (raw) => {
      const { module } = await withStorage(memoryStorage({ 'ladder:pay:v1': raw }), load);
      expect(module.parseStoredPaySettings(raw)).toEqual({});
      expect(module.$paySettings.get()).toEqual({});
    },
  );

  it('the action never stores an invalid value, and clearing removes the key', async () => {
    const storage = memoryStorage();
    const { module } = await withStorage(storage, load);
    expect(module.setPaySetting('rate', 55)).toBe(true);
    expect(module.setPaySetting('fees', 150)).toBe(false);
    expect(module.setPaySetting('unpaid', Number.NaN)).toBe(false);
    expect(module.$paySettings.get()).toEqual({ rate: 55 });
    module.clearPaySettings();
    expect(module.$paySettings.get()).toEqual({});
    expect(storage.data.has('ladder:pay:v1')).toBe(false);
  });

  it('a setting written here keeps the settings another tab wrote meanwhile', async () => {
    const storage = memoryStorage({ 'ladder:pay:v1': '{"rate":40}' });
    const { module } = await withStorage(storage, load);
    storage.data.set('ladder:pay:v1', '{"rate":40,"fees":12}');
    module.setPaySetting('unpaid', 3);
    expect(JSON.parse(storage.data.get('ladder:pay:v1')!)).toEqual({ rate: 40, fees: 12, unpaid: 3 });
  });

  it('saves only the fields the reader changed', async () => {
    const storage = memoryStorage({ 'ladder:hours:v1': '30', 'ladder:level:v1': '2' });
    const { module } = await withStorage(storage, load);
    // A page opened from an old link (level 1, 25 hours) where the reader then edits fees.
    const linked = { ...defaultPayForm(levels, 1), hours: '25' };
    module.savePayChanges(levels, linked, { ...linked, fees: '15' });
    expect(Object.fromEntries(storage.data)).toEqual({ 'ladder:hours:v1': '30', 'ladder:level:v1': '2', 'ladder:pay:v1': '{"fees":15}' });
  });

  it('a rate at the level midpoint is left unstored, so it follows the level', async () => {
    const storage = memoryStorage({ 'ladder:pay:v1': '{"rate":99}' });
    const { module } = await withStorage(storage, load);
    const form = defaultPayForm(levels, 1);
    module.savePayChanges(levels, { ...form, rate: '99' }, form);
    expect(storage.data.has('ladder:pay:v1')).toBe(false);
  });
});
