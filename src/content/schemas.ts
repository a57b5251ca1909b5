// The schema of each data file: the content collections and the build's content check both read it from here.
import type { DataCollection } from './files';
import { levelSchema } from '../schemas/levels';
import { transitionSchema } from '../schemas/transitions';
import { platformRowSchema, platformSchema } from '../schemas/platforms';
import { figureSchema } from '../schemas/figures';
import { glossaryEntrySchema } from '../schemas/glossary';
import { siteFactsSchema } from '../schemas/site';
import { sourceSchema } from '../schemas/sources';
import { answerSchema } from '../schemas/answers';

export const DATA_SCHEMAS = {
  levels: levelSchema,
  transitions: transitionSchema,
  platforms: platformSchema,
  platformRows: platformRowSchema,
  figures: figureSchema,
  glossary: glossaryEntrySchema,
  site: siteFactsSchema,
  sources: sourceSchema,
  answers: answerSchema,
} as const satisfies Record<DataCollection, unknown>;
