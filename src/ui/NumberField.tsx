// A labelled text input for a number (text, so a half-typed number is not rewritten). Where the text could be read two
// ways ("12,345"), the field says how it was read, so a misread is seen at once. Not an island itself.
import type { ComponentChildren } from 'preact';
import { Field, controlProps } from './Field';
import { readNumber } from '../lib/core/numbers';
// Sets how this reader's ambiguous commas are read, before any field is read.
import '../browser/locale';

interface Props {
  /** Unique id of the input; the hint and error ids derive from it. */
  id: string;
  /** Visible label text. */
  label: string;
  /** The raw text in the field, as typed. */
  value: string;
  onValue: (raw: string) => void;
  /** Message shown when the value is not valid; null when it is. */
  error: string | null;
  /** Help shown under the field, e.g. the typical range. */
  hint?: ComponentChildren;
  /** Decimal keyboard on phones for money and hours, numeric for counts. */
  inputMode?: 'decimal' | 'numeric';
}

export function NumberField({ id, label, value, onValue, error, hint, inputMode = 'decimal' }: Props) {
  const note = error ? null : (readNumber(value).readAs ?? null);
  return (
    <Field id={id} label={label} hint={hint} error={error} note={note}>
      <input
        {...controlProps(id, { hint, error, note })}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellcheck={false}
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </Field>
  );
}
