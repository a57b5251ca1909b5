// Keeping, moving and forgetting the readiness figures: what this browser keeps (said as it is, also when it keeps
// nothing), export, import and forget. Not an island itself.
import { useState } from 'preact/hooks';
import { UndoButton } from '../../ui/UndoButton';
import { Field, controlProps } from '../../ui/Field';
import type { Figures } from '../../lib/readiness/readiness';
import { EXPORT_FILE_NAME, oversizeMessage, parseImportText, serialiseFigures } from '../../lib/readiness/storage';

interface Props {
  figures: Figures;
  /** Whether this browser refuses to keep the figures (storage blocked or full). */
  storageRefused: boolean;
  /** Clears the figures; returns whether storage could be cleared (false: it is blocked) and how to undo it. */
  onForget: () => { kept: boolean; undo: () => void };
  onImport: (figures: Figures) => void;
}

export function FiguresData({ figures, storageRefused, onForget, onImport }: Props) {
  const [status, setStatus] = useState('');
  const [importError, setImportError] = useState<string | null>(null);
  const [undo, setUndo] = useState<(() => void) | null>(null);

  const forget = () => {
    const { kept, undo: restore } = onForget();
    setImportError(null);
    setUndo(() => restore);
    setStatus(kept ? 'Your figures were removed from this browser.' : 'Fields cleared. This browser blocks storage, so nothing had been saved.');
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus('');
    setUndo(null);
    const tooLarge = oversizeMessage(file.size, await file.slice(0, 200).text());
    const result = tooLarge === null ? parseImportText(await file.text()) : { ok: false as const, message: tooLarge };
    if (!result.ok) {
      setImportError(`${result.message} Nothing was changed.`);
      return;
    }
    setImportError(null);
    onImport(result.figures);
    setStatus('Figures imported.');
  };

  return (
    <section aria-labelledby="readiness-data">
      <h2 id="readiness-data">Keep, move or forget your figures</h2>
      {storageRefused ? (
        <p>
          This browser is not keeping data for this site, so your figures go when you leave the page. To keep them, export
          them to a small JSON file and import it later, here or in another browser.
        </p>
      ) : (
        <p>
          Your figures are saved in this browser only, never in the address bar or on a server. Move them to another browser
          with a small JSON file.
        </p>
      )}
      <div class="readiness__actions">
        <button type="button" class="button" onClick={forget}>
          Forget my figures
        </button>
        <UndoButton
          label="Undo forget"
          undo={undo}
          onDone={() => (setUndo(null), setStatus('Your figures are back.'))}
        />
        <button type="button" class="button" onClick={async () => (await import('../../browser/download')).downloadText(serialiseFigures(figures), EXPORT_FILE_NAME, 'application/json')}>
          Export my figures
        </button>
      </div>
      <Field id="readiness-import" label="Import figures from a file" error={importError} alert>
        <input
          {...controlProps('readiness-import', { error: importError })}
          type="file"
          accept="application/json,.json"
          onChange={(e) => importFile(e.currentTarget)}
        />
      </Field>
      <p class="readiness__status" role="status">
        {status}
      </p>
    </section>
  );
}
