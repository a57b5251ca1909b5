// The one reader of numbers for every field, link and stored value, and the one writer of numbers into fields, links
// and storage, so the number shown, stored and linked is always the same.

/** Why a text is not read as a number when the reason is its form, not its range. */
export const NUMBER_PROBLEMS = {
  comma: 'Use one comma or point for decimals (12.5 or 12,5), or commas between groups of three digits (1,240).',
  digits: 'This number is too long: it has more digits than can be kept exactly; shorten it.',
} as const;

export interface NumberReading {
  /** The number, or null when blank or not a number. */
  value: number | null;
  /** Why the text is refused when the reason is its form (a comma, too many digits); null otherwise. */
  problem: string | null;
  /**
   * Set when the text could be read two ways ("12,345" is 12345 or 12.345) and was read by the convention: how it was
   * read, in the site's own way of writing numbers ("Read as 12,345." or "Read as 12.345."), for the field to show.
   */
  readAs?: string;
}

/**
 * How a comma that could be either a decimal comma or a thousands separator ("12,345") is read: `thousands` in
 * languages that write 1,240.5 (English), `decimal` in those that write 1.240,5 (Portuguese, Spanish, French…). In a
 * file whose cells are separated by semicolons, every comma is a decimal comma: `allDecimal`.
 */
export type CommaConvention = 'thousands' | 'decimal' | 'allDecimal';

let readerConvention: CommaConvention = 'thousands';

/**
 * Sets how this reader's typing is read when a comma could be either (src/browser/locale.ts sets it from the
 * browser's language once a page runs). Everything else about reading numbers is fixed.
 */
export function setReaderCommaConvention(convention: Exclude<CommaConvention, 'allDecimal'>): void {
  readerConvention = convention;
}

const PLAIN_DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;
/** 1,240 and 12,345,678.5: commas between groups of exactly three digits, the first group not starting with 0. */
const THOUSANDS = /^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;
/** 12,345: one comma before exactly three digits, nothing else, so either a thousands or a decimal comma. */
const EITHER = /^[+-]?[1-9]\d{0,2},\d{3}$/;
/** 12,5 and 0,125 and 1234,567: one comma with digits on both sides that cannot be a thousands separator. */
const ONE_COMMA = /^[+-]?\d+,\d+$/;

/** The digits of a plain decimal with sign, leading zeros and trailing fraction zeros dropped ("-012.50" → "12.5"). */
function canonical(text: string): string {
  let digits = text.replace(/^[+-]/, '');
  if (digits.includes('.')) digits = digits.replace(/0+$/, '').replace(/\.$/, '');
  digits = digits.replace(/^0+(?=\d)/, '');
  return digits.startsWith('.') ? `0${digits}` : digits;
}

const siteFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });

/**
 * Reads a number typed by a reader or found in a URL, a file or storage. A comma is read by its context: one that cannot
 * separate thousands ("0,125", "12,5", "1,2345") is a decimal comma; commas between groups of three ("1,240",
 * "12,345,678.5") separate thousands; one that could be either ("12,345") is read by `convention` (by default the
 * reader's, see setReaderCommaConvention) and says how it was read (`readAs`); in a semicolon-separated file every
 * single comma is a decimal comma. Any other comma is refused ("1,2,3"). A number with more digits than a double keeps
 * ("0.1000000000000000001") is refused, so what is stored and linked is exactly what was typed. Blank, "NaN",
 * "Infinity", "1e3" and "12abc" read as null.
 */
export function readNumber(raw: unknown, convention: CommaConvention = readerConvention): NumberReading {
  if (typeof raw === 'number') return { value: Number.isFinite(raw) ? raw + 0 : null, problem: null };
  if (typeof raw !== 'string') return { value: null, problem: null };
  let text = raw.trim();
  let readAs = false;
  if (text.includes(',')) {
    const decimal = convention === 'allDecimal' ? ONE_COMMA.test(text) : EITHER.test(text) ? convention === 'decimal' : !THOUSANDS.test(text) && ONE_COMMA.test(text);
    if (decimal) text = text.replace(',', '.');
    else if (convention !== 'allDecimal' && THOUSANDS.test(text)) text = text.replace(/,/g, '');
    else return { value: null, problem: NUMBER_PROBLEMS.comma };
    readAs = convention !== 'allDecimal' && EITHER.test(raw.trim());
  }
  if (!PLAIN_DECIMAL.test(text)) return { value: null, problem: null };
  // + 0 turns -0 into 0.
  const value = Number(text) + 0;
  if (!Number.isFinite(value)) return { value: null, problem: null };
  const exact = canonical(formatNumber(Math.abs(value))) === canonical(text) || value === 0;
  if (!exact) return { value: null, problem: NUMBER_PROBLEMS.digits };
  return readAs ? { value, problem: null, readAs: `Read as ${siteFormat.format(value)}.` } : { value, problem: null };
}

/** The number of a text, or null; see readNumber. */
export const parseNumber = (raw: unknown, convention?: CommaConvention): number | null => readNumber(raw, convention).value;

/** The message for a field: the form problem of its text if it has one, else the field's own message. */
export const numberError = (raw: unknown, fieldMessage: string, convention?: CommaConvention): string =>
  readNumber(raw, convention).problem ?? fieldMessage;

/** Like parseNumber, but only whole numbers within [min, max]. */
export function parseIntInRange(raw: unknown, min: number, max: number): number | null {
  const value = parseNumber(raw);
  return value !== null && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/**
 * A number as plain decimal digits, exactly (the shortest text that reads back as the same number), never in
 * exponent form: 4e-7 → "0.0000004", 1e21 → "1000000000000000000000", -0 → "0".
 */
export function formatNumber(value: number): string {
  if (value === 0) return '0';
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, first, rest = '', exponentText] = match;
  const digits = `${first}${rest}`;
  const exponent = Number(exponentText);
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  return `${sign}${digits}${'0'.repeat(Math.max(0, exponent - rest.length))}`;
}
