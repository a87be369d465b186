/**
 * A campaign's clicks over time (CONTRACT.md, Tracked short links): the counted clicks of each UTC hour
 * (`applyClicks` keeps one item per hour), read back by hour or by day in the campaign's time zone, every
 * bucket from the first click's to the last's, empty ones included, so a chart draws them as they are.
 */
import * as z from 'zod';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { inRange, queryAll } from '../db/paginate';
import { zonedInstant, zonedParts } from '../time-zones';

export const CLICK_INTERVALS = ['hour', 'day'] as const;
export type ClickInterval = (typeof CLICK_INTERVALS)[number];

export const clicksOverTimeInput = z.strictObject({
  /** One point per hour (UTC hours), or per day in the campaign's time zone. */
  interval: z.enum(CLICK_INTERVALS).default('hour'),
});
export type ClicksOverTimeInput = z.infer<typeof clicksOverTimeInput>;

export interface ClicksPoint {
  /** The bucket's first instant. */
  at: string;
  clicks: number;
}

export interface ClicksOverTime {
  campaignId: string;
  interval: ClickInterval;
  timezone: string;
  clicks: number;
  points: ClicksPoint[];
}

interface HourItem {
  sk: string;
  clicks: number;
}

const HOUR_MS = 3_600_000;

/** The hours a campaign's clicks fell in, oldest first, as `{ at, clicks }` (empty hours absent). */
export async function clicksByHour(db: Db, accountId: string, campaignId: string): Promise<ClicksPoint[]> {
  const range = keys.campaignClicksOf(accountId, campaignId);
  const points: ClicksPoint[] = [];
  for await (const page of queryAll<HourItem>(db, inRange(range))) {
    for (const item of page) {
      const hour = item.sk.slice(range.skPrefix?.length);
      points.push({ at: new Date(`${hour}:00:00.000Z`).toISOString(), clicks: Number(item.clicks) });
    }
  }
  return points;
}

/** A campaign's clicks by `interval`, its days in its own time zone. */
export async function clicksOverTime(
  db: Db,
  campaign: { accountId: string; id: string; timezone: string },
  input: ClicksOverTimeInput,
): Promise<ClicksOverTime> {
  const hours = await clicksByHour(db, campaign.accountId, campaign.id);
  return { campaignId: campaign.id, ...bucketClicks(hours, input.interval, campaign.timezone) };
}

/** The hours' clicks in buckets of `interval`, every bucket between the first and the last. */
export function bucketClicks(
  hours: readonly ClicksPoint[],
  interval: ClickInterval,
  timezone: string,
): Omit<ClicksOverTime, 'campaignId'> {
  const startOf = interval === 'hour' ? (at: Date) => at : (at: Date) => startOfDay(at, timezone);
  const byBucket = new Map<number, number>();
  for (const hour of hours) {
    const bucket = startOf(new Date(hour.at)).getTime();
    byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + hour.clicks);
  }
  const starts = [...byBucket.keys()].sort((a, b) => a - b);
  const first = starts[0];
  const last = starts.at(-1);
  const points: ClicksPoint[] = [];
  if (first !== undefined && last !== undefined) {
    for (let at = first; at <= last; at = nextBucket(at, interval, timezone)) {
      points.push({ at: new Date(at).toISOString(), clicks: byBucket.get(at) ?? 0 });
    }
  }
  return {
    interval,
    timezone,
    clicks: points.reduce((sum, point) => sum + point.clicks, 0),
    points,
  };
}

function startOfDay(instant: Date, timezone: string): Date {
  const { year, month, day } = zonedParts(instant, timezone);
  return zonedInstant(year, month, day, 0, 0, timezone);
}

/** The next bucket's start: an hour on, or the next calendar day's midnight (days of 23 or 25 hours too). */
function nextBucket(start: number, interval: ClickInterval, timezone: string): number {
  if (interval === 'hour') return start + HOUR_MS;
  return startOfDay(new Date(start + 36 * HOUR_MS), timezone).getTime();
}
