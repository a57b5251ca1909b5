// Promotion readiness check: the reader's figures against one step's signals, next steps, and a request draft.
// Logic lives in src/lib/readiness*.ts and src/lib/promotion-request.ts; this island renders and wires events.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReadinessInputId, Transition } from '../schemas/transitions';
import { NumberField } from './parts/NumberField';
import { parseIntInRange } from '../lib/numbers';
import { buildQuery, readQuery, replaceQuery } from '../lib/url-state';
import { EMPTY_FIGURES, INPUT_SPECS, evaluateStep, readFigure, summarise, type Figures, type SignalState } from '../lib/readiness';
import { draftFileName, draftPromotionRequest } from '../lib/promotion-request';
import {
  EXPORT_FILE_NAME,
  forgetFigures,
  loadFigures,
  oversizeMessage,
  parseImportText,
  saveFigures,
  serialiseFigures,
} from '../lib/readiness-storage';

export interface ReadinessStep extends Pick<Transition, 'from' | 'to' | 'months' | 'thresholds' | 'readiness' | 'guidePath' | 'lookFor'> {
  fromRole: string;
  toRole: string;
  /** levelLabel() of each end, made on the server so the formatting module stays out of the page's JavaScript. */
  fromLabel: string;
  toLabel: string;
}

interface Props {
  steps: ReadinessStep[];
  /** Target shown before the URL is read, and when the URL's `target` is missing or not valid. */
  defaultTarget: number;
}

type Texts = Record<ReadinessInputId, string>;

const STATE_TEXT: Record<SignalState, string> = { met: 'Met', notYet: 'Not yet', yourCall: 'Your call', unknown: 'Not known' };

