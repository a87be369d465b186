/**
 * Applies a batch of delivery reports: each message moves only when a report supersedes what it holds,
 * and the campaign's and the occurrence's stats move in the same transaction, once per batch of up to
 * 96 messages, with the `message.delivered` / `message.undelivered` events they raise (one outbox item,
 * when the account has an endpoint that wants them). A crash between two pieces leaves each piece
 * whole: a redelivery finds the applied messages unchanged and counts them no second time.
 */
import { groupBy } from '../collections';
import { chunk } from '../db/batch';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { isTransactionCancelled } from '../db/transactions';
import { commit } from '../db/unit-of-work';
import type { WebhookEvent } from '../ports';
import { usageUpdate } from '../usage/repository';
import { dayOf, Tally } from '../usage/usage';
import { eventId } from '../webhooks/events';
import { enabledWebhooks, eventsToRaise, type RaisedEvents } from '../webhooks/outbox';
import {
  addCounts,
  applyInOrder,
  type DeliveryCounts,
  type DeliveryReport,
  type ReportState,
  statsChange,
} from './report';
import {
  addDeliveryCounts,
  type MessageReport,
  type ReportedMessage,
  reportedMessages,
  reportOnMessage,
} from './repository';

export interface ApplyResult {
  /** Messages whose state or price moved. */
  applied: number;
  /** Reports for messages that do not exist under the account, campaign and occurrence they name. */
  unmatched: DeliveryReport[];
  /** Events written with the changes, to relay to the webhook queue. */
  raised: RaisedEvents[];
}

/**
 * A transaction holds 100 items: the messages, the campaign, the occurrence, the account's usage of the
 * day they were sent and the events' outbox item.
 */
export const MESSAGES_PER_TRANSACTION = 96;
/**
 * The reports queue hands over four times that at a time. Many messages are reported twice (a redelivery,
 * a status then its final one) and only reports that change a message take a place in a transaction: a
 * batch of 96 would leave its transaction half empty, and its stats and usage items written twice as often.
 * Four times as many fill their transactions nearly full (benchmarks.md: usage writes per message).
 */
export const REPORTS_PER_BATCH = 4 * MESSAGES_PER_TRANSACTION;
/** Another writer moved a message or a stats item meanwhile: read again and retry, this many times. */
const ATTEMPTS = 8;

interface Change extends MessageReport {
  stats: DeliveryCounts;
  phone: string;
  /** The day it was sent (UTC): its usage counters are that day's. */
  sentDay: string;
}

export async function applyReports(
  db: Db,
  reports: readonly DeliveryReport[],
  now: Date,
): Promise<ApplyResult> {
  const result: ApplyResult = { applied: 0, unmatched: [], raised: [] };
  const byOccurrence = groupBy(reports, (report) =>
    JSON.stringify([report.accountId, report.campaignId, report.occurrence]),
  );
  for (const group of byOccurrence.values()) {
    const outcome = await applyToOccurrence(db, group, now);
    result.applied += outcome.applied;
    result.unmatched.push(...outcome.unmatched);
    result.raised.push(...outcome.raised);
  }
  return result;
}

