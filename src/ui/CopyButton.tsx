// A button that copies text to the clipboard and says how it went through the caller's status line. Not an island.
interface Props {
  /** The button's text. */
  label: string;
  /** The text to copy, read at the moment of the click. */
  text: () => string;
  /** Called with whether the clipboard took the text (it can be blocked). */
  onDone: (copied: boolean) => void;
  disabled?: boolean;
}

export function CopyButton({ label, text, onDone, disabled }: Props) {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      onDone(true);
    } catch {
      onDone(false);
    }
  };
  return (
    <button type="button" class="button" onClick={copy} disabled={disabled}>
      {label}
    </button>
  );
}
