// "Your currency": the reader types the code of any currency the browser knows (suggested with their names) and
// enters the rates they actually got, each with its date; an amount then shows in their currency at the latest rate on
// or before its date. The site ships no rates. Not an island.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Field, controlProps } from '../../ui/Field';
import { NumberField } from '../../ui/NumberField';
import { FIRST_DATE } from '../../lib/work-log/fields';
import { formatDay } from '../../lib/core/dates';
import type { ReaderSettings } from '../../lib/settings/reader-settings';
import { readCurrencyCode, readRate } from '../../lib/settings/setting-inputs';
import { addRate, changeSettings, removeRate } from '../../stores/reader-settings-actions';

/** Every currency the browser can format, with its name in the reader's language: "PHP: Philippine Peso". */
function currencyOptions(): { code: string; name: string }[] {
  const codes = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
  const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(undefined, { type: 'currency' }) : null;
  return codes.filter((code) => code !== 'USD').map((code) => ({ code, name: names?.of(code) ?? code }));
}

export function CurrencySettings({ settings, today }: { settings: ReaderSettings; today: string }) {
  const options = useMemo(currencyOptions, []);
  const [rate, setRate] = useState({ date: today, perUsd: '' });
  const [errors, setErrors] = useState<{ date?: string; perUsd?: string }>({});
  const [status, setStatus] = useState('');
  const currency = settings.currency;
  const [code, setCode] = useState(currency?.code ?? '');
  const [codeError, setCodeError] = useState<string | null>(null);
  // A change made in another tab shows here, unless a code being typed does not read yet.
  useEffect(() => {
    if (codeError === null) setCode(currency?.code ?? '');
  }, [currency?.code]);
  const chooseCode = (raw: string) => {
    setCode(raw);
    const read = readCurrencyCode(raw);
    setCodeError('error' in read ? read.error : null);
    if (!('value' in read) || read.value === (currency?.code ?? null)) return;
    const chosen = read.value;
    changeSettings(() => ({ currency: chosen ? { code: chosen, rates: [] } : null }));
  };
  const add = (event: Event) => {
    event.preventDefault();
    const read = readRate({ date: rate.date || today, perUsd: rate.perUsd }, today);
    setErrors(read.errors);
    if (!read.rate) return;
    setStatus(addRate(read.rate) ? `Rate of ${formatDay(read.rate.date)} saved.` : 'This browser is not keeping data, so the rate holds only until you leave the page.');
    setRate({ date: today, perUsd: '' });
  };
  return (
    <fieldset class="settings__currency">
      <legend>Your currency</legend>
      <Field
        id="settings-currency"
        label="Show amounts in"
        hint="A currency’s three-letter code (PHP, KES, INR…): amounts then show beside US dollars, at the rates you got. Blank for US dollars only."
        error={codeError}
      >
        <input
          type="text"
          list="settings-currency-codes"
          autoComplete="off"
          autoCapitalize="characters"
          spellcheck={false}
          maxLength={40}
          value={code}
          onInput={(e) => chooseCode(e.currentTarget.value)}
          {...controlProps('settings-currency', { hint: true, error: codeError })}
        />
        <datalist id="settings-currency-codes">
          {options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </datalist>
      </Field>
      {currency && (
        <>
          {currency.rates.length === 0 ? (
            <p>No rate yet: enter the rate you got, so amounts show in {currency.code}.</p>
          ) : (
            <ul class="settings__rates">
              {[...currency.rates].reverse().map((dated) => (
                <li key={dated.date}>
                  1 USD = {dated.perUsd.toLocaleString(undefined, { maximumFractionDigits: 6 })} {currency.code} on {formatDay(dated.date)}{' '}
                  <button type="button" class="button" onClick={() => removeRate(dated.date)}>
                    Remove<span class="visually-hidden"> the rate of {formatDay(dated.date)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form class="settings__add-rate" aria-label="Add a rate" onSubmit={add} noValidate>
            <NumberField
              id="settings-rate"
              label={`${currency.code} you got for 1 US dollar`}
              value={rate.perUsd}
              onValue={(perUsd) => setRate({ ...rate, perUsd })}
              error={errors.perUsd ?? null}
              inputMode="decimal"
            />
            <Field id="settings-rate-date" label="On" error={errors.date ?? null}>
              <input
                type="date"
                min={FIRST_DATE}
                max={today || undefined}
                value={rate.date || today}
                onInput={(e) => setRate({ ...rate, date: e.currentTarget.value })}
                {...controlProps('settings-rate-date', { error: errors.date ?? null })}
              />
            </Field>
            <button type="submit" class="button">
              Add the rate
            </button>
          </form>
          <p class="work-log__status" role="status">
            {status}
          </p>
        </>
      )}
    </fieldset>
  );
}
