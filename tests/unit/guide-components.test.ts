// What guide pages ask of the data through their components, and the figures the site's own code quotes, are checked
// before anything renders (src/content/rules/guide-components.ts, src/content/rules/quoted-figures.ts).
import { describe, expect, it } from 'vitest';
import { componentUses, findGuideComponentProblems } from '../../src/content/rules/guide-components';
import { QUOTED_FIGURES, findQuotedFigureProblems } from '../../src/content/rules/quoted-figures';
import { describeProblem } from '../../src/content/problems';
import { realContent } from '../support/content';

const content = realContent();
const problemsOf = (body: string) => findGuideComponentProblems([{ id: 'page', body }], content).map(describeProblem);

describe('reading component uses from MDX', () => {
  it('reads names and literal props, self-closing or not', () => {
    expect(componentUses('Text <Pay rank={3} /> and <Figure id="daily-tasks" spelled /> <OurReading kind="advice" block>x</OurReading>')).toEqual([
      { name: 'Pay', props: { rank: 3 } },
      { name: 'Figure', props: { id: 'daily-tasks', spelled: true } },
      { name: 'OurReading', props: { kind: 'advice', block: true } },
    ]);
  });
});

describe('guide components', () => {
  it('the real guide pages ask for nothing the data lacks', () => {
    expect(findGuideComponentProblems(content.guide, content)).toEqual([]);
  });

  it('a level, step, figure or platform that is not in the data names the page, the component and the file', () => {
    const beyond = content.levels.length + 1;
    expect(problemsOf(`<Pay rank={${beyond}} />`)).toEqual([
      `content/guide/page.mdx: <Pay rank={${beyond}} /> names a level content/data/levels.yaml does not have; use a rank from 1 to ${content.levels.length}`,
    ]);
    expect(problemsOf('<Figure id="no-such-figure" />')).toEqual([
      'content/guide/page.mdx: <Figure id="no-such-figure" /> is not in content/data/figures.yaml; add the figure there or fix the id',
    ]);
    expect(problemsOf('<PlatformFacts platform="nowhere" />')[0]).toContain('is not in content/data/platforms.yaml');
    expect(problemsOf(`<Checklist from={${content.levels.length}} />`)[0]).toContain(`names a step from level ${content.levels.length}`);
    expect(problemsOf('<Unknown />')[0]).toContain('it uses <Unknown>, which is not a guide component');
  });

  it('a step figure the step does not have, and a worked example that goes down, are refused', () => {
    const withoutQuality = content.transitions.find((step) => step.thresholds.qualityTopPercent === undefined)!;
    expect(problemsOf(`<StepFigure from={${withoutQuality.from}} show="qualityTopPercent" />`)[0]).toContain(
      `quotes thresholds.qualityTopPercent, which step "${withoutQuality.id}" does not have`,
    );
    expect(problemsOf('<StepFigure from={1} show="speed" />')[0]).toContain('is not a figure of a step');
    expect(problemsOf('<WorkedExample from={2} to={2} />')[0]).toContain('needs a target level above its start');
  });
});

describe('figures the site quotes by id', () => {
  it('the real figures have the shape each page needs', () => {
    expect(findQuotedFigureProblems(content.figures)).toEqual([]);
  });

  it('a missing figure, or a range where one number is needed, names the file and the page that quotes it', () => {
    const { homePayMultiple, sampleTasks } = QUOTED_FIGURES;
    const figures = content.figures
      .filter((figure) => figure.id !== homePayMultiple.id)
      .map((figure) => (figure.id === sampleTasks.id ? { ...figure, value: { min: 1, max: 2 } } : figure));
    expect(findQuotedFigureProblems(figures).map(describeProblem)).toEqual([
      `content/data/figures.yaml: src/pages/index.astro quotes figure "${homePayMultiple.id}", which is not there; add it, or change the id in that file`,
      `content/data/figures.yaml, entry "${sampleTasks.id}": src/mdx/SampleRequest.astro quotes it as one number, but it is a range; give it one value`,
    ]);
  });
});
