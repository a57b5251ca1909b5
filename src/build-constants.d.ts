// Figures from content/data/ that the data-check integration (src/integrations/data-check.ts) writes into the code at
// build time, for browser code that cannot read the collections.

/** The number of levels in content/data/levels.yaml. */
declare const __LEVEL_COUNT__: number;
