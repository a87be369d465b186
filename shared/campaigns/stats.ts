import { money } from '../money/amount';

/**
 * A campaign's stats, and each occurrence's: how they are kept on the item and what the API shows
 * (CONTRACT.md, Messages and delivery reports).
 */

/** The counters an item keeps; the send path and the reports move them, never read-modify-write. */
export interface StatsCounters {
  sent: number;
  failed: number;
  delivered?: number;
  undelivered?: number;
  unknown?: number;
  optedOut?: number;
  parts?: number;
  /** What the provider reported it cost, for operators (its own currency). */
  costAmount?: number;
  costCurrency?: string;
  /** What the account was charged, in units (1/10,000 of the platform's currency). */
  charged?: number;
  /** Held back by quiet hours, waiting for their window to end. */
  deferred?: number;
  /** Messages whose short links were clicked at least once, and the clicks counted. */
  clicked?: number;
  clicks?: number;
}

/** What one chunk of sending adds. */
export type SendCounts = Required<Pick<StatsCounters, 'sent' | 'failed' | 'parts' | 'optedOut' | 'charged'>>;

/** The update that adds a chunk's counts to a campaign or an occurrence (one write, no read). */
export const addSendCounts = (counts: SendCounts, now: string) => ({
  UpdateExpression:
    'ADD sent :sent, failed :failed, parts :parts, optedOut :optedOut, charged :charged SET updatedAt = :now',
  ExpressionAttributeValues: {
    ':charged': counts.charged,
    ':sent': counts.sent,
    ':failed': counts.failed,
    ':parts': counts.parts,
    ':optedOut': counts.optedOut,
    ':now': now,
  },
});

/** What a new campaign or occurrence starts with. */
export const EMPTY_COUNTERS = {
  sent: 0,
  failed: 0,
  delivered: 0,
  undelivered: 0,
  unknown: 0,
  optedOut: 0,
  parts: 0,
  costAmount: 0,
  charged: 0,
} as const satisfies StatsCounters;

export interface Stats {
  total: number;
  /** Handed to the provider, whatever the carrier said later. */
  sent: number;
  /** Never handed over (opted-out recipients included). */
  failed: number;
  /** `total − sent − failed`. */
  pending: number;
  delivered: number;
  undelivered: number;
  /** No final word from the carrier within 72 hours. */
  unknown: number;
  optedOut: number;
  /** Of `pending`: held back by quiet hours until their window ends. */
  deferred: number;
  /** Segments handed over: what carriers bill. */
  parts: number;
  /** Messages whose short links were clicked at least once (`trackLinks`). */
  clicked: number;
  /** Clicks counted on short links: robots' link previews and `HEAD` requests are not. */
  clicks: number;
  /** What the account was charged (CONTRACT.md, Money). */
  cost: { amount: number; currency: string };
}

export const statsOf = (counters: StatsCounters, total: number, currency: string): Stats => ({
  ...countsOf(counters, total),
  cost: money(counters.charged ?? 0, currency),
});

/** The stats' counts, without what they cost. */
export function countsOf(counters: StatsCounters, total: number): Omit<Stats, 'cost'> {
  const delivered = counters.delivered ?? 0;
  const undelivered = counters.undelivered ?? 0;
  const unknown = counters.unknown ?? 0;
  // A carrier's report can land before its chunk's own count of what was handed over.
  const sent = Math.max(counters.sent, delivered + undelivered + unknown);
  return {
    total,
    sent,
    failed: counters.failed,
    pending: Math.max(0, total - sent - counters.failed),
    delivered,
    undelivered,
    unknown,
    optedOut: counters.optedOut ?? 0,
    deferred: counters.deferred ?? 0,
    parts: counters.parts ?? 0,
    clicked: counters.clicked ?? 0,
    clicks: counters.clicks ?? 0,
  };
}
