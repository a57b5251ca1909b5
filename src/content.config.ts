import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { levelSchema } from './schemas/levels';
import { transitionSchema } from './schemas/transitions';
import { platformRowSchema, platformSchema } from './schemas/platforms';
import { guidePageSchema } from './schemas/guide';
import { figureSchema } from './schemas/figures';
import { glossaryEntrySchema } from './schemas/glossary';
import { siteFactsSchema } from './schemas/site';

export const collections = {
  levels: defineCollection({ loader: file('content/data/levels.yaml'), schema: levelSchema }),
  transitions: defineCollection({ loader: file('content/data/transitions.yaml'), schema: transitionSchema }),
  platforms: defineCollection({ loader: file('content/data/platforms.yaml'), schema: platformSchema }),
  figures: defineCollection({ loader: file('content/data/figures.yaml'), schema: figureSchema }),
  platformRows: defineCollection({ loader: file('content/data/platform-rows.yaml'), schema: platformRowSchema }),
  glossary: defineCollection({ loader: file('content/data/glossary.yaml'), schema: glossaryEntrySchema }),
  site: defineCollection({ loader: file('content/data/site.yaml'), schema: siteFactsSchema }),
  guide: defineCollection({ loader: glob({ pattern: '*.mdx', base: 'content/guide' }), schema: guidePageSchema }),
};
