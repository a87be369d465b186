/**
 * Message claims: one item per (campaign, occurrence, phone), written on condition before the provider
 * is called, so each recipient gets at most one SMS per occurrence; the outcome is recorded on it.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { type TransactItem, whenConditionHolds, writeTogether } from '../db/transactions';
import type { FailureReason } from './ports';

export type MessageState = 'SENDING' | 'SENT' | 'FAILED' | 'RELEASED';

export type MessageKey = ReturnType<typeof keys.messageClaim>;

export interface MessageClaim {
  state: MessageState;
  /** While SENDING: until when the claim protects a send in flight (epoch ms). */
  leaseUntil?: number;
}

/** What a claim records about its message, whatever its state. */
export interface MessageFacts {
  to: string;
  contactId: string;
  segments: number;
  encoding: string;
  /** Epoch seconds: the claim's end (DynamoDB's TTL). */
  expiresAt: number;
  accountId: string;
  claimedAt: string;
}

export type MessageOutcome =
  | { state: 'SENT'; messageId: string; at: string }
  | { state: 'FAILED'; reason: FailureReason; providerStatus?: string; at: string };

/** A new claim, or a released one taken again; false when someone else holds it. */
export async function claimMessage(
  db: Db,
  key: MessageKey,
  facts: MessageFacts,
  claim: { state: 'SENDING'; leaseUntil: number } | MessageOutcome,
  /** Written in the same transaction: the events a failed claim raises. */
  along: readonly TransactItem[] = [],
): Promise<boolean> {
  return whenConditionHolds(
    writeTogether(
      db,
      {
        Put: {
          TableName: db.tableName,
          Item: {
            ...key,
            entity: 'message',
            ...facts,
            ...claim,
            // Going out: a reply from the phone will find which account reached it.
            ...(claim.state === 'SENDING'
              ? keys.recipientReached(facts.to, facts.claimedAt, facts.accountId)
              : {}),
          },
          ConditionExpression: 'attribute_not_exists(pk) OR #state = :released',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':released': 'RELEASED' },
        },
      },
      along,
    ),
  );
}

/** Nothing went out: the claim is let go so a retry may send. */
export async function releaseMessage(db: Db, key: MessageKey, facts: MessageFacts): Promise<void> {
  await db.client.send(
    new PutCommand({
      TableName: db.tableName,
      Item: { ...key, entity: 'message', ...facts, state: 'RELEASED' },
    }),
  );
}

export async function recordMessageOutcome(
  db: Db,
  key: MessageKey,
  outcome: MessageOutcome,
  along: readonly TransactItem[] = [],
): Promise<void> {
  const names = Object.fromEntries(Object.keys(outcome).map((name) => [`#${name}`, name]));
  const values = Object.fromEntries(Object.entries(outcome).map(([name, value]) => [`:${name}`, value]));
  await writeTogether(
    db,
    {
      Update: {
        TableName: db.tableName,
        Key: key,
        UpdateExpression: `SET ${Object.keys(outcome)
          .map((name) => `#${name} = :${name}`)
          .join(', ')} REMOVE leaseUntil`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    along,
  );
}

export async function getMessageClaim(db: Db, key: MessageKey): Promise<MessageClaim | undefined> {
  return getItem<MessageClaim>(db, key);
}

/** Fails a message still SENDING under the lease seen; false when it moved on meanwhile. */
export async function failLostMessage(
  db: Db,
  key: MessageKey,
  leaseSeen: number | undefined,
  reason: string,
  at: string,
  along: readonly TransactItem[] = [],
): Promise<boolean> {
  return whenConditionHolds(
    writeTogether(
      db,
      {
        Update: {
          TableName: db.tableName,
          Key: key,
          UpdateExpression: 'SET #state = :failed, reason = :reason, #at = :at REMOVE leaseUntil',
          ConditionExpression: '#state = :sending AND leaseUntil = :lease',
          ExpressionAttributeNames: { '#state': 'state', '#at': 'at' },
          ExpressionAttributeValues: {
            ':failed': 'FAILED',
            ':sending': 'SENDING',
            ':reason': reason,
            ':at': at,
            ':lease': leaseSeen,
          },
        },
      },
      along,
    ),
  );
}
