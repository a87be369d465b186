/**
 * Quiet hours: a daily window (`21:00`–`08:00`, which may cross midnight) in which a recipient gets
 * nothing, read in the recipient's own time zone. A message due inside it waits for its end.
 */
import * as z from 'zod';
import { zonedInstant, zonedParts } from '../time-zones';

export interface QuietHours {
  start: string;
  end: string;
}

const quarterHour = z
  .string()
  .regex(
    /^([01]\d|2[0-3]):(00|15|30|45)$/,
    'must be a time of day on the quarter hour, such as 21:00 or 07:45',
  );

export const quietHoursSchema = z
  .strictObject({ start: quarterHour, end: quarterHour })
  .refine((window) => window.start !== window.end, {
    path: ['end'],
    message: 'must differ from start (the window would be empty, or the whole day)',
  });

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export function isQuietAt(minuteOfDay: number, window: QuietHours): boolean {
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  return start < end ? minuteOfDay >= start && minuteOfDay < end : minuteOfDay >= start || minuteOfDay < end;
}

/** When a message due at `due` may reach a recipient in `zone`: `due` itself, or the end of the window it falls in. */
export function allowedFrom(due: Date, zone: string, window: QuietHours): Date {
  const local = zonedParts(due, zone);
  const minute = local.hour * 60 + local.minute;
  if (!isQuietAt(minute, window)) return due;
  const end = minutesOf(window.end);
  // The window ends later today, or (past its start, across midnight) tomorrow.
  const daysAhead = minute >= end ? 1 : 0;
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day + daysAhead));
  return zonedInstant(
    day.getUTCFullYear(),
    day.getUTCMonth() + 1,
    day.getUTCDate(),
    Math.floor(end / 60),
    end % 60,
    zone,
  );
}
