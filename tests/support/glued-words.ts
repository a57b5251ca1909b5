// Words that run together in the rendered page: "terms),Press", "more than12 months", "use<strong>Export</strong>". Usually an Astro or JSX line
// break between text and an expression that swallowed the space. Read from what the reader sees (innerText, so block
// boundaries count as breaks), with addresses and code left out: a URL or a CSV header is meant to run together.
import type { Page } from '@playwright/test';

/** Each glued pair a reader would see, with the regular expression that finds it. */
const GLUES: readonly { what: string; pattern: RegExp }[] = [
  { what: 'a letter or digit right after a closing bracket', pattern: /[)\]][A-Za-z0-9]/ },
  { what: 'a letter right after a comma or semicolon', pattern: /[,;][A-Za-z]/ },
  { what: 'a word glued to a number', pattern: /[A-Za-z]{2,}[0-9]/ },
  // Ordinals (14th, 2nd) have two letters; a unit or a word has three or more. Capitals after a digit are a name
  // (the tax form W-8BEN), not prose run together.
  { what: 'a number glued to a word', pattern: /[0-9][a-z]{3,}/ },
];

/** Whether a token is an address, a path or an e-mail, which run together by design. */
const isAddress = (token: string): boolean => /:\/\/|^\/|^www\.|@|\.(com|org|net|ai|io|help|biz)\b/.test(token);

/** The glued words in a text, each once, with what is wrong: `"than12": a word glued to a number`. */
export function gluedWordsIn(text: string): string[] {
  const found = new Set<string>();
  for (const token of text.split(/\s+/)) {
    if (token === '' || isAddress(token)) continue;
    for (const { what, pattern } of GLUES) {
      const match = pattern.exec(token);
      if (match) found.add(`"${token}": ${what}`);
    }
  }
  return [...found];
}

/** Inline elements whose text runs into the words beside them when a line break in the source is swallowed. */
const INLINE = 'a, strong, em, b, i, time, abbr';

/** The glued words in the page's main content as rendered, leaving out code, keyboard keys and sample output. */
export async function gluedWords(page: Page): Promise<string[]> {
  const { text, joins } = await page.evaluate((inline) => {
    const main = document.querySelector('main') ?? document.body;
    let rendered = main.innerText;
    for (const code of main.querySelectorAll('code, pre, kbd, samp, textarea')) {
      const own = (code as HTMLElement).innerText;
      if (own) rendered = rendered.split(own).join(' ');
    }
    // "use<strong>Export</strong>": each word is fine alone, so the text rules cannot see it; the markup can.
    const joins: string[] = [];
    // Letter against letter: a comma or bracket against a letter is found in the text already.
    const wordEnd = /[A-Za-z]$/;
    const wordStart = /^[A-Za-z]/;
    for (const element of main.querySelectorAll<HTMLElement>(inline)) {
      const own = element.textContent ?? '';
      if (!own.trim() || element.closest('.self-link')) continue;
      const before = element.previousSibling;
      const after = element.nextSibling;
      if (before?.nodeType === Node.TEXT_NODE && wordEnd.test(before.textContent ?? '') && wordStart.test(own)) {
        joins.push(`${(before.textContent ?? '').split(/\s/).at(-1)}${own.split(/\s/)[0]}`);
      }
      if (after?.nodeType === Node.TEXT_NODE && wordStart.test(after.textContent ?? '') && wordEnd.test(own)) {
        joins.push(`${own.split(/\s/).at(-1)}${(after.textContent ?? '').split(/\s/)[0]}`);
      }
    }
    return { text: rendered, joins };
  }, INLINE);
  return [...gluedWordsIn(text), ...joins.map((join) => `"${join}": a word run into the element beside it`)];
}
