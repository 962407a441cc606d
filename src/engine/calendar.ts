import type { CalendarStart, QuarterIndex } from './scenario-types';

/** Seconds in one quarter (365.25 days / 4). */
export const SECONDS_PER_QUARTER = 7_889_400;
export const HOURS_PER_QUARTER = SECONDS_PER_QUARTER / 3600;

export interface CalendarQuarter {
  year: number;
  quarter: number;
}

/** The calendar year and quarter of a quarter index. */
export function calendarOf(start: CalendarStart, index: QuarterIndex): CalendarQuarter {
  const zeroBased = start.quarter - 1 + index;
  return { year: start.year + Math.floor(zeroBased / 4), quarter: (zeroBased % 4) + 1 };
}
