/**
 * Writes that land together or not at all, across entities: a message's outcome with the events it
 * raises, a batch of reports with the campaign's and the occurrence's counters, a flag with its outbox
 * item. Each repository builds the items of its own entity; this is the one place they are sent from,
 * as one `TransactWriteItems` (at most 100 items).
 */
import { PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client';
import { isTransactionCancelled, type TransactItem, whenConditionHolds } from './transactions';

/** Writes every item or none; a condition that does not hold throws (`TransactionCanceledException`). */
export async function commit(db: Db, items: readonly TransactItem[]): Promise<void> {
  await db.client.send(new TransactWriteCommand({ TransactItems: [...items] }));
}

/** Writes every item or none: false when a condition did not hold (or the transaction met another). */
export const commitIfConditionsHold = (db: Db, items: readonly TransactItem[]): Promise<boolean> =>
  whenConditionHolds(commit(db, items));

/**
 * One write, alone, or in one transaction with the items that must be written with it (the outbox
 * item of the events it raises): what the caller passes as `write` is the transaction item's form.
 */
export function writeTogether(
  db: Db,
  write: Required<Pick<TransactItem, 'Put'>> | Required<Pick<TransactItem, 'Update'>>,
  along: readonly TransactItem[] = [],
): Promise<unknown> {
  if (along.length > 0) return commit(db, [write, ...along]);
  return 'Put' in write
    ? db.client.send(new PutCommand(write.Put))
    : db.client.send(new UpdateCommand(write.Update));
}

/**
 * Puts a new item with what must be written with it, all or nothing. If the item was already there (a
 * retried request whose first attempt saved it, under the same id), answers what `earlier` reads instead.
 */
export async function putNew<T>(
  db: Db,
  item: Record<string, unknown>,
  along: readonly TransactItem[],
  earlier: () => Promise<T | undefined>,
): Promise<T | undefined> {
  try {
    await commit(db, [
      { Put: { TableName: db.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
      ...along,
    ]);
    return undefined;
  } catch (error) {
    const found = isTransactionCancelled(error) ? await earlier() : undefined;
    if (found) return found;
    throw error;
  }
}
