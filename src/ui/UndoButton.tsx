// The "Undo" offered after a reset or a deletion, shown while there is something to restore. Not an island itself.
interface Props {
  label: string;
  /** Restores what was there; null hides the button. */
  undo: (() => void) | null;
  /** Called after restoring, e.g. to hide the button and say so. */
  onDone: () => void;
}

export function UndoButton({ label, undo, onDone }: Props) {
  if (!undo) return null;
  const restore = () => {
    undo();
    onDone();
  };
  return (
    <button type="button" class="button" onClick={restore}>
      {label}
    </button>
  );
}
