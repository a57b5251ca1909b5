// What a guide page's components ask of the data, checked before anything renders: a <Pay rank={7} />, a
// <Figure id="typo" /> or a <StepFigure> of a bar the step does not have stops the build here, with the page and the
// fix, instead of failing half-way through rendering it.
import type { Figure } from '../../schemas/figures';
import type { Level } from '../../schemas/levels';
import type { Platform } from '../../schemas/platforms';
import type { Transition } from '../../schemas/transitions';
import type { DataProblem } from '../problems';
import { DATA_FILES, guideFile } from '../files';
import { GUIDE_COMPONENT_NAMES } from '../../mdx/names';
import { STEP_FIGURE_NAMES } from '../../lib/ladder-text';

/** A component as written in a page: its name and its literal attributes (`x="a"` → "a", `x={3}` → 3, `x` → true). */
export interface ComponentUse {
  name: string;
  props: Record<string, string | number | boolean>;
}

const TAG = /<([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z][\w-]*(?:=(?:"[^"]*"|\{[^}]*\}))?)*)\s*\/?>/g;
const ATTRIBUTE = /([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|\{([^}]*)\}))?/g;

/** Every component tag in an MDX body, in order. */
export function componentUses(body: string): ComponentUse[] {
  return [...body.matchAll(TAG)].map((match) => {
    const props: ComponentUse['props'] = {};
    for (const [, name, text, expression] of match[2]!.matchAll(ATTRIBUTE)) {
      if (text !== undefined) props[name!] = text;
      else if (expression !== undefined) props[name!] = /^\s*-?\d+(\.\d+)?\s*$/.test(expression) ? Number(expression) : expression.trim();
      else props[name!] = true;
    }
    return { name: match[1]!, props };
  });
}

export interface GuideComponentData {
  levels: readonly Pick<Level, 'rank'>[];
  transitions: readonly Pick<Transition, 'id' | 'from' | 'to' | 'thresholds'>[];
  figures: readonly Pick<Figure, 'id' | 'value'>[];
  platforms: readonly Pick<Platform, 'id'>[];
}

/** What is wrong with one use, or null. */
function useProblem({ name, props }: ComponentUse, data: GuideComponentData): { problem: string; fix: string } | null {
  const ranks = data.levels.map((level) => level.rank);
  const step = (from: unknown) => data.transitions.find((t) => t.from === from);
  const noStep = (from: unknown) => ({
    problem: `<${name}> names a step from level ${String(from)}, which ${DATA_FILES.transitions} does not have`,
    fix: `use from={1} to from={${ranks.length - 1}}`,
  });
  if (!(GUIDE_COMPONENT_NAMES as readonly string[]).includes(name)) {
    return { problem: `it uses <${name}>, which is not a guide component`, fix: `use one of ${GUIDE_COMPONENT_NAMES.join(', ')}, or add it to src/mdx/` };
  }
  switch (name) {
    case 'Pay':
      return ranks.includes(props.rank as number)
        ? null
        : { problem: `<Pay rank={${String(props.rank)}} /> names a level ${DATA_FILES.levels} does not have`, fix: `use a rank from 1 to ${ranks.length}` };
    case 'Figure':
      return data.figures.some((figure) => figure.id === props.id)
        ? null
        : { problem: `<Figure id="${String(props.id)}" /> is not in ${DATA_FILES.figures}`, fix: 'add the figure there or fix the id' };
    case 'PlatformFacts':
      return data.platforms.some((platform) => platform.id === props.platform)
        ? null
        : { problem: `<PlatformFacts platform="${String(props.platform)}" /> is not in ${DATA_FILES.platforms}`, fix: 'use the id of a platform there' };
    case 'StepFigure': {
      const found = step(props.from);
      if (!found) return noStep(props.from);
      const show = String(props.show);
      if (!(STEP_FIGURE_NAMES as readonly string[]).includes(show)) {
        return { problem: `<StepFigure show="${show}"> is not a figure of a step`, fix: `use one of ${STEP_FIGURE_NAMES.join(', ')}` };
      }
      const threshold = show as keyof Transition['thresholds'];
      if (show !== 'months' && show !== 'weeklyHours' && found.thresholds[threshold] === undefined) {
        return { problem: `<StepFigure from={${found.from}} show="${show}" /> quotes thresholds.${show}, which step "${found.id}" does not have`, fix: 'add it to the step or do not quote it' };
      }
      return null;
    }
    case 'MinimumAndTypical': {
      const found = step(props.from);
      if (!found) return noStep(props.from);
      return found.thresholds.monthsAtCurrentLevel === undefined
        ? { problem: `<MinimumAndTypical from={${found.from}} /> explains thresholds.monthsAtCurrentLevel, which step "${found.id}" does not have`, fix: 'add it to the step or remove the component' }
        : null;
    }
    case 'Checklist':
    case 'LookForList':
    case 'SampleRequest':
      return step(props.from) ? null : noStep(props.from);
    case 'WorkedExample': {
      const { from, to } = props;
      if (!step(from)) return noStep(from);
      return typeof to === 'number' && ranks.includes(to) && to > (from as number)
        ? null
        : { problem: `<WorkedExample from={${String(from)}} to={${String(to)}} /> needs a target level above its start`, fix: `use a "to" from ${(from as number) + 1} to ${ranks.length}` };
    }
    default:
      return null;
  }
}

/** Every component use in the guide's pages that the data cannot back. */
export function findGuideComponentProblems(pages: readonly { id: string; body: string }[], data: GuideComponentData): DataProblem[] {
  return pages.flatMap((page) =>
    componentUses(page.body).flatMap((use) => {
      const found = useProblem(use, data);
      return found ? [{ file: guideFile(page.id), ...found }] : [];
    }),
  );
}
