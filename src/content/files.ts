// Where the content lives, from the project root: the collections load these files and error messages name them.

/** The YAML data files, one per collection. A new data topic adds its file here. */
export const DATA_FILES = {
  levels: 'content/data/levels.yaml',
  transitions: 'content/data/transitions.yaml',
  platforms: 'content/data/platforms.yaml',
  platformRows: 'content/data/platform-rows.yaml',
  figures: 'content/data/figures.yaml',
  glossary: 'content/data/glossary.yaml',
  site: 'content/data/site.yaml',
  sources: 'content/data/sources.yaml',
  answers: 'content/data/answers.yaml',
} as const;

export type DataCollection = keyof typeof DATA_FILES;

/** The guide's pages, one MDX file each. */
export const GUIDE_DIR = 'content/guide';

/** The file of a guide page, for messages: "content/guide/reviewer.mdx". */
export const guideFile = (id: string): string => `${GUIDE_DIR}/${id}.mdx`;
