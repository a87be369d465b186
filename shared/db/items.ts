import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client';

/** One item by its key, read consistently unless asked otherwise (a read after a write sees it). */
export async function getItem<T>(
  db: Db,
  key: { pk: string; sk: string },
  options: { consistent?: boolean } = {},
): Promise<T | undefined> {
  const found = await db.client.send(
    new GetCommand({ TableName: db.tableName, Key: key, ConsistentRead: options.consistent ?? true }),
  );
  return found.Item as T | undefined;
}
