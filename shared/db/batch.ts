import { BatchGetCommand, BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client';

type Key = Record<string, unknown>;

/** Batch requests in flight at once: DynamoDB Local on two cores does best from about 16. */
const PARALLEL_REQUESTS = 16;

/** Splits a list into lists of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Runs `work` on every item with at most `limit` running at once; results keep the input's order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Reads any number of items by key, 100 per request, retrying what DynamoDB leaves unprocessed. */
export async function batchGet<T>(db: Db, keys: readonly Key[], projection?: string): Promise<T[]> {
  const found = await mapLimit(chunk(keys, 100), PARALLEL_REQUESTS, async (batch) => {
    const items: T[] = [];
    let pending: Key[] = batch;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 0) await new Promise((wake) => setTimeout(wake, Math.min(1000, 25 * 2 ** attempt)));
      const result = await db.client.send(
        new BatchGetCommand({
          RequestItems: {
            [db.tableName]: {
              Keys: pending,
              ConsistentRead: true,
              ...(projection ? { ProjectionExpression: projection } : {}),
            },
          },
        }),
      );
      items.push(...((result.Responses?.[db.tableName] ?? []) as T[]));
      pending = (result.UnprocessedKeys?.[db.tableName]?.Keys ?? []) as Key[];
    }
    return items;
  });
  return found.flat();
}

export type WriteRequest =
  | { PutRequest: { Item: Record<string, unknown> } }
  | { DeleteRequest: { Key: Record<string, unknown> } };

/** Writes any number of puts and deletes, 25 per request, retrying what DynamoDB leaves unprocessed. */
export async function batchWrite(db: Db, requests: readonly WriteRequest[]): Promise<void> {
  await mapLimit(chunk(requests, 25), PARALLEL_REQUESTS, async (batch) => {
    let pending: WriteRequest[] = batch;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 0) await new Promise((wake) => setTimeout(wake, Math.min(1000, 25 * 2 ** attempt)));
      const result = await db.client.send(
        new BatchWriteCommand({ RequestItems: { [db.tableName]: pending } }),
      );
      pending = (result.UnprocessedItems?.[db.tableName] ?? []) as WriteRequest[];
    }
  });
}
