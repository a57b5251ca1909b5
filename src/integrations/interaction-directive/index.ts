// `client:interaction`: an island that wakes the first time the reader reaches into it. The work log's form uses it:
// "This week" loads beside it at once, and both together weigh more than a tool page may load; a form has nothing to
// do until the reader touches it. Astro's documented custom client directives (`addClientDirective`); the directive
// itself is ./directive.ts, inlined by Astro into the pages that use it.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function interactionDirective(): AstroIntegration {
  return {
    name: 'interaction-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'interaction', entrypoint: fileURLToPath(new URL('./directive.ts', import.meta.url)) });
      },
    },
  };
}

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrates the island on the reader's first focus, tap, click or key inside it. */
    'client:interaction'?: boolean;
  }
}
