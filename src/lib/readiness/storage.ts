// The reader's readiness figures, kept only in this browser and movable as a small JSON file.
// Storage and imported files go through one strict parser: anything unexpected is refused as a whole.
import type { ReadinessInputId } from '../../schemas/transitions';
import { READINESS_EXPORT_FORMAT, WORK_LOG_BACKUP_FORMAT } from '../core/file-formats';
import { EMPTY_FIGURES, INPUT_SPECS, READINESS_INPUT_IDS, isValidFigure, readFigure, type Figures } from './readiness';

export const READINESS_STORAGE_KEY = 'ladder:readiness:v1';
/** The layout of the export file; a file of another version is refused. */
export const EXPORT_VERSION = 1;
/** A genuine export is a few hundred bytes; anything far larger is not one. */
export const MAX_FIGURES_FILE_BYTES = 4096;
export const EXPORT_FILE_NAME = 'readiness-figures.json';

export type ParseResult = { ok: true; figures: Figures } | { ok: false; message: string };

const TOP_KEYS = ['format', 'version', 'figures'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** Quotes a name taken from a file for a message: JSON-escaped and cut short, shown as text only. */
function quoteName(name: string): string {
  return JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name);
}

function unknownKey(value: Record<string, unknown>, allowed: readonly string[]): string | undefined {
  // Own keys, including "__proto__" and "constructor", which JSON.parse creates as plain properties.
  return Object.keys(value).find((key) => !allowed.includes(key));
}

/** Checks a parsed value against the export format. Missing figures read as blank; nothing else is tolerated. */
export function parseSavedFigures(value: unknown): ParseResult {
  if (!isPlainObject(value)) return { ok: false, message: 'The file does not hold a readiness export.' };
  if (value.format === WORK_LOG_BACKUP_FORMAT) return { ok: false, message: WORK_LOG_BACKUP_MESSAGE };
  const extra = unknownKey(value, TOP_KEYS);
  if (extra !== undefined) return { ok: false, message: `The file has an unexpected field ${quoteName(extra)}.` };
  if (value.format !== READINESS_EXPORT_FORMAT) return { ok: false, message: 'The file is not a readiness export from this site.' };
  if (value.version !== EXPORT_VERSION) return { ok: false, message: 'The file comes from a version of this check that is not supported.' };
  const figures = value.figures;
  if (!isPlainObject(figures)) return { ok: false, message: 'The file has no figures.' };
  const extraFigure = unknownKey(figures, READINESS_INPUT_IDS);
  if (extraFigure !== undefined) return { ok: false, message: `The file has an unknown figure ${quoteName(extraFigure)}.` };
  const out: Figures = { ...EMPTY_FIGURES };
  for (const id of READINESS_INPUT_IDS) {
    const figure = figures[id];
    if (figure === undefined || figure === null) continue;
    if (typeof figure !== 'number' || !isValidFigure(id, figure)) {
      const spec = INPUT_SPECS[id];
      return { ok: false, message: `"${spec.label}" in the file must be blank or a number from ${spec.min} to ${spec.max}.` };
    }
    out[id] = figure;
  }
  return { ok: true, figures: out };
}

const WORK_LOG_BACKUP_MESSAGE = 'This is a backup of your work log, not your readiness figures: import it on the work log page (/tools/work-log/).';

/**
 * A refusal for a file too large to be an export (checked on the file's size before reading it), or null. `head` is
 * the file's beginning, so a work-log backup, far larger than any readiness export, is named as what it is.
 */
export function oversizeMessage(size: number, head = ''): string | null {
  if (size <= MAX_FIGURES_FILE_BYTES) return null;
  if (new RegExp(`"format"\\s*:\\s*"${WORK_LOG_BACKUP_FORMAT}"`).test(head)) return WORK_LOG_BACKUP_MESSAGE;
  return `The file is larger than ${MAX_FIGURES_FILE_BYTES / 1024} KB, so it cannot be a readiness export.`;
}

/** The text of an import file; refuses it before parsing when it is too large. */
export function parseImportText(text: string): ParseResult {
  const tooLarge = oversizeMessage(text.length, text.slice(0, 200));
  if (tooLarge !== null) return { ok: false, message: tooLarge };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not valid JSON.' };
  }
  return parseSavedFigures(value);
}

/** The export file's text (and the stored value): every figure, null where blank. */
export function serialiseFigures(figures: Figures): string {
  const clean = Object.fromEntries(
    READINESS_INPUT_IDS.map((id): [ReadinessInputId, number | null] => {
      const value = figures[id];
      return [id, value !== null && isValidFigure(id, value) ? value : null];
    }),
  );
  return JSON.stringify({ format: READINESS_EXPORT_FORMAT, version: EXPORT_VERSION, figures: clean }, null, 2);
}

/** The figures as the fields show them: blank where not given. */
export function textsFrom(figures: Figures): Record<ReadinessInputId, string> {
  return Object.fromEntries(READINESS_INPUT_IDS.map((id) => [id, figures[id] === null ? '' : String(figures[id])])) as Record<
    ReadinessInputId,
    string
  >;
}

/**
 * The fields after the stored figures changed (in another tab): a field whose text already reads as the stored figure
 * keeps its text as typed; any other takes the stored figure.
 */
export function textsWithFigures(texts: Record<ReadinessInputId, string>, figures: Figures): Record<ReadinessInputId, string> {
  const stored = textsFrom(figures);
  return Object.fromEntries(
    READINESS_INPUT_IDS.map((id) => [id, readFigure(id, texts[id]).value === figures[id] ? texts[id] : stored[id]]),
  ) as Record<ReadinessInputId, string>;
}

/**
 * Feedback as figures are typed: how many figures this browser now keeps (any step's figures count), or, where the
 * browser refuses storage, that nothing will be kept.
 */
export function savedFiguresText(figures: Figures, storageRefused: boolean): string {
  if (storageRefused) return 'This browser is not keeping data for this site, so your figures will not be kept after you leave the page.';
  const saved = READINESS_INPUT_IDS.filter((id) => figures[id] !== null).length;
  if (saved === 0) return 'No figures saved in this browser yet.';
  return `${saved} ${saved === 1 ? 'figure' : 'figures'} saved in this browser.`;
}
