// The "ask directly" message: a short, professional note to a project manager that cites only the figures
// the reader gave. Plain text, built from validated numbers, so it can never hold a placeholder or "NaN".
import type { ReadinessInputId } from '../../schemas/transitions';
import { INPUT_SPECS, READINESS_INPUT_IDS, type Figures } from './readiness';

export interface RequestContext {
  /** The level asked for, e.g. { rank: 3, role: 'Reviewer/QA' }. */
  target: { rank: number; role: string };
  /** The level held now. */
  current: { rank: number; role: string };
  /** The reader's figures (null = not given). */
  figures: Figures;
  /** The figures this step asks for; only these are cited, in the usual order. */
  inputs: readonly ReadinessInputId[];
}

/** The figures to cite, one line each, in a fixed order. */
export function citedFigures(context: Pick<RequestContext, 'figures' | 'inputs'>): string[] {
  return READINESS_INPUT_IDS.filter((id) => context.inputs.includes(id)).flatMap((id) => {
    const value = context.figures[id];
    return value === null || !Number.isFinite(value) ? [] : [INPUT_SPECS[id].cite(value)];
  });
}

export function draftPromotionRequest(context: RequestContext): string {
  const { target, current } = context;
  const lines = citedFigures(context);
  const evidence =
    lines.length > 0
      ? ['My recent figures:', ...lines.map((line) => `- ${line}`)]
      : ['I would be glad to share my quality scores and other figures if that would help.'];
  return [
    `Subject: Interest in the ${target.role} role`,
    '',
    'Hello,',
    '',
    `I would like to be considered for the ${target.role} role (Level ${target.rank}). ` +
      `I currently work at Level ${current.rank} (${current.role}) and would welcome the chance to take on more responsibility.`,
    '',
    ...evidence,
    '',
    'Could you let me know whether there is an opening, or what you would want to see from me before I am considered?',
    '',
    'Thank you for your time.',
    'Kind regards,',
  ].join('\n');
}

/** File name for the downloaded draft, e.g. "promotion-request-level-3.txt". */
export const draftFileName = (targetRank: number): string => `promotion-request-level-${targetRank}.txt`;
