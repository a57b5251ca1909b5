// "Copy link" and "Reset" for a tool whose state lives in the URL, with an "Undo" after a reset. Not an island itself.
import { useState } from 'preact/hooks';
import { CopyButton } from './CopyButton';
import { UndoButton } from './UndoButton';

interface Props {
  /** Puts the tool back to its defaults (and clears the URL); returns how to undo that, when there is anything to undo. */
  onReset: () => (() => void) | void;
}

/**
 * The reset most tools give ShareControls: clears the stores (`clearStores` returns how to put them back) and shows
 * `defaults`; the undo it returns restores the stores and the form as it was.
 */
export function resetWithUndo<Form>(form: Form, defaults: Form, setForm: (form: Form) => void, clearStores: () => () => void) {
  const restoreStores = clearStores();
  setForm(defaults);
  return () => {
    restoreStores();
    setForm(form);
  };
}

export function ShareControls({ onReset }: Props) {
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<(() => void) | null>(null);
  return (
    <div class="share-controls">
      <CopyButton
        label="Copy link"
        text={() => window.location.href}
        onDone={(copied) => setStatus(copied ? 'Link copied.' : `Copy this link: ${window.location.href}`)}
      />
      <button
        type="button"
        class="button"
        onClick={() => {
          const restore = onReset();
          setUndo(() => restore ?? null);
          setStatus('Reset to the defaults.');
        }}
      >
        Reset
      </button>
      <UndoButton
        label="Undo reset"
        undo={undo}
        onDone={() => (setUndo(null), setStatus('Your values are back.'))}
      />
      <p class="share-controls__status" role="status">
        {status}
      </p>
    </div>
  );
}
