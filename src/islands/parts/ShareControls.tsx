// "Copy link" and "Reset" for a tool whose state lives in the URL. Not an island itself.
import { useState } from 'preact/hooks';
import { CopyButton } from './CopyButton';

interface Props {
  /** Puts the tool back to its defaults (and clears the URL). */
  onReset: () => void;
}

export function ShareControls({ onReset }: Props) {
  const [status, setStatus] = useState('');
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
          onReset();
          setStatus('Reset to the defaults.');
        }}
      >
        Reset
      </button>
      <p class="share-controls__status" role="status">
        {status}
      </p>
    </div>
  );
}
