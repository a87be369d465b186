/**
 * The persistence of `Idempotency-Key` records: one item per account and key, written on condition so
 * one attempt at a time holds it (the protocol is in `idempotency.ts`).
 */
import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import type { keys } from '../db/keys';
import { whenConditionHolds } from '../db/transactions';

export interface IdempotencyRecord {
  fingerprint: string;
  state: 'IN_PROGRESS' | 'COMPLETED';
  /** Epoch seconds: the record's end (DynamoDB's TTL). */
  expiresAt: number;
  /** Epoch milliseconds: while IN_PROGRESS, the latest instant the attempt holding the key may still run. */
  inProgressUntil: number;
  /** Epoch milliseconds: when the attempt holding the key took it (how long a duplicate is asked to wait grows with it). */
  heldSince?: number;
  /** The same for every attempt at this request: what an attempt creates may be named after it. */
  operationId: string;
  statusCode?: number;
  body?: string;
}

export type RecordKey = ReturnType<typeof keys.idempotency>;

/** Writes a new record unless a live one holds the key (an expired one may linger until the TTL sweeps it). */
export async function putRecordIfFree(
  db: Db,
  key: RecordKey,
  record: IdempotencyRecord,
  nowSeconds: number,
): Promise<boolean> {
  return whenConditionHolds(
    db.client.send(
      new PutCommand({
        TableName: db.tableName,
        Item: { ...key, entity: 'idempotency', ...record },
        ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
        ExpressionAttributeValues: { ':now': nowSeconds },
      }),
    ),
  );
}

export async function getRecord(db: Db, key: RecordKey): Promise<IdempotencyRecord | undefined> {
  return getItem<IdempotencyRecord>(db, key);
}

const HELD_BY = {
  ConditionExpression: '#state = :inProgress AND inProgressUntil = :held',
  ExpressionAttributeNames: { '#state': 'state' },
};

/** Moves the hold from the attempt whose time is up (`seenUntil`) to a new one; false if another got there first. */
export async function takeOverRecord(
  db: Db,
  key: RecordKey,
  seenUntil: number,
  until: number,
  now: number,
): Promise<boolean> {
  return whenConditionHolds(
    db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: key,
        UpdateExpression: 'SET inProgressUntil = :until, heldSince = :now',
        ...HELD_BY,
        ExpressionAttributeValues: {
          ':inProgress': 'IN_PROGRESS',
          ':held': seenUntil,
          ':until': until,
          ':now': now,
        },
      }),
    ),
  );
}

/** A failed attempt lets the key go, if it still holds it. */
export async function deleteRecordIfHeld(db: Db, key: RecordKey, heldUntil: number): Promise<void> {
  await whenConditionHolds(
    db.client.send(
      new DeleteCommand({
        TableName: db.tableName,
        Key: key,
        ...HELD_BY,
        ExpressionAttributeValues: { ':inProgress': 'IN_PROGRESS', ':held': heldUntil },
      }),
    ),
  );
}

/** Keeps the answer for replays, if the attempt still holds the key (one that overran its time has lost it). */
export async function completeRecordIfHeld(
  db: Db,
  key: RecordKey,
  heldUntil: number,
  answer: { statusCode?: number; body?: string },
): Promise<void> {
  await whenConditionHolds(
    db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: key,
        UpdateExpression:
          'SET #state = :completed, statusCode = :status, body = :body REMOVE inProgressUntil',
        ...HELD_BY,
        ExpressionAttributeValues: {
          ':inProgress': 'IN_PROGRESS',
          ':held': heldUntil,
          ':completed': 'COMPLETED',
          ':status': answer.statusCode,
          ':body': answer.body,
        },
      }),
    ),
  );
}
