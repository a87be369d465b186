/**
 * Delivery reports: what a carrier said of a message handed over, and the one rule that decides
 * whether a report changes what we know. Reports come at least once and in any order.
 */

/** The carrier's final word on a message (CONTRACT.md, Messages and delivery reports). */
export type FinalDelivery = 'DELIVERED' | 'UNDELIVERED' | 'UNKNOWN';

/** A report, named by the context the message was sent with. */
export interface DeliveryReport {
  accountId: string;
  campaignId: string;
  occurrence: string;
  phone: string;
  messageId: string;
  /** Undefined while the carrier has not said its last word (queued, accepted…). */
  delivery?: FinalDelivery;
  /** The provider's own name for it, e.g. `TEXT_CARRIER_UNREACHABLE`. */
  providerStatus: string;
  /** When the provider reported it (epoch ms): later reports win over earlier ones. */
  at: number;
  price?: { amount: number; currency: string };
}

/** What a message holds of its reports so far. */
export interface ReportState {
  delivery?: FinalDelivery;
  reportAt?: number;
  providerStatus?: string;
  priced?: boolean;
}

/**
 * Whether `report` changes `state`: a final word is replaced only by a later final word, a word still
 * pending only by a later one (at the same instant, the greater status wins, so order never matters);
 * the same report twice changes nothing.
 */
export function supersedes(report: DeliveryReport, state: ReportState): boolean {
  if (state.reportAt === undefined) return true;
  if (state.delivery && !report.delivery) return false;
  if (!state.delivery && report.delivery) return true;
  if (report.at !== state.reportAt) return report.at > state.reportAt;
  return report.providerStatus > (state.providerStatus ?? '');
}

/**
 * The state after `reports` (any order, duplicates included), and the price they add: a message's
 * price is counted once, from the first report that carries one.
 */
export function applyInOrder(
  state: ReportState,
  reports: readonly DeliveryReport[],
): { state: ReportState; cost: number } {
  let current = state;
  let cost = 0;
  for (const report of reports) {
    if (report.price && !current.priced) {
      cost += report.price.amount;
      current = { ...current, priced: true };
    }
    if (!supersedes(report, current)) continue;
    current = {
      ...(report.delivery ? { delivery: report.delivery } : {}),
      reportAt: report.at,
      providerStatus: report.providerStatus,
      ...(current.priced ? { priced: true } : {}),
    };
  }
  return { state: current, cost };
}

/** The stats a campaign keeps of reports. */
export interface DeliveryCounts {
  delivered: number;
  undelivered: number;
  unknown: number;
  cost: number;
}

const STAT_OF: Record<FinalDelivery, keyof Omit<DeliveryCounts, 'cost'>> = {
  DELIVERED: 'delivered',
  UNDELIVERED: 'undelivered',
  UNKNOWN: 'unknown',
};

/** How the stats move when a message goes from `before` to `after`, adding `cost`. */
export function statsChange(before: ReportState, after: ReportState, cost: number): DeliveryCounts {
  const change: DeliveryCounts = { delivered: 0, undelivered: 0, unknown: 0, cost };
  if (before.delivery !== after.delivery) {
    if (before.delivery) change[STAT_OF[before.delivery]]--;
    if (after.delivery) change[STAT_OF[after.delivery]]++;
  }
  return change;
}

export const addCounts = (a: DeliveryCounts, b: DeliveryCounts): DeliveryCounts => ({
  delivered: a.delivered + b.delivered,
  undelivered: a.undelivered + b.undelivered,
  unknown: a.unknown + b.unknown,
  cost: a.cost + b.cost,
});
