// US formatting, shared by every page and widget so the same number always reads the same way.
import { formatNumber } from './numbers';
const wholeDollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Placeholder shown wherever a result cannot be computed. */
export const NO_VALUE = '—';

function finiteOr(value: number | null | undefined, format: (n: number) => string): string {
  return typeof value === 'number' && Number.isFinite(value) ? format(value) : NO_VALUE;
}

/** "$57,600" */
export const formatDollars = (value: number | null | undefined): string => finiteOr(value, (n) => wholeDollars.format(n));

/** "$27.50" */
export const formatCents = (value: number | null | undefined): string => finiteOr(value, (n) => cents.format(n));

/** "$15–$35" for a rate range; whole dollars when the ends are whole. */
export function formatRateRange(range: { min: number; max: number }): string {
  const f = (n: number) => (Number.isInteger(n) ? wholeDollars.format(n) : cents.format(n));
  return `${f(range.min)}–${f(range.max)}`;
}

/** "2.4×" */
export function formatMultiple(value: number): string {
  return `${(Math.round(value * 10) / 10).toLocaleString('en-US', { minimumFractionDigits: 1 })}×`;
}

/** A span of whole months whose end may be open (null): "1–3 months", "1 month", "12+ months" (the article's way). */
export function formatMonthsRange(range: { min: number; max: number | null }): string {
  if (range.max === null) return `${range.min}+ months`;
  if (range.min === range.max) return `${range.min} ${range.min === 1 ? 'month' : 'months'}`;
  return `${range.min}–${range.max} months`;
}

/** "Level 3 — Reviewer/QA" */
export const levelLabel = (level: { rank: number; role: string }): string => `Level ${level.rank} — ${level.role}`;

/** "3 · Reviewer/QA": short enough for a select to show whole on a 320 px screen. */
export const levelOptionLabel = (level: { rank: number; role: string }): string => `${level.rank} · ${level.role}`;

/** "1 hour", "12.5 hours", "1 entry", "3 entries": a count with its unit, singular for exactly one. */
export const countText = (count: number, unit: string, units = `${unit}s`): string =>
  `${formatNumber(count)} ${count === 1 ? unit : units}`;