const textsFrom = (figures: Figures): Texts =>
  Object.fromEntries(Object.entries(figures).map(([id, value]) => [id, value === null ? '' : String(value)])) as Texts;

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Feedback as figures are typed: what this browser now keeps (any step's figures count). */
function savedFiguresText(figures: Figures): string {
  const saved = Object.values(figures).filter((value) => value !== null).length;
  if (saved === 0) return 'No figures saved in this browser yet.';
  return `${saved} ${saved === 1 ? 'figure' : 'figures'} saved in this browser.`;
}

export default function ReadinessCheck({ steps, defaultTarget }: Props) {
  const targets = steps.map((s) => s.to);
  const [target, setTarget] = useState(defaultTarget);
  const [texts, setTexts] = useState<Texts>(textsFrom(EMPTY_FIGURES));
  const [mounted, setMounted] = useState(false);
  const [draft, setDraft] = useState('');
  const [draftStatus, setDraftStatus] = useState('');
  const [dataStatus, setDataStatus] = useState('');
  const [importError, setImportError] = useState('');
  const draftRef = useRef<HTMLTextAreaElement>(null);

  // Stored figures and the URL are read only after mounting, so the first render matches the server's.
  useEffect(() => {
    const query = readQuery(window.location.search);
    const fromUrl = parseIntInRange(query.target, Math.min(...targets), Math.max(...targets));
    if (fromUrl !== null) setTarget(fromUrl);
    else if ('target' in query) replaceQuery('');
    setTexts(textsFrom(loadFigures(safeStorage())));
    setMounted(true);
  }, []);

  const step = steps.find((s) => s.to === target) ?? steps[0]!;
  const readings = useMemo(
    () => Object.fromEntries(Object.entries(texts).map(([id, raw]) => [id, readFigure(id as ReadinessInputId, raw)])),
    [texts],
  ) as Record<ReadinessInputId, ReturnType<typeof readFigure>>;
  const figures = Object.fromEntries(Object.entries(readings).map(([id, r]) => [id, r.value])) as Figures;
  const readiness = evaluateStep(step, figures);
  const inputIds = step.readiness.inputs.map((input) => input.id);

  useEffect(() => {
    if (mounted) saveFigures(safeStorage(), figures);
  }, [texts, mounted]);

  const chooseTarget = (raw: string) => {
    const value = parseIntInRange(raw, Math.min(...targets), Math.max(...targets));
    if (value === null) return;
    setTarget(value);
    replaceQuery(buildQuery({ target: value === defaultTarget ? undefined : value }));
  };

  const makeDraft = () => {
    setDraft(
      draftPromotionRequest({
        target: { rank: step.to, role: step.toRole },
        current: { rank: step.from, role: step.fromRole },
        figures,
        inputs: inputIds,
      }),
    );
    const leftOut = inputIds.some((id) => readings[id].error !== null);
    setDraftStatus(
      `Draft ready. ${leftOut ? 'Figures with an error beside them were left out. ' : ''}Edit it as you like before sending it yourself.`,
    );
  };

  const copyDraft = async () => {
    try {
      await navigator.clipboard.writeText(draft);
      setDraftStatus('Copied to the clipboard.');
    } catch {
      draftRef.current?.select();
      setDraftStatus('Copying was blocked; the text is selected, so press Ctrl+C (or ⌘C) to copy it.');
    }
  };

  const forget = () => {
    const forgotten = forgetFigures(safeStorage());
    setTexts(textsFrom(EMPTY_FIGURES));
    setDraft('');
    setDraftStatus('');
    setImportError('');
    setDataStatus(
      forgotten ? 'Your figures were removed from this browser.' : 'Fields cleared. This browser blocks storage, so nothing had been saved.',
    );
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setDataStatus('');
    const tooLarge = oversizeMessage(file.size);
    const result = tooLarge === null ? parseImportText(await file.text()) : { ok: false as const, message: tooLarge };
    if (!result.ok) {
      setImportError(`${result.message} Nothing was changed.`);
      return;
    }
    setImportError('');
    setTexts(textsFrom(result.figures));
    setDataStatus('Figures imported.');
  };

  return (
    // data-ready marks that stored figures and the URL have been read (tests wait for it before typing).
    <div class="readiness" data-ready={mounted ? '' : undefined}>
      <div class="field">
        <label for="readiness-target">Target level</label>
        <select id="readiness-target" value={target} onChange={(e) => chooseTarget(e.currentTarget.value)}>
          {steps.map((s) => (
            <option key={s.to} value={s.to}>
              {s.toLabel}
            </option>
          ))}
        </select>
        <p class="field__hint">From {step.fromLabel}.</p>
      </div>

      <fieldset class="readiness__figures">
        <legend>Your figures</legend>
        <p class="field__hint">Leave any field blank if you do not know it; its signal then reads “not known”.</p>
        {step.readiness.inputs.map((input) => {
          const spec = INPUT_SPECS[input.id];
          return (
            <NumberField
              key={input.id}
              id={`readiness-${input.id}`}
              label={spec.label}
              value={texts[input.id]}
              onValue={(raw) => setTexts((previous) => ({ ...previous, [input.id]: raw }))}
              error={readings[input.id].error}
              inputMode={spec.integer ? 'numeric' : 'decimal'}
              hint={input.note ? `${spec.hint} ${input.note}` : spec.hint}
            />
          );
        })}
        <p class="field__hint">{savedFiguresText(figures)}</p>
      </fieldset>

      <section aria-labelledby="readiness-signals">
        <h2 id="readiness-signals">What platforms look for</h2>
        <p class="readiness__summary" aria-live="polite">
          {summarise(readiness)}
        </p>
        <ul class="readiness__signals" aria-label="Signals for this step">
          {readiness.results.map((result) => (
            <li key={result.signal.id} class={`signal signal--${result.state}`}>
              <span class="signal__state">{STATE_TEXT[result.state]}</span>
              <span class="signal__label">{result.signal.label}</span>
              <span class="signal__detail">
                Bar: {result.bar}. Yours: {result.yours ?? 'not given'}.
              </span>
            </li>
          ))}
        </ul>
        {readiness.nextSteps.length > 0 && (
          <>
            <h3>Your next steps</h3>
            <ul>
              {readiness.nextSteps.map((signal) => (
                <li key={signal.id}>
                  {signal.nextStep}{' '}
                  <a href={signal.guidePath}>
                    Read more in the guide<span class="visually-hidden"> about: {signal.label}</span>
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>Everything the article says platforms look for at this step</h3>
        <p>Only some of these can be measured with a figure; the rest are for you to judge.</p>
        <ul>
          {step.lookFor.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
        <p>
          <a href={step.guidePath}>Read the guide to reaching {step.toRole}</a>
        </p>
      </section>

      <section aria-labelledby="readiness-request">
        <h2 id="readiness-request">Ask for the role</h2>
        <p>
          The article says a short note citing your quality scores can speed up a move to reviewer; the draft cites only
          the figures you gave for this step, and nothing is sent anywhere.
        </p>
        <button type="button" class="button button--primary" onClick={makeDraft}>
          Draft my request
        </button>
        <div class="field readiness__draft">
          <label for="readiness-draft">Your message</label>
          <textarea ref={draftRef} id="readiness-draft" rows={14} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        </div>
        <div class="readiness__actions">
          <button type="button" class="button" onClick={copyDraft} disabled={draft === ''}>
            Copy
          </button>
          <button
            type="button"
            class="button"
            onClick={() => downloadText(draft, draftFileName(step.to), 'text/plain;charset=utf-8')}
            disabled={draft === ''}
          >
            Download as .txt
          </button>
        </div>
        <p class="readiness__status" role="status">
          {draftStatus}
        </p>
      </section>

      <section aria-labelledby="readiness-data">
        <h2 id="readiness-data">Your figures stay in this browser</h2>
        <p>
          Your figures are saved in this browser only, never in the address bar or on a server. Move them to another
          browser with a small JSON file.
        </p>
        <div class="readiness__actions">
          <button type="button" class="button" onClick={forget}>
            Forget my figures
          </button>
          <button type="button" class="button" onClick={() => downloadText(serialiseFigures(figures), EXPORT_FILE_NAME, 'application/json')}>
            Export my figures
          </button>
        </div>
        <div class={`field${importError ? ' field--invalid' : ''}`}>
          <label for="readiness-import">Import figures from a file</label>
          <input
            id="readiness-import"
            type="file"
            accept="application/json,.json"
            aria-invalid={importError ? 'true' : undefined}
            aria-describedby={importError ? 'readiness-import-error' : undefined}
            onChange={(e) => importFile(e.currentTarget)}
          />
          {importError && (
            <p class="field__error" id="readiness-import-error" role="alert">
              {importError}
            </p>
          )}
        </div>
        <p class="readiness__status" role="status">
          {dataStatus}
        </p>
      </section>
    </div>
  );
}
