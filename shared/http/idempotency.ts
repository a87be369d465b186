import { createHash } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { isConditionFailure } from '../db/transactions';
import { AppError, validationError } from '../errors';
import { newId } from '../ids';

/**
 * `Idempotency-Key` on creates: the same key from the same account within 24 hours answers what the
 * first request answered and does nothing more; with another body (or route) it is refused. A
 * request that fails leaves no record, so its retry runs for real.
 *
 * A request holds its key only as long as its function may still run (Lambda's remaining time): one
 * that was killed (time-out, out of memory, a lost instance) cannot release it, so once that time has
 * passed a retry takes the key over, with the same operation id as the attempt it replaces.
 */
const KEEP_SECONDS = 24 * 60 * 60;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

type Result = APIGatewayProxyStructuredResultV2;

interface IdempotencyRecord {
  fingerprint: string;
  state: 'IN_PROGRESS' | 'COMPLETED';
  /** Epoch seconds: the record's end (DynamoDB's TTL). */
  expiresAt: number;
  /** Epoch milliseconds: while IN_PROGRESS, the latest instant the attempt holding the key may still run. */
  inProgressUntil: number;
  /** The same for every attempt at this request: what an attempt creates may be named after it. */
  operationId: string;
  statusCode?: number;
  body?: string;
}

/** The key is this attempt's to run with, or the request already has its answer. */
type Claim = { operationId: string } | { replay: Result };

/** What one attempt at an idempotent request knows about itself. */
export interface IdempotentAttempt {
  /** Stays the same when a later attempt takes over a killed one: a create may use it as the new item's id. */
  operationId: string;
}

export interface IdempotencyContext {
  db: Db;
  clock: Clock;
  accountId: string;
  key: string | undefined;
  fingerprint: string;
  /** How long the function may still run (Lambda's `getRemainingTimeInMillis()`). */
  remainingMs: number;
}

/** The same JSON whatever the order of its keys. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const fingerprintOf = (route: string, body: unknown) =>
  createHash('sha256').update(route).update('\n').update(canonical(body)).digest('hex');

export async function idempotent(
  context: IdempotencyContext,
  run: (attempt: IdempotentAttempt | undefined) => Promise<Result>,
): Promise<Result> {
  const { db, key } = context;
  if (key === undefined) return run(undefined);
  if (!KEY_PATTERN.test(key)) {
    throw validationError([
      { path: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' },
    ]);
  }
  const recordKey = keys.idempotency(context.accountId, key);
  const heldUntil = context.clock.now().getTime() + Math.max(0, context.remainingMs);
  let claim: Claim;
  try {
    claim = { operationId: await claimKey(context, recordKey, heldUntil) };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    claim = await takeOverOrReplay(context, recordKey, heldUntil);
  }
  if ('replay' in claim) return claim.replay;
  const { operationId } = claim;

  const ours = {
    ConditionExpression: '#state = :inProgress AND inProgressUntil = :held',
    ExpressionAttributeNames: { '#state': 'state' },
  };
  let result: Result;
  try {
    result = await run({ operationId });
  } catch (error) {
    await releaseIfOurs(
      db.client.send(
        new DeleteCommand({
          TableName: db.tableName,
          Key: recordKey,
          ...ours,
          ExpressionAttributeValues: { ':inProgress': 'IN_PROGRESS', ':held': heldUntil },
        }),
      ),
    );
    throw error;
  }
  await releaseIfOurs(
    db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: recordKey,
        UpdateExpression:
          'SET #state = :completed, statusCode = :status, body = :body REMOVE inProgressUntil',
        ...ours,
        ExpressionAttributeValues: {
          ':inProgress': 'IN_PROGRESS',
          ':held': heldUntil,
          ':completed': 'COMPLETED',
          ':status': result.statusCode,
          ':body': result.body,
        },
      }),
    ),
  );
  return result;
}

/** A new key (or one whose record has expired) is ours at once; returns the request's operation id. */
async function claimKey(context: IdempotencyContext, recordKey: Record<string, string>, until: number) {
  const now = context.clock.now();
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const record: IdempotencyRecord = {
    fingerprint: context.fingerprint,
    state: 'IN_PROGRESS',
    expiresAt: nowSeconds + KEEP_SECONDS,
    inProgressUntil: until,
    operationId: newId(now),
  };
  await context.db.client.send(
    new PutCommand({
      TableName: context.db.tableName,
      Item: { ...recordKey, entity: 'idempotency', ...record },
      // An expired record may linger until DynamoDB's TTL sweeps it: it no longer counts.
      ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
      ExpressionAttributeValues: { ':now': nowSeconds },
    }),
  );
  return record.operationId;
}

/**
 * The key is taken: replay a completed answer, refuse another body, refuse while the attempt holding
 * it may still run, and take it over once that attempt's time is past (one taker wins).
 */
async function takeOverOrReplay(
  context: IdempotencyContext,
  recordKey: Record<string, string>,
  until: number,
): Promise<Claim> {
  const { db } = context;
  const found = await db.client.send(
    new GetCommand({ TableName: db.tableName, Key: recordKey, ConsistentRead: true }),
  );
  const record = found.Item as IdempotencyRecord | undefined;
  if (!record) {
    throw new AppError('request-in-progress', 'A request with this Idempotency-Key just ended; retry it.', {
      headers: { 'retry-after': '1' },
    });
  }
  if (record.fingerprint !== context.fingerprint) {
    throw new AppError(
      'idempotency-key-reused',
      'This Idempotency-Key was already used with another request body; use a new key for a new request.',
    );
  }
  if (record.state === 'COMPLETED') {
    return {
      replay: {
        statusCode: record.statusCode,
        headers: { 'content-type': 'application/json; charset=utf-8', 'idempotent-replayed': 'true' },
        body: record.body,
      },
    };
  }
  const now = context.clock.now().getTime();
  // Come back when the attempt holding the key has answered, or could no longer be running.
  const stillHeld = () =>
    new AppError('request-in-progress', 'A request with this Idempotency-Key is still being processed.', {
      headers: { 'retry-after': String(Math.max(1, Math.ceil((record.inProgressUntil - now) / 1000))) },
    });
  if (record.inProgressUntil >= now) throw stillHeld();
  try {
    await db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: recordKey,
        UpdateExpression: 'SET inProgressUntil = :until',
        ConditionExpression: '#state = :inProgress AND inProgressUntil = :seen',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: {
          ':inProgress': 'IN_PROGRESS',
          ':seen': record.inProgressUntil,
          ':until': until,
        },
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) throw stillHeld();
    throw error;
  }
  return { operationId: record.operationId };
}

/** Ending the record is done only by the attempt that holds it; one that overran its time has lost it. */
async function releaseIfOurs(write: Promise<unknown>): Promise<void> {
  try {
    await write;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
