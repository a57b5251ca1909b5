/**
 * Reads a number typed by a reader or found in a URL or in storage.
 * Returns null for anything that is not a plain finite decimal: blank, "NaN", "Infinity", "1e999", "12abc".
 */
export function parseNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const text = raw.trim().replace(/,/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Like parseNumber, but only whole numbers within [min, max]. */
export function parseIntInRange(raw: unknown, min: number, max: number): number | null {
  const value = parseNumber(raw);
  return value !== null && Number.isInteger(value) && value >= min && value <= max ? value : null;
}
