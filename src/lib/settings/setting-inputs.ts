// The reader's settings as typed in the settings form: each value read, or the message shown beside its field. Apart
// from the settings themselves (./reader-settings.ts), which every tool reads at load and which need none of this.
import { isIsoDate } from '../core/dates';
import { numberError, parseNumber } from '../core/numbers';
import type { WeeklyGoal } from '../work-log/week-glance';
import { MAX_FLOOR_USD, MAX_GOAL, MAX_RATE, isCurrencyCode, type DatedRate } from './reader-settings';

/** A typed setting: its value, or the message to show beside its field. */
export type SettingReading<T> = { value: T } | { error: string };

const readPositive = (raw: string, max: number, what: string, allowBlank = true): SettingReading<number | null> => {
  if (raw.trim() === '') return allowBlank ? { value: null } : { error: `Enter ${what}.` };
  const value = parseNumber(raw);
  if (value === null) return { error: numberError(raw, `Enter ${what} as a number, such as 12.5.`) };
  if (value <= 0) return { error: `Enter ${what} above 0, or leave the field blank for none.` };
  if (value > max) return { error: `Enter at most ${max.toLocaleString('en-US')}.` };
  return { value };
};

/** "My minimum hourly rate", US dollars: blank for none. */
export const readFloor = (raw: string): SettingReading<number | null> => readPositive(raw, MAX_FLOOR_USD, 'a rate in US dollars an hour');

/** The weekly goal's amount: blank for none. */
export const readGoalAmount = (raw: string, kind: WeeklyGoal['kind']): SettingReading<number | null> =>
  readPositive(raw, MAX_GOAL[kind], kind === 'paidHours' ? 'a number of hours' : 'an amount in US dollars');

/** The share to set aside, a percentage: blank for none; over 100 % is refused. */
export function readSetAside(raw: string): SettingReading<number | null> {
  if (raw.trim() === '') return { value: null };
  const value = parseNumber(raw);
  if (value === null) return { error: numberError(raw, 'Enter a percentage, such as 15.') };
  if (value <= 0) return { error: 'Enter a percentage above 0, or leave the field blank to set nothing aside.' };
  if (value > 100) return { error: 'A share cannot be more than 100 %.' };
  return { value };
}

/** A dated rate as typed: a real day not after today, and an amount above 0. */
export function readRate(form: { date: string; perUsd: string }, today: string): { rate: DatedRate | null; errors: { date?: string; perUsd?: string } } {
  const errors: { date?: string; perUsd?: string } = {};
  const date = form.date.trim();
  if (!isIsoDate(date)) errors.date = 'Enter the date of the rate, such as 2026-12-01.';
  else if (date > today) errors.date = 'A rate cannot be dated in the future: enter the day you got it.';
  const perUsd = readPositive(form.perUsd, MAX_RATE, 'the amount of your currency one US dollar bought', false);
  if ('error' in perUsd) errors.perUsd = perUsd.error.replace(', or leave the field blank for none', '');
  if (errors.date || errors.perUsd || !('value' in perUsd) || perUsd.value === null) return { rate: null, errors };
  return { rate: { date, perUsd: perUsd.value }, errors };
}

/** A currency code as typed: blank for US dollars only; three letters the browser knows as a currency, in any case. */
export function readCurrencyCode(raw: string): SettingReading<string | null> {
  const code = raw.trim().toUpperCase();
  if (code === '' || code === 'USD') return { value: null };
  if (!/^[A-Z]{3}$/.test(code)) return { error: 'Enter a currency’s three-letter code, such as PHP or KES, or leave it blank for US dollars only.' };
  if (!isCurrencyCode(code)) return { error: `${code} is not a currency this browser knows: check the code (PHP, KES, INR…).` };
  return { value: code };
}
