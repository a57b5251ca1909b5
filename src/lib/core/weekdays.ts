// The days of the week, shared by the calendar (./dates.ts) and the clocks of other zones (./zones.ts), which load
// apart from each other.

/** The days of the week, Sunday first, as `Date#getUTCDay` numbers them. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
