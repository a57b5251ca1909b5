// The reader's own currency beside US dollars: an amount converted at the latest rate the reader entered on or before
// its date (the latest of all for an amount with no date, such as a yearly estimate), formatted for the reader's
// locale. The site ships no rates: with none entered, nothing converts and nothing says it did.
import { formatDate } from '../core/dates';
import type { ReaderSettings } from './reader-settings';

export interface LocalAmount {
  /** The amount in the reader's currency, formatted for their locale: "₱2,557.10". */
  text: string;
  /** The rate's own words: "at 56.2 PHP to the dollar, the rate of 1 Dec 2026". */
  rate: string;
}

const formats = new Map<string, Intl.NumberFormat>();

/** An amount in the currency `code`, formatted for the reader's locale: "₱2,557.10". */
export function formatInCurrency(amount: number, code: string, locale?: string): string {
  const key = `${locale ?? ''}|${code}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: code });
    formats.set(key, format);
  }
  return format.format(amount);
}

/** A rate in words: "56.2 PHP to the dollar". */
export const rateText = (perUsd: number, code: string, locale?: string): string =>
  `${perUsd.toLocaleString(locale, { maximumFractionDigits: perUsd < 10 ? 4 : 2 })} ${code} to the dollar`;

/** The amount `usd` in the reader's currency, or null when no rate applies (none set, or none on or before `date`). */
export function localAmount(usd: number, currency: ReaderSettings['currency'], date?: string, locale?: string): LocalAmount | null {
  if (!currency || !Number.isFinite(usd)) return null;
  const rates = currency.rates.filter((rate) => date === undefined || rate.date <= date);
  const rate = rates[rates.length - 1];
  if (!rate) return null;
  return {
    text: formatInCurrency(usd * rate.perUsd, currency.code, locale),
    rate: `at ${rate.perUsd.toLocaleString(locale, { maximumFractionDigits: 6 })} ${currency.code} to the dollar, the rate of ${formatDate(rate.date, true)}`,
  };
}
