import { describe, expect, it } from 'vitest';
import { allowedFrom, quietHoursSchema } from '../../shared/quiet-hours/quiet-hours';
import { KNOWN_CALLING_CODES, zoneOfPhone } from '../../shared/quiet-hours/zones';
import { canonicalTimeZone } from '../../shared/time-zones';

const night = { start: '21:00', end: '08:00' };
const at = (iso: string) => new Date(iso);

describe('quiet hours', () => {
  it.each([
    [
      'Abidjan, 23:00: the next morning',
      '2026-06-01T23:00:00Z',
      'Africa/Abidjan',
      '2026-06-02T08:00:00.000Z',
    ],
    ['Abidjan, 07:59: this morning', '2026-06-02T07:59:00Z', 'Africa/Abidjan', '2026-06-02T08:00:00.000Z'],
    ['Abidjan, 21:00 sharp: inside', '2026-06-01T21:00:00Z', 'Africa/Abidjan', '2026-06-02T08:00:00.000Z'],
    ['Paris in summer, 22:30 local', '2026-06-01T20:30:00Z', 'Europe/Paris', '2026-06-02T06:00:00.000Z'],
    ['Paris in winter, 22:30 local', '2026-01-15T21:30:00Z', 'Europe/Paris', '2026-01-16T07:00:00.000Z'],
    [
      'Paris, the night clocks go forward',
      '2026-03-28T23:00:00Z',
      'Europe/Paris',
      '2026-03-29T06:00:00.000Z',
    ],
    ['Paris, the night clocks go back', '2026-10-24T22:30:00Z', 'Europe/Paris', '2026-10-25T07:00:00.000Z'],
  ])('defers a message due inside the window to its end: %s', (_, due, zone, expected) => {
    expect(allowedFrom(at(due), zone, night).toISOString()).toBe(expected);
  });

  it.each([
    ['Abidjan, 08:00 sharp', '2026-06-02T08:00:00Z', 'Africa/Abidjan'],
    ['Abidjan, 20:59', '2026-06-01T20:59:00Z', 'Africa/Abidjan'],
    ['Paris in summer, 20:30 local', '2026-06-01T18:30:00Z', 'Europe/Paris'],
  ])('leaves a message due outside the window as it is: %s', (_, due, zone) => {
    expect(allowedFrom(at(due), zone, night).toISOString()).toBe(at(due).toISOString());
  });

  it('reads a window that does not cross midnight', () => {
    const lunch = { start: '12:00', end: '14:00' };
    expect(allowedFrom(at('2026-06-01T12:30:00Z'), 'Africa/Dakar', lunch).toISOString()).toBe(
      '2026-06-01T14:00:00.000Z',
    );
    expect(allowedFrom(at('2026-06-01T14:00:00Z'), 'Africa/Dakar', lunch).toISOString()).toBe(
      '2026-06-01T14:00:00.000Z',
    );
  });

  it.each([
    [{ start: '25:00', end: '08:00' }, 'start'],
    [{ start: '21:00', end: '08:07' }, 'end'],
    [{ start: '21:00', end: '21:00' }, 'end'],
    [{ start: '9:00', end: '10:00' }, 'start'],
  ])('refuses %j, naming %s', (window, path) => {
    const result = quietHoursSchema.safeParse(window);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe("a recipient's time zone", () => {
  it('comes from the calling code of the phone', () => {
    expect(zoneOfPhone('2250700000001')).toBe('Africa/Abidjan');
    expect(zoneOfPhone('221770000000')).toBe('Africa/Dakar');
    expect(zoneOfPhone('33612345678')).toBe('Europe/Paris');
    expect(zoneOfPhone('14155550100')).toBe('America/New_York');
    // Fiji is not listed: read in UTC.
    expect(zoneOfPhone('6797000000')).toBe('UTC');
  });

  it('names only zones the runtime knows', () => {
    for (const code of KNOWN_CALLING_CODES)
      expect(canonicalTimeZone(zoneOfPhone(`${code}0000000`)), code).toBeDefined();
  });
});
