import type { Db } from '../db/client';
import { AppError } from '../errors';
import { countRequest, startRequestCount } from './repository';

/** Requests one API key may make in one second, unless configured otherwise. */
export const DEFAULT_REQUESTS_PER_SECOND_PER_KEY = 20;

export interface RequestAllowance {
  limit: number;
  remaining: number;
}

/**
 * Counts a request against its key's allowance for the current second (a fixed one-second window,
 * one item per key), or refuses it with `429 rate-limited`. The count is kept in DynamoDB so every
 * function instance sees the same one.
 */
export async function takeRequest(
  db: Db,
  request: { accountId: string; keyId: string; now: Date; limit: number },
): Promise<RequestAllowance> {
  const second = Math.floor(request.now.getTime() / 1000);
  const counter = { accountId: request.accountId, keyId: request.keyId, second };
  const allowance = (hits: number) => ({ limit: request.limit, remaining: request.limit - hits });
  // The usual case: one more request in the second already counting (or in a later one, when
  // another instance's clock is a little ahead of this one's).
  const counted = await countRequest(db, counter, request.limit);
  if (counted !== undefined) return allowance(counted);
  // A new second starts a new count.
  if (await startRequestCount(db, counter)) return allowance(1);
  // Another request started this second's count meanwhile: count in it, unless it is full.
  const countedAfterAll = await countRequest(db, counter, request.limit);
  if (countedAfterAll !== undefined) return allowance(countedAfterAll);
  throw new AppError(
    'rate-limited',
    `This API key made more than ${request.limit} requests in one second. Retry in a second.`,
    {
      headers: {
        'retry-after': '1',
        'x-ratelimit-limit': String(request.limit),
        'x-ratelimit-remaining': '0',
      },
    },
  );
}
