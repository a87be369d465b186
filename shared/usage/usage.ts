/**
 * What the platform sent, by day, account and destination (country and mobile network): the counters
 * behind the operators' overview and an account's usage by month. They move once per chunk sent and once
 * per batch of delivery reports, never per message.
 */
import { networkOf } from '../text/networks';
import { countryOfPhone } from '../text/phone';

export const COUNTS = ['sent', 'failed', 'segments', 'charged', 'delivered', 'undelivered'] as const;
export type Count = (typeof COUNTS)[number];
/** `charged` is in units (1/10,000 of the platform's currency). */
export type Counts = Record<Count, number>;

export const NO_COUNTS: Counts = {
  sent: 0,
  failed: 0,
  segments: 0,
  charged: 0,
  delivered: 0,
  undelivered: 0,
};

/** What a country code the numbering plans do not place is counted under. */
export const UNKNOWN_COUNTRY = 'ZZ';

export interface Destination {
  country: string;
  /** The network the number was first given to: approximate, numbers move between networks. */
  network: string;
}

export const destinationOf = (phone: string): Destination => ({
  country: countryOfPhone(phone) ?? UNKNOWN_COUNTRY,
  network: networkOf(phone),
});

/** A chunk's or a batch's counts by destination, before they are written in one update. */
export class Tally {
  private readonly byDestination = new Map<string, { destination: Destination; counts: Counts }>();

  add(phone: string, counts: Partial<Counts>): void {
    const destination = destinationOf(phone);
    const key = `${destination.country}|${destination.network}`;
    const entry = this.byDestination.get(key) ?? { destination, counts: { ...NO_COUNTS } };
    for (const [name, value] of Object.entries(counts) as [Count, number][]) entry.counts[name] += value;
    this.byDestination.set(key, entry);
  }

  /** Each destination's counts, those that moved only. */
  entries(): { destination: Destination; counts: Partial<Counts> }[] {
    return [...this.byDestination.values()].map(({ destination, counts }) => ({
      destination,
      counts: Object.fromEntries(Object.entries(counts).filter(([, value]) => value !== 0)),
    }));
  }

  get empty(): boolean {
    return this.entries().every((entry) => Object.keys(entry.counts).length === 0);
  }
}

/** The UTC day of an instant: `2026-12-05`. */
export const dayOf = (instant: Date | string): string =>
  (typeof instant === 'string' ? instant : instant.toISOString()).slice(0, 10);

/** The `days` days that end with `today`'s, oldest first. */
export function lastDays(today: Date, days: number): string[] {
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Array.from({ length: days }, (_, index) => dayOf(new Date(end - (days - 1 - index) * 86_400_000)));
}

/** One account's day as read: its counts by destination. */
export interface UsageDay {
  accountId: string;
  day: string;
  destinations: { destination: Destination; counts: Counts }[];
}

export function addCounts(a: Counts, b: Partial<Counts>): Counts {
  const sum = { ...a };
  for (const name of COUNTS) sum[name] += b[name] ?? 0;
  return sum;
}

export const totalOf = (day: UsageDay): Counts =>
  day.destinations.reduce((sum, entry) => addCounts(sum, entry.counts), { ...NO_COUNTS });

/**
 * Delivered among the messages the carriers reported on (a refusal before sending, such as an opt-out,
 * says nothing of a network); undefined when none is reported yet.
 */
export function deliveryRate(counts: Pick<Counts, 'delivered' | 'undelivered'>): number | undefined {
  const reported = counts.delivered + counts.undelivered;
  return reported === 0 ? undefined : counts.delivered / reported;
}
