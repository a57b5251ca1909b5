// Finding glossary terms in running text, so the first use of each on a guide page can link to its definition.
// Pure: the Markdown plugin (src/integrations/glossary-links.ts), the content check and the tests share it.

/** What matching needs of a glossary entry (content/data/glossary.yaml). */
export interface TermForms {
  id: string;
  forms: readonly string[];
  caseSensitive?: boolean;
}

export interface TermPattern {
  id: string;
  pattern: RegExp;
}

/** The address of a term's definition. */
export const glossaryHref = (id: string): string => `/glossary/#${id}`;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per entry: any of its forms as whole words, longest first so "edge cases" wins over "edge case". */
export function termPatterns(entries: readonly TermForms[]): TermPattern[] {
  return entries.map((entry) => {
    const forms = [...entry.forms].sort((a, b) => b.length - a.length).map(escape);
    // Letters, digits and hyphens on either side mean the form is part of a longer word ("tiered", "co-reviewer").
    return { id: entry.id, pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.join('|')})(?![\\p{L}\\p{N}-])`, entry.caseSensitive ? 'u' : 'iu') };
  });
}

export interface TermMatch {
  id: string;
  /** Where the match starts in the text. */
  index: number;
  /** The text as written. */
  text: string;
}

/** The earliest use in `text` of a term not in `used` (the longer match wins a tie), or null. */
export function firstTermUse(text: string, patterns: readonly TermPattern[], used: ReadonlySet<string>): TermMatch | null {
  let best: TermMatch | null = null;
  for (const { id, pattern } of patterns) {
    if (used.has(id)) continue;
    const match = pattern.exec(text);
    if (!match) continue;
    if (best === null || match.index < best.index || (match.index === best.index && match[0].length > best.text.length)) {
      best = { id, index: match.index, text: match[0] };
    }
  }
  return best;
}

/** Whose meaning a definition gives, as the glossary states it under each entry. */
export function basisNote(basis: 'article' | 'platform' | 'source' | 'site'): string {
  switch (basis) {
    case 'article':
      return 'As the article uses the word.';
    case 'platform':
      return "A platform's own name for a role, as its published page gives it.";
    case 'source':
      return 'As the published source named here uses it.';
    case 'site':
      return "The guide's own definition: the article uses the word without explaining it.";
  }
}
