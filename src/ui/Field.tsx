// A labelled form field with an optional hint and an error message, both tied to the control for assistive
// technology. Every tool's inputs and selects use it; it is not an island itself.
import type { ComponentChildren } from 'preact';

/** The attributes that tie a control to its label, hint and error message. */
export function controlProps(id: string, { hint, error, note }: { hint?: unknown; error?: string | null; note?: string | null }) {
  const describedBy = [hint ? `${id}-hint` : null, note ? `${id}-note` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return {
    id,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy || undefined,
  };
}

interface Props {
  /** The control's id; the hint and error ids derive from it. */
  id: string;
  label: string;
  /** Help under the field, e.g. the typical range. */
  hint?: ComponentChildren;
  /** Message shown when the value is not valid; null when it is. */
  error?: string | null;
  /** How a valid value was read, where it could be read two ways ("Read as 12,345."). */
  note?: string | null;
  /** Extra class on the wrapper. */
  class?: string;
  /** Announce the error at once (for an error that follows an action, such as an import, rather than typing). */
  alert?: boolean;
  /** The control, built with `controlProps(id, { hint, error })`. */
  children: ComponentChildren;
}

export function Field({ id, label, hint, error, note, class: className, alert, children }: Props) {
  return (
    <div class={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {note && (
        <p class="field__note" id={`${id}-note`}>
          {note}
        </p>
      )}
      {error && (
        <p class="field__error" id={`${id}-error`} role={alert ? 'alert' : undefined}>
          {error}
        </p>
      )}
    </div>
  );
}
