import awsCronParser from 'aws-cron-parser';
import { describe, expect, it } from 'vitest';
import type { CampaignItem } from '../../shared/campaigns/repository';
import { atExpression, nextFiring, schedulesOf, weeklyCronExpression } from '../../shared/sending/schedules';
import { WEEKDAYS } from '../../shared/time-zones';
import { seededRandom } from '../support/text-corpus';

const cronOf = (expression: string) => expression.replace(/^cron\((.*)\)$/, '$1');

describe('schedule expressions', () => {
  it('write at() in UTC with the right month, across month and year ends', () => {
    expect(atExpression(new Date('2026-01-31T23:45:00Z'))).toBe('at(2026-01-31T23:45:00)');
    expect(atExpression(new Date('2026-12-31T23:45:00Z'))).toBe('at(2026-12-31T23:45:00)');
    expect(atExpression(new Date('2027-03-01T00:00:00Z'))).toBe('at(2027-03-01T00:00:00)');
    expect(atExpression(new Date('2028-02-29T10:15:00+01:00'))).toBe('at(2028-02-29T09:15:00)');
  });

  it('write weekly cron() that a real AWS cron parser reads as the same slots', () => {
    const random = seededRandom(99);
    for (const day of WEEKDAYS) {
      for (const [hour, minute] of [
        [0, 0],
        [9, 15],
        [23, 45],
      ] as const) {
        const expression = weeklyCronExpression(day, hour, minute);
        const parsed = awsCronParser.parse(cronOf(expression));
        // From many starting instants (month, year and leap-day edges among them), both agree on the next firing.
        const starts = [
          '2026-12-31T23:59:00Z',
          '2027-02-28T12:00:00Z',
          '2028-02-28T23:50:00Z',
          ...Array.from({ length: 30 }, () =>
            new Date(Date.UTC(2026, 0, 1) + random() * 4 * 365 * 86_400_000).toISOString(),
          ),
        ];
        for (const start of starts) {
          const after = new Date(start);
          expect(nextFiring({ expression, timezone: 'UTC' }, after)?.toISOString()).toBe(
            awsCronParser.next(parsed, new Date(after.getTime() + 1000))?.toISOString(),
          );
        }
      }
    }
  });

  it('fire weekly slots at the same wall-clock time across daylight saving changes', () => {
    const schedule = { expression: weeklyCronExpression('monday', 9, 0), timezone: 'Europe/Paris' };
    const before = nextFiring(schedule, new Date('2027-03-20T00:00:00Z'));
    const after = nextFiring(schedule, before as Date);
    expect(before?.toISOString()).toBe('2027-03-22T08:00:00.000Z'); // UTC+1
    expect(after?.toISOString()).toBe('2027-03-29T07:00:00.000Z'); // UTC+2 from March 28
    const abidjan = { expression: weeklyCronExpression('friday', 18, 30), timezone: 'Africa/Abidjan' };
    expect(nextFiring(abidjan, new Date('2026-11-25T00:00:00Z'))?.toISOString()).toBe(
      '2026-11-27T18:30:00.000Z',
    );
  });

  it('fire an at() once', () => {
    const once = { expression: 'at(2026-06-20T10:00:00)', timezone: 'UTC' };
    expect(nextFiring(once, new Date('2026-06-20T09:59:59Z'))?.toISOString()).toBe(
      '2026-06-20T10:00:00.000Z',
    );
    expect(nextFiring(once, new Date('2026-06-20T10:00:00Z'))).toBeUndefined();
  });

  it("build a campaign's schedules: one at() for SCHEDULED, one cron() per weekday for RECURRING", () => {
    const base = { id: 'c1', accountId: 'a1', timezone: 'Africa/Nairobi' } as CampaignItem;
    expect(schedulesOf({ ...base, type: 'SCHEDULED', scheduledDate: '2026-06-20T10:00:00.000Z' })).toEqual([
      {
        name: 'campaign-c1-once',
        expression: 'at(2026-06-20T10:00:00)',
        timezone: 'UTC',
        request: { accountId: 'a1', campaignId: 'c1' },
      },
    ]);
    const recurring = schedulesOf({
      ...base,
      type: 'RECURRING',
      recurring: { monday: '2024-03-18T06:00:00.000Z', friday: '2024-03-22T15:45:00.000Z' },
    });
    // Nairobi is UTC+3: the slots are read there.
    expect(recurring.map((s) => [s.name, s.expression, s.timezone])).toEqual([
      ['campaign-c1-monday', 'cron(0 9 ? * MON *)', 'Africa/Nairobi'],
      ['campaign-c1-friday', 'cron(45 18 ? * FRI *)', 'Africa/Nairobi'],
    ]);
    expect(schedulesOf({ ...base, type: 'SMS' })).toEqual([]);
  });
});
