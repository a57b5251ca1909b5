// The reader's settings: what a stored or imported value keeps, what a typed value is refused with, and amounts in the
// reader's currency at the rate of the day.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage, withStorage } from './browser-storage';
import { localAmount } from '../../src/lib/settings/currency';
import { DEFAULT_SETTINGS, isCurrencyCode, readReaderSettings } from '../../src/lib/settings/reader-settings';
import { readFloor, readGoalAmount, readRate, readSetAside } from '../../src/lib/settings/setting-inputs';

afterEach(() => vi.unstubAllGlobals());

describe('readReaderSettings', () => {
  it.each([null, 'text', 42, [1, 2], { currency: 5, floorUsd: 'x', goal: [], weekStart: 'Funday', setAsidePct: 150 }])(
    'reads %j as the defaults',
    (value) => expect(readReaderSettings(value)).toEqual(DEFAULT_SETTINGS),
  );

  it('keeps each sound part, drops the rest and sorts the rates', () => {
    const settings = readReaderSettings({
      currency: {
        code: 'PHP',
        rates: [
          { date: '2026-12-05', perUsd: 56 },
          { date: '2026-02-30', perUsd: 50 },
          { date: '2026-12-01', perUsd: 0 },
          { date: '2026-11-01', perUsd: 57.5, extra: '<b>' },
          'nope',
        ],
      },
      floorUsd: 6,
      goal: { kind: 'earnings', amount: 2_000_000 },
      weekStart: 'Sunday',
      setAsidePct: 12.5,
    });
    expect(settings).toMatchObject({
      currency: { code: 'PHP', rates: [{ date: '2026-11-01', perUsd: 57.5 }, { date: '2026-12-05', perUsd: 56 }] },
      floorUsd: 6,
      goal: null,
      weekStart: 'Sunday',
      setAsidePct: 12.5,
    });
  });

  it('knows real currency codes only', () => {
    expect(['PHP', 'INR', 'KES', 'NGN'].every(isCurrencyCode)).toBe(true);
    expect(['php', 'XYZ1', 'ABC', '', 7].some(isCurrencyCode)).toBe(false);
  });
});

describe('typed settings', () => {
  it.each([
    ['', { value: null }],
    ['7.5', { value: 7.5 }],
    ['0', { error: 'Enter a rate in US dollars an hour above 0, or leave the field blank for none.' }],
    ['-3', { error: 'Enter a rate in US dollars an hour above 0, or leave the field blank for none.' }],
    ['20000', { error: 'Enter at most 10,000.' }],
  ])('the floor %j reads as %j', (raw, reading) => expect(readFloor(raw)).toEqual(reading));

  it('refuses a goal of more hours than a week has', () => {
    expect(readGoalAmount('169', 'paidHours')).toEqual({ error: 'Enter at most 168.' });
    expect(readGoalAmount('500', 'earnings')).toEqual({ value: 500 });
  });

  it.each([
    ['15', { value: 15 }],
    ['100', { value: 100 }],
    ['101', { error: 'A share cannot be more than 100 %.' }],
    ['0', { error: 'Enter a percentage above 0, or leave the field blank to set nothing aside.' }],
  ])('the set-aside %j reads as %j', (raw, reading) => expect(readSetAside(raw)).toEqual(reading));

  it('refuses a rate dated in the future, of zero or below, or not a number', () => {
    const today = '2026-12-07';
    expect(readRate({ date: '2026-12-07', perUsd: '56.2' }, today)).toEqual({ rate: { date: '2026-12-07', perUsd: 56.2 }, errors: {} });
    expect(readRate({ date: '2026-12-08', perUsd: '56' }, today).errors.date).toBe('A rate cannot be dated in the future: enter the day you got it.');
    expect(readRate({ date: '2026-12-01', perUsd: '0' }, today)).toEqual({
      rate: null,
      errors: { perUsd: 'Enter the amount of your currency one US dollar bought above 0.' },
    });
    expect(readRate({ date: '2026-12-01', perUsd: '-1' }, today).rate).toBeNull();
    expect(readRate({ date: 'yesterday', perUsd: 'abc' }, today).errors).toEqual({
      date: 'Enter the date of the rate, such as 2026-12-01.',
      perUsd: expect.stringMatching(/number/),
    });
  });
});

describe('localAmount', () => {
  const currency = { code: 'PHP', rates: [{ date: '2026-12-01', perUsd: 50 }, { date: '2026-12-05', perUsd: 56 }] };

  it('converts at the latest rate on or before the amount’s day', () => {
    expect(localAmount(10, currency, '2026-12-03', 'en-US')?.text).toBe('₱500.00');
    expect(localAmount(10, currency, '2026-12-05', 'en-US')?.text).toBe('₱560.00');
    expect(localAmount(10, currency, undefined, 'en-US')).toEqual({ text: '₱560.00', rate: 'at 56 PHP to the dollar, the rate of 5 Dec 2026' });
  });

  it('converts nothing before the first rate, without a currency, or for a broken amount', () => {
    expect(localAmount(10, currency, '2026-11-30')).toBeNull();
    expect(localAmount(10, null)).toBeNull();
    expect(localAmount(10, { code: 'PHP', rates: [] })).toBeNull();
    expect(localAmount(Number.NaN, currency)).toBeNull();
  });
});

describe('the settings store', () => {
  const load = async () => {
    const [store, actions] = await Promise.all([import('../../src/stores/reader-settings'), import('../../src/stores/reader-settings-actions')]);
    return { ...store, ...actions };
  };

  it('moves the old payout settings in once and keeps them', async () => {
    const storage = memoryStorage({ 'ladder:payouts:v1': '{"methods":{"Appen":"PayPal"},"ownDays":{},"promptDone":true}' });
    const { module } = await withStorage(storage, load);
    expect(module.$settings.get()).toMatchObject({ methods: { Appen: 'PayPal' }, payoutPromptDone: true });
    expect(storage.data.has('ladder:payouts:v1')).toBe(false);
    expect(JSON.parse(storage.data.get('ladder:settings:v1')!)).toMatchObject({ methods: { Appen: 'PayPal' } });
  });

  it('reads garbage in storage as the defaults, and never stores an unsound change', async () => {
    const storage = memoryStorage({ 'ladder:settings:v1': '{"floorUsd":"<script>","currency":{"code":"???"}' });
    const { module } = await withStorage(storage, load);
    expect(module.$settings.get()).toEqual(DEFAULT_SETTINGS);
    module.changeSettings(() => ({ setAsidePct: 300, floorUsd: 5 }));
    expect(module.$settings.get()).toMatchObject({ setAsidePct: null, floorUsd: 5 });
  });

  it('adds a rate only once a currency is chosen, one per day', async () => {
    const { module } = await withStorage(memoryStorage(), load);
    module.addRate({ date: '2026-12-01', perUsd: 50 });
    expect(module.$settings.get().currency).toBeNull();
    module.changeSettings(() => ({ currency: { code: 'KES', rates: [] } }));
    module.addRate({ date: '2026-12-01', perUsd: 129 });
    module.addRate({ date: '2026-12-01', perUsd: 130 });
    expect(module.$settings.get().currency).toEqual({ code: 'KES', rates: [{ date: '2026-12-01', perUsd: 130 }] });
    module.removeRate('2026-12-01');
    expect(module.$settings.get().currency).toEqual({ code: 'KES', rates: [] });
  });
});
