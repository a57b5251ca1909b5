// The reader's readiness figures, kept only in this browser (the same JSON as the export file).
import { persistentAtom } from './persistent';
import { EMPTY_FIGURES, READINESS_INPUT_IDS, isValidFigure, type Figures } from '../lib/readiness/readiness';
import { READINESS_STORAGE_KEY, parseImportText, serialiseFigures } from '../lib/readiness/storage';
import type { ReadinessInputId } from '../schemas/transitions';

const isBlank = (figures: Figures) => READINESS_INPUT_IDS.every((id) => figures[id] === null);

/** Every figure, null where blank; anything unusable in storage (missing, corrupt, blocked) reads as blank. */
export const $readinessFigures = persistentAtom<Figures>(READINESS_STORAGE_KEY, EMPTY_FIGURES, {
  // Nothing to keep: the key is removed, so "Forget my figures" leaves no trace.
  encode: (figures) => (isBlank(figures) ? null : serialiseFigures(figures)),
  decode: (raw) => {
    const result = parseImportText(raw);
    return result.ok ? result.figures : EMPTY_FIGURES;
  },
});

/**
 * Stores one figure (null: blank), merged with what storage holds now, so figures typed meanwhile in another tab are
 * kept. An invalid figure is ignored. Returns false when nothing was kept.
 */
export function setFigure(id: ReadinessInputId, value: number | null): boolean {
  if (value !== null && !isValidFigure(id, value)) return false;
  return $readinessFigures.update((current) => ({ ...current, [id]: value }));
}

/** Replaces every figure (an import, or an undo). */
export function replaceFigures(figures: Figures): boolean {
  return $readinessFigures.update(() => ({ ...figures }));
}

export function forgetFigures(): boolean {
  return $readinessFigures.update(() => EMPTY_FIGURES);
}
