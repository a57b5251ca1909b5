// Figures the site's own code quotes by id (content/data/figures.yaml), and the shape each must have: checked before
// the build renders, so a renamed figure or a range where one number is needed names the file and the code.
import type { Figure } from '../../schemas/figures';
import type { DataProblem } from '../problems';
import { DATA_FILES } from '../files';

export const QUOTED_FIGURES = {
  /** The home page's headline: what reaching Level 3 does to pay, as a multiple. */
  homePayMultiple: { id: 'pay-multiple-level-1-to-3', shape: 'range', by: 'src/pages/index.astro' },
  /** The sample promotion request's placeholder quality score. */
  sampleQuality: { id: 'steady-volume-quality', shape: 'number', by: 'src/mdx/SampleRequest.astro' },
  /** The sample promotion request's placeholder count of tasks. */
  sampleTasks: { id: 'steady-volume-tasks', shape: 'number', by: 'src/mdx/SampleRequest.astro' },
} as const satisfies Record<string, { id: string; shape: 'number' | 'range'; by: string }>;

export function findQuotedFigureProblems(figures: readonly Pick<Figure, 'id' | 'value'>[]): DataProblem[] {
  return Object.values(QUOTED_FIGURES).flatMap(({ id, shape, by }) => {
    const figure = figures.find((candidate) => candidate.id === id);
    if (!figure) return [{ file: DATA_FILES.figures, problem: `${by} quotes figure "${id}", which is not there`, fix: 'add it, or change the id in that file' }];
    const isNumber = typeof figure.value === 'number';
    if (isNumber === (shape === 'number')) return [];
    return [
      {
        file: DATA_FILES.figures,
        entry: id,
        problem: `${by} quotes it as ${shape === 'number' ? 'one number' : 'a { min, max } range'}, but it is ${isNumber ? 'one number' : 'a range'}`,
        fix: shape === 'number' ? 'give it one value' : 'give it a range { min, max }',
      },
    ];
  });
}
