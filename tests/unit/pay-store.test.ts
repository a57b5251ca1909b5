import { describe, expect, it } from 'vitest';
import { $paySettings, clearPaySettings, parseStoredPaySettings, setPaySettings } from '../../src/stores/pay';

describe('stored pay settings', () => {
  it('keeps valid entries only', () => {
    expect(
      parseStoredPaySettings('{"mode":"perTask","rate":70,"fees":"12.5","unpaid":-1,"perTask":"x","tasksPerHour":8}'),
    ).toEqual({
      mode: 'perTask',
      rate: 70,
      fees: 12.5,
      tasksPerHour: 8,
    });
  });

  it.each(['not json', '[1,2]', 'null', '"text"', '{"rate":"Infinity","mode":"<b>"}', '{"fees":101}'])(
    'reads %s as nothing stored',
    (raw) => {
      expect(parseStoredPaySettings(raw)).toEqual({});
    },
  );

  it('the action never stores an invalid value', () => {
    setPaySettings({ rate: 55, fees: 150, unpaid: Number.NaN });
    expect($paySettings.get()).toEqual({ rate: 55 });
    clearPaySettings();
    expect($paySettings.get()).toEqual({});
  });
});
