import { createHash } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { isConditionFailure } from '../db/transactions';
import { AppError, validationError } from '../errors';

/**
 * `Idempotency-Key` on creates: the same key from the same account within 24 hours answers what the
 * first request answered and does nothing more; with another body (or route) it is refused. A
 * request that fails leaves no record, so its retry runs for real.
 */
const KEEP_SECONDS = 24 * 60 * 60;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

type Result = APIGatewayProxyStructuredResultV2;

interface IdempotencyRecord {
  fingerprint: string;
  state: 'IN_PROGRESS' | 'COMPLETED';
  expiresAt: number;
  statusCode?: number;
  body?: string;
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
  context: { db: Db; clock: Clock; accountId: string; key: string | undefined; fingerprint: string },
  run: () => Promise<Result>,
): Promise<Result> {
  const { db, key } = context;
  if (key === undefined) return run();
  if (!KEY_PATTERN.test(key)) {
    throw validationError([
      { path: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' },
    ]);
  }
  const recordKey = keys.idempotency(context.accountId, key);
  const now = Math.floor(context.clock.now().getTime() / 1000);
  try {
    const record: IdempotencyRecord = {
      fingerprint: context.fingerprint,
      state: 'IN_PROGRESS',
      expiresAt: now + KEEP_SECONDS,
    };
    await db.client.send(
      new PutCommand({
        TableName: db.tableName,
        Item: { ...recordKey, entity: 'idempotency', ...record },
        // An expired record may linger until DynamoDB's TTL sweeps it: it no longer counts.
        ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
        ExpressionAttributeValues: { ':now': now },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    return replay(db, recordKey, context.fingerprint);
  }

  let result: Result;
  try {
    result = await run();
  } catch (error) {
    await db.client.send(new DeleteCommand({ TableName: db.tableName, Key: recordKey }));
    throw error;
  }
  await db.client.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: recordKey,
      UpdateExpression: 'SET #state = :completed, statusCode = :status, body = :body',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: {
        ':completed': 'COMPLETED',
        ':status': result.statusCode,
        ':body': result.body,
      },
    }),
  );
  return result;
}

async function replay(db: Db, recordKey: Record<string, string>, fingerprint: string): Promise<Result> {
  const found = await db.client.send(
    new GetCommand({ TableName: db.tableName, Key: recordKey, ConsistentRead: true }),
  );
  const record = found.Item as IdempotencyRecord | undefined;
  if (!record)
    throw new AppError('request-in-progress', 'A request with this Idempotency-Key just ended; retry it.');
  if (record.fingerprint !== fingerprint) {
    throw new AppError(
      'idempotency-key-reused',
      'This Idempotency-Key was already used with another request body; use a new key for a new request.',
    );
  }
  if (record.state !== 'COMPLETED') {
    throw new AppError(
      'request-in-progress',
      'A request with this Idempotency-Key is still being processed.',
    );
  }
  return {
    statusCode: record.statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', 'idempotent-replayed': 'true' },
    body: record.body,
  };
}
