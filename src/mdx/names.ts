// The names a guide page may use for a component, as plain data: the content check reads them to refuse a page that
// uses any other, and the tests read the widget names to tell a guide page with a calculator (which gets the larger
// JavaScript budget) from the MDX source alone. src/mdx/index.ts maps each name to its component.

/** Calculators a guide page may embed, each an island of its own. */
export const GUIDE_WIDGET_NAMES = ['CompactPayEstimator', 'CompactTimeline'] as const;

export const GUIDE_COMPONENT_NAMES = [
  'InShort',
  'Pay',
  'Figure',
  'StepFigure',
  'LevelsTable',
  'StepsTable',
  'PlatformsTable',
  'PlatformFacts',
  'Checklist',
  'WorkedExample',
  'SampleRequest',
  'OurReading',
  'LookForList',
  'MinimumAndTypical',
  ...GUIDE_WIDGET_NAMES,
] as const;

export type GuideComponentName = (typeof GUIDE_COMPONENT_NAMES)[number];
