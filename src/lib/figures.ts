// Turns the figures of content/data/figures.yaml into the words prose needs, so a number is never typed into a page.
import type { Figure } from '../schemas/figures';

const SMALL_NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "three" for whole numbers from 0 to 10 (style guides spell these out in prose), digits otherwise. */
export function spellNumber(value: number): string {
  return Number.isInteger(value) && value >= 0 && value < SMALL_NUMBER_WORDS.length
    ? SMALL_NUMBER_WORDS[value]!
    : new Intl.NumberFormat('en-US').format(value);
}

const MULTIPLE_VERBS: Record<number, string> = { 2: 'doubles', 3: 'triples', 4: 'quadruples' };

/** "doubles or triples" for a 2–3× range, "multiplies by five or six" where no verb exists: "it roughly ___ your pay". */
export function multipleInWords(range: { min: number; max: number }): string {
  const ends = range.min === range.max ? [range.min] : [range.min, range.max];
  const verbs = ends.map((n) => MULTIPLE_VERBS[n]);
  return verbs.every((v) => v !== undefined) ? verbs.join(' or ') : `multiplies by ${ends.map(spellNumber).join(' or ')}`;
}

/**
 * A figure as prose reads it: "95%", "50–100%", "2–3 times", "30 minutes", "500".
 * `spelled` writes small whole numbers in words ("three", "ten").
 */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit'>, options: { spelled?: boolean } = {}): string {
  const number = (n: number) => (options.spelled ? spellNumber(n) : new Intl.NumberFormat('en-US').format(n));
  const { value, unit } = figure;
  const amount = typeof value === 'number' ? number(value) : `${number(value.min)}–${number(value.max)}`;
  const upper = typeof value === 'number' ? value : value.max;
  switch (unit) {
    case 'percent':
      return `${amount}%`;
    case 'times':
      return `${amount} times`;
    case 'minutes':
      return `${amount} ${upper === 1 ? 'minute' : 'minutes'}`;
    case 'count':
      return amount;
  }
}
