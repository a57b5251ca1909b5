// A labelled text input for a number, with an optional hint and an error tied to it for assistive technology.
// Used by several islands; it is not an island itself.
import type { ComponentChildren } from 'preact';

interface Props {
  /** Unique id of the input; the hint and error ids derive from it. */
  id: string;
  /** Visible label text. */
  label: string;
  /** The raw text in the field (kept as typed, so a half-typed number is not rewritten). */
  value: string;
  onValue: (raw: string) => void;
  /** Message shown when the value is not valid; null when it is. */
  error: string | null;
  /** Help shown under the field, e.g. the typical range. */
  hint?: ComponentChildren;
  /** Decimal keyboard on phones for money and hours, numeric for counts. */
  inputMode?: 'decimal' | 'numeric';
  /** Extra class on the wrapper. */
  class?: string;
}

export function NumberField({ id, label, value, onValue, error, hint, inputMode = 'decimal', class: className }: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellcheck={false}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
