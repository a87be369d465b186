/**
 * What delivery reports read and write: the messages they name (their claims, by key) and the changes
 * they make to them and to the counters of their campaign and occurrence, as items of one transaction
 * (`apply.ts` commits them together).
 */
import { batchGet } from '../db/batch';
import type { Db } from '../db/client';
import type { TransactItem } from '../db/transactions';
import type { DeliveryCounts, ReportState } from './report';

export interface ReportedMessage extends ReportState {
  pk: string;
  sk: string;
  to: string;
  messageId?: string;
  /** When the send path took it (about when it was sent). */
  claimedAt?: string;
}

/** A message's move: from what was read to what the reports say. */
export interface MessageReport {
  key: { pk: string; sk: string };
  before: ReportState;
  after: ReportState;
  deliveredAt?: string;
}

export const reportedMessages = (db: Db, messageKeys: readonly { pk: string; sk: string }[]) =>
  batchGet<ReportedMessage>(db, messageKeys);

/** The message moves on condition that it still holds what was read. */
export function reportOnMessage(db: Db, change: MessageReport, now: Date): TransactItem {
  const { before, after } = change;
  const set = ['reportAt = :reportAt', 'providerStatus = :providerStatus', 'updatedAt = :now'];
  const values: Record<string, unknown> = {
    ':reportAt': after.reportAt,
    ':providerStatus': after.providerStatus,
    ':now': now.toISOString(),
  };
  if (after.delivery) {
    set.push('delivery = :delivery');
    values[':delivery'] = after.delivery;
  }
  if (change.deliveredAt) {
    set.push('deliveredAt = :deliveredAt');
    values[':deliveredAt'] = change.deliveredAt;
  }
  if (after.priced) {
    set.push('priced = :true');
    values[':true'] = true;
  }
  const conditions = ['attribute_exists(pk)'];
  if (before.reportAt === undefined) conditions.push('attribute_not_exists(reportAt)');
  else {
    conditions.push('reportAt = :seenAt');
    values[':seenAt'] = before.reportAt;
  }
  conditions.push(before.priced ? 'priced = :true' : 'attribute_not_exists(priced)');
  if (before.priced) values[':true'] = true;
  // A later final word that is not a delivery takes the earlier delivery's time away with it.
  const remove = after.delivery && after.delivery !== 'DELIVERED' ? ' REMOVE deliveredAt' : '';
  return {
    Update: {
      TableName: db.tableName,
      Key: change.key,
      UpdateExpression: `SET ${set.join(', ')}${remove}`,
      ConditionExpression: conditions.join(' AND '),
      ExpressionAttributeValues: values,
    },
  };
}

/** What a batch of reports adds to a campaign's or an occurrence's counters (the same fields on both). */
export function addDeliveryCounts(
  db: Db,
  key: { pk: string; sk: string },
  counts: DeliveryCounts,
  currency: string | undefined,
  now: Date,
): TransactItem {
  return {
    Update: {
      TableName: db.tableName,
      Key: key,
      UpdateExpression: `ADD delivered :delivered, undelivered :undelivered, #unknown :unknown, costAmount :cost SET updatedAt = :now${
        currency ? ', costCurrency = if_not_exists(costCurrency, :currency)' : ''
      }`,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#unknown': 'unknown' },
      ExpressionAttributeValues: {
        ':delivered': counts.delivered,
        ':undelivered': counts.undelivered,
        ':unknown': counts.unknown,
        ':cost': counts.cost,
        ':now': now.toISOString(),
        ...(currency ? { ':currency': currency } : {}),
      },
    },
  };
}
