// Promotion readiness check: the reader's figures against one step's signals, next steps, and a request draft.
// Logic lives in src/lib/readiness/; this island renders and wires events.
import { useEffect, useState } from 'preact/hooks';
import type { ReadinessInputId, Transition } from '../../schemas/transitions';
import { FiguresData } from './FiguresData';
import { LevelSelect } from '../../ui/LevelSelect';
import { NumberField } from '../../ui/NumberField';
import { ReadinessSignals } from './ReadinessSignals';
import { RequestDraft } from './RequestDraft';
import { UseLogButton } from '../../ui/UseLogButton';
import { useStoreChange } from '../../ui/hooks';
import { StorageNote, useStorageRefused } from '../../ui/StorageNote';
import { parseIntInRange } from '../../lib/core/numbers';
import { replaceQuery } from '../../browser/address';
import { buildQuery, readQuery } from '../../lib/core/url-state';
import { EMPTY_FIGURES, INPUT_SPECS, READINESS_INPUT_IDS, evaluateStep, readFigure, type Figures, type SignalBars } from '../../lib/readiness/readiness';
import { draftFileName, draftPromotionRequest } from '../../lib/readiness/request';
import { savedFiguresText, textsFrom, textsWithFigures } from '../../lib/readiness/storage';
import { $readinessFigures, forgetFigures, replaceFigures, setFigure } from '../../stores/readiness';
import './readiness.css';

export interface ReadinessStep extends Pick<Transition, 'from' | 'to' | 'thresholds' | 'readiness' | 'guidePath' | 'lookFor'> {
  fromRole: string;
  toRole: string;
  /** levelLabel() of each end, made on the server so the formatting module stays out of the page's JavaScript. */
  fromLabel: string;
  toLabel: string;
  /** Each signal's bar in words (describeBars), made on the server for the same reason. */
  bars: SignalBars;
}

interface Props {
  steps: ReadinessStep[];
  /** Target shown before the URL is read, and when the URL's `target` is missing or not valid. */
  defaultTarget: number;
}

export default function ReadinessCheck({ steps, defaultTarget }: Props) {
  const targets = steps.map((s) => s.to);
  const readTarget = (raw: unknown) => parseIntInRange(raw, Math.min(...targets), Math.max(...targets));
  const [target, setTarget] = useState(defaultTarget);
  const [texts, setTexts] = useState(textsFrom(EMPTY_FIGURES));
  const [mounted, setMounted] = useState(false);
  // Bumped when the figures are forgotten, so a draft that cites them goes too.
  const [forgotten, setForgotten] = useState(0);
  const storageRefused = useStorageRefused();

  // Stored figures and the URL are read only after mounting, so the first render matches the server's.
  useEffect(() => {
    const query = readQuery(window.location.search);
    const fromUrl = readTarget(query.target);
    if (fromUrl !== null) setTarget(fromUrl);
    else if ('target' in query) replaceQuery('');
    setTexts(textsFrom($readinessFigures.get()));
    setMounted(true);
  }, []);
  // Figures changed in another tab appear here; a field already showing that figure keeps its text.
  useStoreChange($readinessFigures, (figures) => setTexts((current) => textsWithFigures(current, figures)));

  const step = steps.find((s) => s.to === target) ?? steps[0]!;
  const readings = Object.fromEntries(READINESS_INPUT_IDS.map((id) => [id, readFigure(id, texts[id])])) as Record<
    ReadinessInputId,
    ReturnType<typeof readFigure>
  >;
  const figures = Object.fromEntries(READINESS_INPUT_IDS.map((id) => [id, readings[id].value])) as Figures;
  const readiness = evaluateStep(step, figures);
  const inputIds = step.readiness.inputs.map((input) => input.id);

  const edit = (id: ReadinessInputId, raw: string) => {
    setTexts((previous) => ({ ...previous, [id]: raw }));
    const reading = readFigure(id, raw);
    if (reading.error === null) setFigure(id, reading.value);
  };

  const chooseTarget = (value: number) => {
    if (readTarget(value) === null) return;
    setTarget(value);
    replaceQuery(buildQuery({ target: value === defaultTarget ? undefined : value }));
  };

  const compose = () =>
    draftPromotionRequest({
      target: { rank: step.to, role: step.toRole },
      current: { rank: step.from, role: step.fromRole },
      figures,
      inputs: inputIds,
    });

  return (
    // data-ready marks that stored figures and the URL have been read (tests wait for it before typing).
    <div class="readiness" data-ready={mounted ? '' : undefined}>
      <LevelSelect
        id="readiness-target"
        label="Target level"
        options={steps.map((s) => ({ rank: s.to, label: s.toLabel }))}
        value={target}
        onPick={chooseTarget}
        hint={`From ${step.fromLabel}.`}
      />

      <StorageNote />
      <fieldset class="readiness__figures">
        <legend>Your figures</legend>
        <p class="field__hint">Leave any field blank if you do not know it; its signal then reads “not known”.</p>
        <UseLogButton kind="readiness" onValues={(values) => Object.entries(values).forEach(([id, n]) => edit(id as ReadinessInputId, String(n)))} />
        {step.readiness.inputs.map((input) => {
          const spec = INPUT_SPECS[input.id];
          return (
            <NumberField
              key={input.id}
              id={`readiness-${input.id}`}
              label={spec.label}
              value={texts[input.id]}
              onValue={(raw) => edit(input.id, raw)}
              error={readings[input.id].error}
              inputMode={spec.integer ? 'numeric' : 'decimal'}
              hint={input.note ? `${spec.hint} ${input.note}` : spec.hint}
            />
          );
        })}
        <p class="field__hint">{savedFiguresText(figures, storageRefused)}</p>
      </fieldset>

      <ReadinessSignals readiness={readiness} lookFor={step.lookFor} guidePath={step.guidePath} toRole={step.toRole} />

      <RequestDraft
        key={`${step.to}:${forgotten}`}
        compose={compose}
        leftOut={() => inputIds.some((id) => readings[id].error !== null)}
        fileName={draftFileName(step.to)}
      />

      <FiguresData
        figures={figures}
        storageRefused={storageRefused}
        onForget={() => {
          const before = { texts, figures: $readinessFigures.get() };
          setTexts(textsFrom(EMPTY_FIGURES));
          setForgotten((n) => n + 1);
          const kept = forgetFigures();
          const undo = () => {
            replaceFigures(before.figures);
            setTexts(before.texts);
          };
          return { kept, undo };
        }}
        onImport={(imported) => {
          setTexts(textsFrom(imported));
          replaceFigures(imported);
        }}
      />
    </div>
  );
}
