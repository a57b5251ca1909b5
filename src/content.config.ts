// The content collections. Each data file's schema checks its entries; the rules across entries and files run once,
// before the build renders anything (src/integrations/data-check.ts).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { DATA_FILES, GUIDE_DIR } from './content/files';
import { DATA_SCHEMAS } from './content/schemas';
import { guidePageSchema } from './schemas/guide';

export const collections = {
  levels: defineCollection({ loader: file(DATA_FILES.levels), schema: DATA_SCHEMAS.levels }),
  transitions: defineCollection({ loader: file(DATA_FILES.transitions), schema: DATA_SCHEMAS.transitions }),
  platforms: defineCollection({ loader: file(DATA_FILES.platforms), schema: DATA_SCHEMAS.platforms }),
  figures: defineCollection({ loader: file(DATA_FILES.figures), schema: DATA_SCHEMAS.figures }),
  sources: defineCollection({ loader: file(DATA_FILES.sources), schema: DATA_SCHEMAS.sources }),
  platformRows: defineCollection({ loader: file(DATA_FILES.platformRows), schema: DATA_SCHEMAS.platformRows }),
  glossary: defineCollection({ loader: file(DATA_FILES.glossary), schema: DATA_SCHEMAS.glossary }),
  site: defineCollection({ loader: file(DATA_FILES.site), schema: DATA_SCHEMAS.site }),
  answers: defineCollection({ loader: file(DATA_FILES.answers), schema: DATA_SCHEMAS.answers }),
  guide: defineCollection({ loader: glob({ pattern: '*.mdx', base: GUIDE_DIR }), schema: guidePageSchema }),
};
