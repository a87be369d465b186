/**
 * When a campaign goes out. SCHEDULED: one instant on the quarter-hour grid. RECURRING: one weekly
 * slot per weekday, read in the campaign's IANA time zone (only the weekday and time of day of each
 * given date count).
 */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface WeeklySlot {
  day: Weekday;
  hour: number;
  minute: number;
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** On :00, :15, :30 or :45 with zero seconds and milliseconds (the grid holds in every zone: offsets are whole quarters). */
export const isOnQuarterHour = (instant: Date) =>
  instant.getUTCMinutes() % 15 === 0 && instant.getUTCSeconds() === 0 && instant.getUTCMilliseconds() === 0;

const formatters = new Map<string, Intl.DateTimeFormat>();

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: Weekday;
}

/** The calendar date, wall-clock time and weekday of an instant in a time zone. */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'long',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: String(parts.weekday).toLowerCase() as Weekday,
  };
}

/** The weekday and wall-clock time of an instant in a time zone. */
export function wallClock(instant: Date, timeZone: string): WeeklySlot {
  const parts = zonedParts(instant, timeZone);
  return { day: parts.weekday, hour: parts.hour, minute: parts.minute };
}
