// The vocabulary guide pages write with: every component an MDX page in content/guide/ may use, by the name it uses
// (src/mdx/names.ts). The guide route hands them to each page (`<Content components={…}>`), so a page imports nothing.
// A new component is a line here and its name in names.ts (the type check holds the two lists together).
import InShort from './InShort.astro';
import Pay from './Pay.astro';
import Figure from './Figure.astro';
import StepFigure from './StepFigure.astro';
import LevelsTable from './LevelsTable.astro';
import StepsTable from './StepsTable.astro';
import PlatformsTable from './PlatformsTable.astro';
import PlatformFacts from './PlatformFacts.astro';
import Checklist from './Checklist.astro';
import WorkedExample from './WorkedExample.astro';
import SampleRequest from './SampleRequest.astro';
import OurReading from './OurReading.astro';
import LookForList from './LookForList.astro';
import MinimumAndTypical from './MinimumAndTypical.astro';
import CompactPayEstimator from '../widgets/CompactPayEstimatorWidget.astro';
import CompactTimeline from '../widgets/CompactTimelineWidget.astro';

import type { GuideComponentName } from './names';

export const GUIDE_COMPONENTS = {
  InShort,
  Pay,
  Figure,
  StepFigure,
  LevelsTable,
  StepsTable,
  PlatformsTable,
  PlatformFacts,
  Checklist,
  WorkedExample,
  SampleRequest,
  OurReading,
  LookForList,
  MinimumAndTypical,
  CompactPayEstimator,
  CompactTimeline,
} satisfies Record<GuideComponentName, unknown>;
