// A Markdown (Sätteri hast) plugin for the guide's MDX: the first use of each glossary term on a page becomes a link
// to its definition on /glossary/. Headings, existing links and code are left alone. The terms come from
// content/data/glossary.yaml as the content check validated it (src/integrations/data-check.ts adds the plugin).
import type { ElementContent, Parents, Text } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { firstTermUse, glossaryHref, termPatterns, type TermForms, type TermPattern } from '../lib/glossary';

const SKIPPED_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre']);

/**
 * The nodes that replace a text node: the text with the first use of each term not yet `used` turned into a link,
 * or null when nothing in it is linked.
 */
export function linkTermsInText(value: string, patterns: readonly TermPattern[], used: Set<string>): ElementContent[] | null {
  const out: ElementContent[] = [];
  let rest = value;
  for (let match = firstTermUse(rest, patterns, used); match; match = firstTermUse(rest, patterns, used)) {
    used.add(match.id);
    if (match.index > 0) out.push({ type: 'text', value: rest.slice(0, match.index) });
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { href: glossaryHref(match.id), className: ['glossary-term'] },
      children: [{ type: 'text', value: match.text }],
    });
    rest = rest.slice(match.index + match.text.length);
  }
  if (out.length === 0) return null;
  if (rest !== '') out.push({ type: 'text', value: rest });
  return out;
}

function insideSkipped(node: Readonly<Text>, ctx: HastVisitorContext): boolean {
  for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent && parent.type !== 'root'; ) {
    if (parent.type === 'element' && SKIPPED_TAGS.has(parent.tagName)) return true;
    parent = ctx.parent(parent);
  }
  return false;
}

/** The plugin, for `satteri({ hastPlugins: [...] })`; text nodes are visited in reading order. */
export function glossaryLinksPlugin(terms: readonly TermForms[]): HastPluginDefinition {
  const patterns = termPatterns(terms);
  let used = new Set<string>();
  return {
    name: 'glossary-links',
    before: () => {
      used = new Set();
    },
    text: (node, ctx) => {
      if (!node.value || insideSkipped(node, ctx)) return;
      const replacement = linkTermsInText(node.value, patterns, used);
      if (replacement) ctx.replaceNode(node, replacement);
    },
  };
}
