import type { CampaignItem } from '../campaigns/repository';
import { wallClock } from '../campaigns/schedule';
import type { ScheduleSpec } from '../ports';
import { offsetMinutes, WEEKDAYS, type Weekday, zonedInstant } from '../time-zones';

const CRON_DAYS: Record<Weekday, string> = {
  monday: 'MON',
  tuesday: 'TUE',
  wednesday: 'WED',
  thursday: 'THU',
  friday: 'FRI',
  saturday: 'SAT',
  sunday: 'SUN',
};

const pad = (value: number) => String(value).padStart(2, '0');

/** EventBridge Scheduler's one-time expression, in UTC: `at(yyyy-mm-ddThh:mm:ss)`. */
export function atExpression(instant: Date): string {
  return `at(${instant.getUTCFullYear()}-${pad(instant.getUTCMonth() + 1)}-${pad(instant.getUTCDate())}T${pad(instant.getUTCHours())}:${pad(instant.getUTCMinutes())}:${pad(instant.getUTCSeconds())})`;
}

/** A weekly slot: `cron(minutes hours ? * DAY *)`, read in the schedule's time zone. */
export function weeklyCronExpression(day: Weekday, hour: number, minute: number): string {
  return `cron(${minute} ${hour} ? * ${CRON_DAYS[day]} *)`;
}

export const scheduleName = (campaignId: string, slot: 'once' | Weekday) => `campaign-${campaignId}-${slot}`;

/** Every schedule a campaign needs: one `at()` for SCHEDULED, one weekly `cron()` per day for RECURRING. */
export function schedulesOf(campaign: CampaignItem): ScheduleSpec[] {
  const request = { accountId: campaign.accountId, campaignId: campaign.id };
  if (campaign.type === 'SCHEDULED' && campaign.scheduledDate) {
    return [
      {
        name: scheduleName(campaign.id, 'once'),
        expression: atExpression(new Date(campaign.scheduledDate)),
        timezone: 'UTC',
        request,
      },
    ];
  }
  if (campaign.type === 'RECURRING' && campaign.recurring) {
    return WEEKDAYS.flatMap((day) => {
      const date = campaign.recurring?.[day];
      if (!date) return [];
      const slot = wallClock(new Date(date), campaign.timezone);
      return [
        {
          name: scheduleName(campaign.id, day),
          expression: weeklyCronExpression(day, slot.hour, slot.minute),
          timezone: campaign.timezone,
          request,
        },
      ];
    });
  }
  return [];
}

const DAY_INDEX: Record<string, number> = { SUN: 0, MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6 };

/** The first instant strictly after `after` at which a schedule fires, or undefined when it never will again. */
export function nextFiring(
  schedule: Pick<ScheduleSpec, 'expression' | 'timezone'>,
  after: Date,
): Date | undefined {
  const at = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\)$/.exec(schedule.expression);
  if (at) {
    const [, y, mo, d, h, mi, s] = at.map(Number) as number[];
    const instant = new Date(Date.UTC(y as number, (mo as number) - 1, d, h, mi, s));
    return instant.getTime() > after.getTime() ? instant : undefined;
  }
  const cron = /^cron\((\d+) (\d+) \? \* ([A-Z]{3}) \*\)$/.exec(schedule.expression);
  if (!cron) throw new Error(`unsupported schedule expression ${schedule.expression}`);
  const minute = Number(cron[1]);
  const hour = Number(cron[2]);
  const weekday = DAY_INDEX[cron[3] as string] as number;
  // Walk the zone's calendar days from the day `after` falls on; eight days always reach the next slot.
  const start = new Date(after.getTime() + offsetMinutes(after, schedule.timezone) * 60_000);
  for (let ahead = 0; ahead <= 8; ahead++) {
    const day = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + ahead));
    if (day.getUTCDay() !== weekday) continue;
    const instant = zonedInstant(
      day.getUTCFullYear(),
      day.getUTCMonth() + 1,
      day.getUTCDate(),
      hour,
      minute,
      schedule.timezone,
    );
    if (instant.getTime() > after.getTime()) return instant;
  }
  return undefined;
}
