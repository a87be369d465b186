/**
 * Occurrences: one item per campaign slot, claimed once by the dispatch function, then told how many
 * recipients it has and how many of them were sent or failed (once per chunk).
 */
import { PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { addSendCounts, EMPTY_COUNTERS, type SendCounts, type StatsCounters } from '../campaigns/stats';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { whenConditionHolds } from '../db/transactions';
import type { DispatchRequest } from '../ports';

type Occurrence = DispatchRequest;

/** What an occurrence counts: its recipients (once planned) and the outcomes so far. */
export interface OccurrenceTally extends StatsCounters {
  recipients?: number;
  /** True when its recipients were read again (a recurring campaign's groups) and kept under the occurrence. */
  ownRecipients?: boolean;
}

/** An update of another item that must happen in the same transaction as the occurrence's. */
export type TransactionUpdate = NonNullable<
  NonNullable<TransactWriteCommand['input']['TransactItems']>[number]['Update']
>;

const keyOf = (occurrence: Occurrence) =>
  keys.occurrence(occurrence.accountId, occurrence.campaignId, occurrence.slot);

/** True when this call claimed it: new, or left PLANNED by a dispatch that failed before it was queued. */
export async function claimOccurrence(db: Db, occurrence: Occurrence): Promise<boolean> {
  return whenConditionHolds(
    db.client.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          ...keyOf(occurrence),
          entity: 'occurrence',
          slot: occurrence.slot,
          state: 'PLANNED',
          ...EMPTY_COUNTERS,
        },
        ConditionExpression: 'attribute_not_exists(pk) OR #state = :planned',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':planned': 'PLANNED' },
      }),
    ),
  );
}

/** Whether a dispatch has claimed this occurrence already (it is then in the dispatch function's hands). */
export async function isOccurrenceClaimed(db: Db, occurrence: Occurrence): Promise<boolean> {
  return (await getItem(db, keyOf(occurrence))) !== undefined;
}

export async function skipOccurrence(db: Db, occurrence: Occurrence): Promise<void> {
  await db.client.send(
    new PutCommand({
      TableName: db.tableName,
      Item: { ...keyOf(occurrence), entity: 'occurrence', slot: occurrence.slot, state: 'SKIPPED' },
    }),
  );
}

/** How many recipients the occurrence has, and whether it keeps its own list of them (`occurrenceRecipientChunk`). */
export async function setOccurrenceRecipients(
  db: Db,
  occurrence: Occurrence,
  count: number,
  ownRecipients: boolean,
): Promise<void> {
  await db.client.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keyOf(occurrence),
      UpdateExpression: 'SET recipients = :count, ownRecipients = :own',
      ExpressionAttributeValues: { ':count': count, ':own': ownRecipients },
    }),
  );
}

/**
 * Marks a PLANNED occurrence QUEUED together with `alongside` (the campaign's own update). False when
 * another invocation of the same slot did it first.
 */
export async function markOccurrenceQueued(
  db: Db,
  occurrence: Occurrence,
  now: string,
  alongside: TransactionUpdate,
  deferred = 0,
): Promise<boolean> {
  return whenConditionHolds(
    db.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: db.tableName,
              Key: keyOf(occurrence),
              UpdateExpression: 'SET #state = :queued, queuedAt = :now, #deferred = :deferred',
              ConditionExpression: '#state = :planned',
              ExpressionAttributeNames: { '#state': 'state', '#deferred': 'deferred' },
              ExpressionAttributeValues: {
                ':queued': 'QUEUED',
                ':planned': 'PLANNED',
                ':now': now,
                ':deferred': deferred,
              },
            },
          },
          { Update: alongside },
        ],
      }),
    ),
  );
}

/** Adds a chunk's outcomes; returns the tally after it. */
export async function addToOccurrenceTally(
  db: Db,
  occurrence: Occurrence,
  counts: SendCounts,
  now: string,
): Promise<OccurrenceTally | undefined> {
  const after = await db.client.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keyOf(occurrence),
      ...addSendCounts(counts, now),
      ReturnValues: 'ALL_NEW',
    }),
  );
  return after.Attributes as OccurrenceTally | undefined;
}

/**
 * A group quiet hours held back has gone to the send queue (or was dropped by a cancel): it leaves the
 * `deferred` counts of the occurrence and the campaign, once, whatever fires it again. False when an
 * earlier firing did it.
 */
export async function markReleased(
  db: Db,
  occurrence: Occurrence & { release: string },
  count: number,
): Promise<boolean> {
  const { accountId, campaignId, slot, release } = occurrence;
  const leave = (key: { pk: string; sk: string }) => ({
    Update: {
      TableName: db.tableName,
      Key: key,
      UpdateExpression: 'ADD #deferred :less',
      ExpressionAttributeNames: { '#deferred': 'deferred' },
      ExpressionAttributeValues: { ':less': -count },
    },
  });
  return whenConditionHolds(
    db.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.tableName,
              Item: {
                ...keys.deferredRelease(accountId, campaignId, slot, release),
                entity: 'release',
                count,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          leave(keys.occurrence(accountId, campaignId, slot)),
          leave(keys.campaign(accountId, campaignId)),
        ],
      }),
    ),
  );
}
