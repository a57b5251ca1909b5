// Starting values of the calculators, shared so that every tool opens on the same assumptions.
export const DEFAULT_LEVEL = 1;
export const DEFAULT_HOURS_PER_WEEK = 20;
export const DEFAULT_WEEKS_PER_YEAR = 48;
export const MAX_HOURS_PER_WEEK = 168;
export const MAX_WEEKS_PER_YEAR = 52;
