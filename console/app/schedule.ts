/** Dates as a customer picks them (a day, a quarter hour, a time zone) into the instants the API takes. */
import { WEEKDAYS, type Weekday, zonedInstant, zonedParts } from '../../shared/time-zones';

export const QUARTER_HOURS = Array.from({ length: 96 }, (_, index) => {
  const hours = String(Math.floor(index / 4)).padStart(2, '0');
  const minutes = String((index % 4) * 15).padStart(2, '0');
  return `${hours}:${minutes}`;
});

export const WEEKDAY_LABEL: Record<Weekday, string> = {
  monday: 'Lundi',
  tuesday: 'Mardi',
  wednesday: 'Mercredi',
  thursday: 'Jeudi',
  friday: 'Vendredi',
  saturday: 'Samedi',
  sunday: 'Dimanche',
};

export { WEEKDAYS, type Weekday };

/** West Africa first (where our customers are), then every zone the browser knows. */
const FIRST_ZONES = [
  'Africa/Abidjan',
  'Africa/Dakar',
  'Africa/Bamako',
  'Africa/Ouagadougou',
  'Africa/Conakry',
  'Africa/Lome',
  'Africa/Porto-Novo',
  'Africa/Niamey',
  'Africa/Douala',
  'Africa/Libreville',
  'Africa/Kinshasa',
  'Africa/Lagos',
  'Europe/Paris',
  'UTC',
];

export function timeZones(): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...FIRST_ZONES, ...known])];
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** `2026-12-01` + `09:15` in `Africa/Abidjan` → the ISO instant. */
export function instantOf(date: string, time: string, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return zonedInstant(year ?? 0, month ?? 1, day ?? 1, hour ?? 0, minute ?? 0, timeZone).toISOString();
}

/** Today's date in a time zone, as a date input writes it. */
export function todayIn(timeZone: string, now = new Date()): string {
  const parts = zonedParts(now, timeZone);
  return `${parts.year}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}

/** The next quarter hour after now (and a little margin), for a default. */
export function nextQuarterHour(timeZone: string, now = new Date()): { date: string; time: string } {
  const later = new Date(Math.ceil((now.getTime() + 10 * 60_000) / 900_000) * 900_000);
  const parts = zonedParts(later, timeZone);
  return {
    date: todayIn(timeZone, later),
    time: `${String(parts.hour).padStart(2, '0')}:${String(parts.minute).padStart(2, '0')}`,
  };
}

/**
 * A recurring slot: the API reads only the weekday and the time of day of the instant, in the
 * campaign's zone, so any week will do: the next such day.
 */
export function weeklySlot(day: Weekday, time: string, timeZone: string, now = new Date()): string {
  for (let ahead = 0; ahead < 8; ahead++) {
    const candidate = new Date(now.getTime() + ahead * 86_400_000);
    const parts = zonedParts(candidate, timeZone);
    if (parts.weekday === day) {
      const date = `${parts.year}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
      return instantOf(date, time, timeZone);
    }
  }
  throw new Error(`no ${day} in the coming week`);
}
