import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { levelSchema } from './schemas/levels';
import { transitionSchema } from './schemas/transitions';
import { platformRowSchema, platformSchema } from './schemas/platforms';
import { guidePageSchema } from './schemas/guide';
import { figureSchema } from './schemas/figures';
import { sourceSchema } from './schemas/sources';

export const collections = {
  levels: defineCollection({ loader: file('content/data/levels.yaml'), schema: levelSchema }),
  transitions: defineCollection({ loader: file('content/data/transitions.yaml'), schema: transitionSchema }),
  platforms: defineCollection({ loader: file('content/data/platforms.yaml'), schema: platformSchema }),
  figures: defineCollection({ loader: file('content/data/figures.yaml'), schema: figureSchema }),
  sources: defineCollection({ loader: file('content/data/sources.yaml'), schema: sourceSchema }),
  platformRows: defineCollection({ loader: file('content/data/platform-rows.yaml'), schema: platformRowSchema }),
  guide: defineCollection({ loader: glob({ pattern: '*.mdx', base: 'content/guide' }), schema: guidePageSchema }),
};
