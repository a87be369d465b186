import { createHash } from 'node:crypto';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { AppError, validationError } from '../errors';
import { newId } from '../ids';
import {
  completeRecordIfHeld,
  deleteRecordIfHeld,
  getRecord,
  type IdempotencyRecord,
  putRecordIfFree,
  type RecordKey,
  takeOverRecord,
} from './idempotency-records';

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
/**
 * A duplicate waiting on a running request is told to come back soon, not when the holder's time runs
 * out: a create answers in about a second, so 1 s at first, then 2 s (clients add their own backoff).
 */
const SHORT_WAIT_SECONDS = 1;
const LONGER_WAIT_SECONDS = 2;
const SHORT_WAIT_WHILE_HELD_MS = 5_000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

type Result = APIGatewayProxyStructuredResultV2;

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
  const claim =
    (await claimFreeKey(context, recordKey, heldUntil)) ??
    (await takeOverOrReplay(context, recordKey, heldUntil));
  if ('replay' in claim) return claim.replay;

  let result: Result;
  try {
    result = await run({ operationId: claim.operationId });
  } catch (error) {
    await deleteRecordIfHeld(db, recordKey, heldUntil);
    throw error;
  }
  await completeRecordIfHeld(db, recordKey, heldUntil, result);
  return result;
}

/** A new key (or one whose record has expired) is ours at once, under a new operation id. */
async function claimFreeKey(
  context: IdempotencyContext,
  recordKey: RecordKey,
  until: number,
): Promise<Claim | undefined> {
  const now = context.clock.now();
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const record: IdempotencyRecord = {
    fingerprint: context.fingerprint,
    state: 'IN_PROGRESS',
    expiresAt: nowSeconds + KEEP_SECONDS,
    inProgressUntil: until,
    heldSince: now.getTime(),
    operationId: newId(now),
  };
  const claimed = await putRecordIfFree(context.db, recordKey, record, nowSeconds);
  return claimed ? { operationId: record.operationId } : undefined;
}

/**
 * The key is taken: replay a completed answer, refuse another body, refuse while the attempt holding
 * it may still run, and take it over once that attempt's time is past (one taker wins).
 */
async function takeOverOrReplay(
  context: IdempotencyContext,
  recordKey: RecordKey,
  until: number,
): Promise<Claim> {
  const record = await getRecord(context.db, recordKey);
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
  const tookOver =
    record.inProgressUntil < now &&
    (await takeOverRecord(context.db, recordKey, record.inProgressUntil, until, now));
  if (tookOver) return { operationId: record.operationId };
  throw new AppError('request-in-progress', 'A request with this Idempotency-Key is still being processed.', {
    headers: { 'retry-after': String(retryAfterSeconds(record, now)) },
  });
}

/** Soon, and never later than the instant the holder could no longer be running. */
function retryAfterSeconds(
  record: Pick<IdempotencyRecord, 'inProgressUntil' | 'heldSince'>,
  now: number,
): number {
  const heldFor = record.heldSince === undefined ? Number.POSITIVE_INFINITY : now - record.heldSince;
  const wait = heldFor < SHORT_WAIT_WHILE_HELD_MS ? SHORT_WAIT_SECONDS : LONGER_WAIT_SECONDS;
  const holderEnds = Math.ceil((record.inProgressUntil - now) / 1000);
  return Math.max(1, Math.min(wait, holderEnds));
}