async function applyToOccurrence(db: Db, reports: DeliveryReport[], now: Date): Promise<ApplyResult> {
  const { accountId, campaignId, occurrence } = reports[0] as DeliveryReport;
  const byPhone = groupBy(reports, (report) => report.phone);
  let applied = 0;
  const raised: RaisedEvents[] = [];
  const endpoints = await enabledWebhooks(db, accountId);
  for (let attempt = 1; ; attempt++) {
    const messageKeys = [...byPhone.keys()].map((phone) =>
      keys.messageClaim(accountId, campaignId, occurrence, phone),
    );
    const found = new Map((await reportedMessages(db, messageKeys)).map((item) => [item.to, item] as const));
    const unmatched: DeliveryReport[] = [];
    const changes: Change[] = [];
    for (const [phone, forPhone] of byPhone) {
      const item = found.get(phone);
      const matching = forPhone.filter(
        (report) => item && (!item.messageId || item.messageId === report.messageId),
      );
      unmatched.push(...forPhone.filter((report) => !matching.includes(report)));
      if (!item || matching.length === 0) continue;
      const before = stateOf(item);
      const { state: after, cost } = applyInOrder(before, matching);
      if (sameState(before, after)) continue;
      const deliveredAt =
        after.delivery === 'DELIVERED' && after.reportAt ? new Date(after.reportAt) : undefined;
      changes.push({
        key: { pk: item.pk, sk: item.sk },
        before,
        after,
        stats: statsChange(before, after, cost),
        phone,
        sentDay: dayOf(item.claimedAt ?? now),
        ...(deliveredAt ? { deliveredAt: deliveredAt.toISOString() } : {}),
      });
    }
    try {
      const pieces = [...groupBy(changes, (change) => change.sentDay).values()].flatMap((sameDay) =>
        chunk(sameDay, MESSAGES_PER_TRANSACTION),
      );
      for (const piece of pieces) {
        const events = eventsToRaise(
          db,
          { accountId, endpoints },
          piece.flatMap((change) => messageEvent({ accountId, campaignId, occurrence }, change)),
          now,
        );
        await writePiece(db, { accountId, campaignId, occurrence }, piece, currencyOf(reports), now, events);
        applied += piece.length;
        if (events) raised.push(events);
        // Written: a retry after a later piece fails finds these unchanged.
      }
      return { applied, unmatched, raised };
    } catch (error) {
      if (!isTransactionCancelled(error) || attempt >= ATTEMPTS) throw error;
      await new Promise((wake) => setTimeout(wake, Math.random() * 20 * 2 ** attempt));
    }
  }
}

const stateOf = (item: ReportedMessage): ReportState => ({
  ...(item.delivery ? { delivery: item.delivery } : {}),
  ...(item.reportAt !== undefined ? { reportAt: item.reportAt } : {}),
  ...(item.providerStatus ? { providerStatus: item.providerStatus } : {}),
  ...(item.priced ? { priced: true } : {}),
});

const sameState = (a: ReportState, b: ReportState) =>
  a.delivery === b.delivery &&
  a.reportAt === b.reportAt &&
  a.providerStatus === b.providerStatus &&
  Boolean(a.priced) === Boolean(b.priced);

const currencyOf = (reports: DeliveryReport[]) => reports.find((report) => report.price)?.price?.currency;

async function writePiece(
  db: Db,
  occurrence: { accountId: string; campaignId: string; occurrence: string },
  changes: Change[],
  currency: string | undefined,
  now: Date,
  events: RaisedEvents | undefined,
): Promise<void> {
  const total = changes.reduce((sum, change) => addCounts(sum, change.stats), {
    delivered: 0,
    undelivered: 0,
    unknown: 0,
    cost: 0,
  });
  const messages = changes.map((change) => reportOnMessage(db, change, now));
  const usage = new Tally();
  for (const change of changes) {
    usage.add(change.phone, { delivered: change.stats.delivered, undelivered: change.stats.undelivered });
  }
  const day = (changes[0] as Change).sentDay;
  const stats = [
    keys.campaign(occurrence.accountId, occurrence.campaignId),
    keys.occurrence(occurrence.accountId, occurrence.campaignId, occurrence.occurrence),
  ].map((key) => addDeliveryCounts(db, key, total, currency, now));
  await commit(db, [
    ...messages,
    ...stats,
    ...(usage.empty ? [] : [{ Update: usageUpdate(db, occurrence.accountId, day, usage) }]),
    ...(events ? [events.put] : []),
  ]);
}

/** The event a change raises: a message newly delivered or undelivered (`UNKNOWN` raises none). */
function messageEvent(
  occurrence: { accountId: string; campaignId: string; occurrence: string },
  change: Change,
): WebhookEvent[] {
  const { before, after } = change;
  if (after.delivery === before.delivery) return [];
  if (after.delivery !== 'DELIVERED' && after.delivery !== 'UNDELIVERED') return [];
  const phone = change.key.sk.slice(change.key.sk.indexOf('#') + 1);
  const type = after.delivery === 'DELIVERED' ? 'message.delivered' : 'message.undelivered';
  return [
    {
      id: eventId(occurrence.accountId, occurrence.campaignId, occurrence.occurrence, phone, type),
      type,
      timestamp: new Date(after.reportAt ?? Date.now()).toISOString(),
      data: {
        campaignId: occurrence.campaignId,
        occurrence: occurrence.occurrence,
        phone,
        status: after.delivery,
        ...(after.providerStatus ? { providerStatus: after.providerStatus } : {}),
      },
    },
  ];
}
