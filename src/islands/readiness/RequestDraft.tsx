// "Ask for the role": drafts the request for one target level, to edit, copy or download. Keyed by the target level
// in the island, so a draft never outlives the target it was written for. Not an island itself.
import { useRef, useState } from 'preact/hooks';
import { CopyButton } from '../../ui/CopyButton';

interface Props {
  /** The draft for the figures as they are now. */
  compose: () => string;
  /** Whether some figures were left out of the draft because they have an error. */
  leftOut: () => boolean;
  /** The file name of the download, which names the target level. */
  fileName: string;
}

export function RequestDraft({ compose, leftOut, fileName }: Props) {
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const makeDraft = () => {
    setDraft(compose());
    setStatus(`Draft ready. ${leftOut() ? 'Figures with an error beside them were left out. ' : ''}Edit it as you like before sending it yourself.`);
  };
  const copied = (ok: boolean) => {
    if (!ok) area.current?.select();
    setStatus(ok ? 'Copied to the clipboard.' : 'Copying was blocked; the text is selected, so press Ctrl+C (or ⌘C) to copy it.');
  };
  return (
    <section aria-labelledby="readiness-request">
      <h2 id="readiness-request">Ask for the role</h2>
      <p>
        The article says a short note citing your quality scores can speed up a move to reviewer; the draft cites only the
        figures you gave for this step, and nothing is sent anywhere.
      </p>
      <button type="button" class="button button--primary" onClick={makeDraft}>
        Draft my request
      </button>
      <div class="field readiness__draft">
        <label for="readiness-draft">Your message</label>
        <textarea ref={area} id="readiness-draft" rows={14} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
      </div>
      <div class="readiness__actions">
        <CopyButton label="Copy" text={() => draft} onDone={copied} disabled={draft === ''} />
        <button
          type="button"
          class="button"
          onClick={async () => (await import('../../browser/download')).downloadText(draft, fileName, 'text/plain;charset=utf-8')}
          disabled={draft === ''}
        >
          Download as .txt
        </button>
      </div>
      <p class="readiness__status" role="status">
        {status}
      </p>
    </section>
  );
}
