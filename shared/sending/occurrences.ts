/**
 * Occurrences: one item per campaign slot, claimed once by the dispatch function, then told how many
 * recipients it has and how many of them were sent or failed (once per chunk).
 */
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { addSendCounts, EMPTY_COUNTERS, type SendCounts, type StatsCounters } from '../campaigns/stats';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { type TransactItem, type TransactionUpdate, whenConditionHolds } from '../db/transactions';
import { commitIfConditionsHold } from '../db/unit-of-work';
import type { DispatchRequest } from '../ports';

type Occurrence = DispatchRequest;

/** What an occurrence counts: its recipients (once planned) and the outcomes so far. */
export interface OccurrenceTally extends StatsCounters {
  recipients?: number;
  /** True when its recipients were read again (a recurring campaign's groups) and kept under the occurrence. */
  ownRecipients?: boolean;
  /** Recipients quiet hours held back whom a cancel dropped: they will get nothing. */
  dropped?: number;
}

const keyOf = (occurrence: Pick<Occurrence, 'accountId' | 'campaignId' | 'slot'>) =>
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
  return commitIfConditionsHold(db, [
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
  ]);
}

/**
 * The occurrence's end was raised (`campaign.sent` or `campaign.failed`): a flag set once, written in
 * the transaction of the event's outbox item, so a chunk redelivered later raises it no second time.
 */
export const markEndRaised = (
  db: Db,
  occurrence: Pick<Occurrence, 'accountId' | 'campaignId' | 'slot'>,
): TransactItem => ({
  Update: {
    TableName: db.tableName,
    Key: keyOf(occurrence),
    UpdateExpression: 'SET endRaised = :yes',
    ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(endRaised)',
    ExpressionAttributeValues: { ':yes': true },
  },
});

/** The write that adds a chunk's outcomes to the occurrence's tally, for the chunk's transaction. */
export const occurrenceTallyUpdate = (
  db: Db,
  occurrence: Occurrence,
  counts: SendCounts,
  now: string,
): TransactionUpdate => ({ TableName: db.tableName, Key: keyOf(occurrence), ...addSendCounts(counts, now) });

/** Adds a chunk's outcomes, alone; returns the tally after it. */
export async function addToOccurrenceTally(
  db: Db,
  occurrence: Occurrence,
  counts: SendCounts,
  now: string,
): Promise<OccurrenceTally | undefined> {
  const after = await db.client.send(
    new UpdateCommand({
      ...occurrenceTallyUpdate(db, occurrence, counts, now),
      ReturnValues: 'ALL_NEW',
    }),
  );
  return after.Attributes as OccurrenceTally | undefined;
}

export const getOccurrenceTally = (db: Db, occurrence: Occurrence): Promise<OccurrenceTally | undefined> =>
  getItem<OccurrenceTally>(db, keyOf(occurrence));

/**
 * A group quiet hours held back has gone to the send queue (or was dropped by a cancel): it leaves the
 * `deferred` counts of the occurrence and the campaign, once, whatever fires it again (dropped, the
 * occurrence counts it so, to know when it has ended). False when an earlier firing did it.
 */
export async function markReleased(
  db: Db,
  occurrence: Occurrence & { release: string },
  count: number,
  dropped = false,
): Promise<boolean> {
  const { accountId, campaignId, slot, release } = occurrence;
  const leave = (key: { pk: string; sk: string }, alsoDropped = false) => ({
    Update: {
      TableName: db.tableName,
      Key: key,
      UpdateExpression: `ADD #deferred :less${alsoDropped ? ', dropped :count' : ''}`,
      ExpressionAttributeNames: { '#deferred': 'deferred' },
      ExpressionAttributeValues: { ':less': -count, ...(alsoDropped ? { ':count': count } : {}) },
    },
  });
  return commitIfConditionsHold(db, [
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
    leave(keys.occurrence(accountId, campaignId, slot), dropped),
    leave(keys.campaign(accountId, campaignId)),
  ]);
}
