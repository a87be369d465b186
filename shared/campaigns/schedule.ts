/**
 * When a campaign goes out. SCHEDULED: one instant on the quarter-hour grid. RECURRING: one weekly
 * slot per weekday, read in the campaign's IANA time zone (only the weekday and time of day of each
 * given date count).
 */
import { type Weekday, zonedParts } from '../time-zones';

export interface WeeklySlot {
  day: Weekday;
  hour: number;
  minute: number;
}

/** On :00, :15, :30 or :45 with zero seconds and milliseconds (the grid holds in every zone: offsets are whole quarters). */
export const isOnQuarterHour = (instant: Date) =>
  instant.getUTCMinutes() % 15 === 0 && instant.getUTCSeconds() === 0 && instant.getUTCMilliseconds() === 0;

/** The weekday and wall-clock time of an instant in a time zone. */
export function wallClock(instant: Date, timeZone: string): WeeklySlot {
  const parts = zonedParts(instant, timeZone);
  return { day: parts.weekday, hour: parts.hour, minute: parts.minute };
}

/** A SCHEDULED campaign is due within this many years (a year 9999 date is a typo, not a plan). */
export const MAX_YEARS_AHEAD = 2;

/** The latest instant a campaign made `now` may be scheduled for. */
export function latestScheduledDate(now: Date): Date {
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + MAX_YEARS_AHEAD);
  return latest;
}
