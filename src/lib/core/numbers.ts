// The one reader of numbers for every field, link and stored value, and the one writer of numbers into fields, links
// and storage, so the number shown, stored and linked is always the same.

/** Why a text is not read as a number when the reason is its form, not its range. */
export const NUMBER_PROBLEMS = {
  comma: 'Use a point for decimals (12.5); a comma may only separate groups of three digits (1,240).',
  digits: 'This number has more digits than can be kept exactly; shorten it.',
} as const;

export interface NumberReading {
  /** The number, or null when blank or not a number. */
  value: number | null;
  /** Why the text is refused when the reason is its form (a comma, too many digits); null otherwise. */
  problem: string | null;
}

const PLAIN_DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;
/** 1,240 and 12,345,678.5: commas between groups of exactly three digits. */
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
/** 12,5 and 0,25: one comma not followed by exactly three digits is a decimal comma. */
const DECIMAL_COMMA = /^[+-]?\d+,(\d{1,2}|\d{4,})$/;

/** The digits of a plain decimal with sign, leading zeros and trailing fraction zeros dropped ("-012.50" → "12.5"). */
function canonical(text: string): string {
  let digits = text.replace(/^[+-]/, '');
  if (digits.includes('.')) digits = digits.replace(/0+$/, '').replace(/\.$/, '');
  digits = digits.replace(/^0+(?=\d)/, '');
  return digits.startsWith('.') ? `0${digits}` : digits;
}

/**
 * Reads a number typed by a reader or found in a URL or in storage. A comma followed by exactly three digits separates
 * thousands ("1,240"); a single other comma is a decimal comma ("12,5" is 12.5); any other comma is refused ("1,2,3").
 * A number with more digits than a double keeps ("0.1000000000000000001") is refused, so what is stored and linked
 * is exactly what was typed. Blank, "NaN", "Infinity", "1e3" and "12abc" read as null.
 */
export function readNumber(raw: unknown): NumberReading {
  if (typeof raw === 'number') return { value: Number.isFinite(raw) ? raw + 0 : null, problem: null };
  if (typeof raw !== 'string') return { value: null, problem: null };
  let text = raw.trim();
  if (THOUSANDS.test(text)) text = text.replace(/,/g, '');
  else if (DECIMAL_COMMA.test(text)) text = text.replace(',', '.');
  else if (text.includes(',')) return { value: null, problem: NUMBER_PROBLEMS.comma };
  if (!PLAIN_DECIMAL.test(text)) return { value: null, problem: null };
  // + 0 turns -0 into 0.
  const value = Number(text) + 0;
  if (!Number.isFinite(value)) return { value: null, problem: null };
  const exact = canonical(formatNumber(Math.abs(value))) === canonical(text) || value === 0;
  return exact ? { value, problem: null } : { value: null, problem: NUMBER_PROBLEMS.digits };
}

/** The number of a text, or null; see readNumber. */
export const parseNumber = (raw: unknown): number | null => readNumber(raw).value;

/** The message for a field: the form problem of its text if it has one, else the field's own message. */
export const numberError = (raw: unknown, fieldMessage: string): string => readNumber(raw).problem ?? fieldMessage;

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
