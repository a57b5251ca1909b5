// "Copy link" and "Reset" for a tool whose state lives in the URL. Not an island itself.
import { useState } from 'preact/hooks';

interface Props {
  /** Puts the tool back to its defaults (and clears the URL). */
  onReset: () => void;
}

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function ShareControls({ onReset }: Props) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const url = window.location.href;
    setStatus((await copyToClipboard(url)) ? 'Link copied.' : `Copy this link: ${url}`);
  };
  return (
    <div class="share-controls">
      <button type="button" class="button" onClick={copy}>
        Copy link
      </button>
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
