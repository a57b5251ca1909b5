// Stops the build (and the dev server) when the content breaks a schema or a rule across entries, with Astro's own
// error: each problem with its file and entry, and how to fix it. The one place the content rules run, and the one
// reader of the data files outside the collections: it hands the Markdown plugin the glossary it validated, and the
// browser code the one figure it needs from the data and cannot read there, the number of levels.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent } from '../content/check';
import { describeProblem, problemPlace, type DataProblem } from '../content/problems';
import { DATA_FILES } from '../content/files';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import { glossaryLinksPlugin } from './glossary-links';

/** The error the build stops with: what is wrong (file and entry) in the message, the fixes in the hint. */
export function contentError(problems: readonly DataProblem[]): AstroError {
  const [first] = problems;
  if (problems.length === 1 && first) {
    return new AstroError(`Invalid content in ${problemPlace(first)}: ${first.problem}.`, `${first.fix}.`);
  }
  return new AstroError(
    `Invalid content, ${problems.length} problems:\n${problems.map((p) => `- ${problemPlace(p)}: ${p.problem}`).join('\n')}`,
    `Fix each one:\n${problems.map((p) => `- ${describeProblem(p)}`).join('\n')}`,
  );
}

export function dataCheck(): AstroIntegration {
  return {
    name: 'data-check',
    hooks: {
      'astro:config:setup': ({ config, addWatchFile, updateConfig }) => {
        const root = fileURLToPath(config.root);
        // An edit to a data file restarts the dev server, which checks again.
        for (const file of Object.values(DATA_FILES)) addWatchFile(join(root, file));
        const { content, problems } = checkContent(root);
        if (problems.length > 0) throw contentError(problems);
        // The first use of each glossary term on a guide page links to its definition. Sätteri's options are meant
        // to be extended by integrations in place.
        const { processor } = config.markdown;
        if (isSatteriProcessor(processor)) processor.options.hastPlugins.push(glossaryLinksPlugin(content.glossary));
        // The work log's store checks stored entries against the ladder (src/build-constants.d.ts).
        updateConfig({ vite: { define: { __LEVEL_COUNT__: JSON.stringify(content.levels.length) } } });
      },
    },
  };
}
