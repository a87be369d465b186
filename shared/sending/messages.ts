/**
 * Message claims: one item per (campaign, occurrence, phone), written on condition before the provider
 * is called, so each recipient gets at most one SMS per occurrence; the outcome is recorded on it.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { type TransactItem, whenConditionHolds } from '../db/transactions';
import { writeTogether } from '../db/unit-of-work';
import type { FailureReason } from '../ports';

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
  /** The code of its short links, when its campaign tracks them and its text has any. */
  linkCode?: string;
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

/**
 * What finishes a send in flight is written only while the claim it finishes still holds: SENDING under
 * the lease this attempt took. Once the lease has run out the recovery may have counted the message
 * `outcome-unknown`; a late outcome then changes nothing, whatever the timeouts are.
 */
const HELD_UNDER = (lease: number) => ({
  ConditionExpression: '#state = :sending AND leaseUntil = :lease',
  names: { '#state': 'state' },
  values: { ':sending': 'SENDING', ':lease': lease },
});

/** Nothing went out: the claim is let go so a retry may send; false when the claim was no longer ours. */
export async function releaseMessage(
  db: Db,
  key: MessageKey,
  facts: MessageFacts,
  lease: number,
): Promise<boolean> {
  const held = HELD_UNDER(lease);
  return whenConditionHolds(
    db.client.send(
      new PutCommand({
        TableName: db.tableName,
        Item: { ...key, entity: 'message', ...facts, state: 'RELEASED' },
        ConditionExpression: held.ConditionExpression,
        ExpressionAttributeNames: held.names,
        ExpressionAttributeValues: held.values,
      }),
    ),
  );
}

/** The outcome of the send this claim's lease covered (with what must be written along); false when the claim was no longer ours. */
export async function recordMessageOutcome(
  db: Db,
  key: MessageKey,
  outcome: MessageOutcome,
  lease: number,
  along: readonly TransactItem[] = [],
): Promise<boolean> {
  const held = HELD_UNDER(lease);
  const names = Object.fromEntries(Object.keys(outcome).map((name) => [`#${name}`, name]));
  const values = Object.fromEntries(Object.entries(outcome).map(([name, value]) => [`:${name}`, value]));
  return whenConditionHolds(
    writeTogether(
      db,
      {
        Update: {
          TableName: db.tableName,
          Key: key,
          UpdateExpression: `SET ${Object.keys(outcome)
            .map((name) => `#${name} = :${name}`)
            .join(', ')} REMOVE leaseUntil`,
          ConditionExpression: held.ConditionExpression,
          ExpressionAttributeNames: { ...names, ...held.names },
          ExpressionAttributeValues: { ...values, ...held.values },
        },
      },
      along,
    ),
  );
}

export async function getMessageClaim(db: Db, key: MessageKey): Promise<MessageClaim | undefined> {
  return getItem<MessageClaim>(db, key);
}

/** Fails a message still SENDING under the lease seen (one whose send was lost); false when it moved on meanwhile. */
export const failLostMessage = (
  db: Db,
  key: MessageKey,
  leaseSeen: number,
  reason: FailureReason,
  at: string,
  along: readonly TransactItem[] = [],
): Promise<boolean> => recordMessageOutcome(db, key, { state: 'FAILED', reason, at }, leaseSeen, along);
