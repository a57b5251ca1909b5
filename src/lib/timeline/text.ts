// Sentences of the promotion timeline, built from its numbers.
import { addMonths, formatMonthYear, type CalendarDate } from '../core/dates';

/**
 * When a level is reached, as a window of calendar months after `start`: "between July 2027 and December 2027",
 * "in July 2027" when both ends agree, "from April 2029 at the earliest, with no latest date" when open-ended.
 */
export function windowText(start: CalendarDate, min: number, max: number | null): string {
  const at = (months: number) => formatMonthYear(addMonths(start, months));
  if (max === null) return `from ${at(min)} at the earliest, with no latest date`;
  return min === max ? `in ${at(min)}` : `between ${at(min)} and ${at(max)}`;
}
