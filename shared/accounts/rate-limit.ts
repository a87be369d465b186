import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { isConditionFailure } from '../db/transactions';
import { AppError } from '../errors';

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
  const key = keys.requestRate(request.accountId, request.keyId);
  const update = (expression: string, condition: string, values: Record<string, number> = {}) =>
    db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: key,
        UpdateExpression: expression,
        ConditionExpression: condition,
        ExpressionAttributeNames: { '#second': 'second' },
        ExpressionAttributeValues: { ':second': second, ':one': 1, ...values },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
  const countOne = async () => {
    try {
      const counted = await update('ADD hits :one', '#second >= :second AND hits < :limit', {
        ':limit': request.limit,
      });
      return { limit: request.limit, remaining: request.limit - Number(counted.Attributes?.hits) };
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  };
  // The usual case: one more request in the second already counting (or in a later one, when
  // another instance's clock is a little ahead of this one's).
  const counted = await countOne();
  if (counted) return counted;
  try {
    // A new second starts a new count.
    await update('SET #second = :second, hits = :one', 'attribute_not_exists(#second) OR #second < :second');
    return { limit: request.limit, remaining: request.limit - 1 };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  // Another request started this second's count meanwhile: count in it, unless it is full.
  const countedAfterAll = await countOne();
  if (countedAfterAll) return countedAfterAll;
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
