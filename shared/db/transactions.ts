import {
  PutCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Db } from './client';

/** Why each item of a cancelled transaction failed (`ConditionalCheckFailed`, `None` …), in item order. */
export const cancellationCodes = (error: unknown): (string | undefined)[] =>
  ((error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).map(
    (reason) => reason.Code,
  );

/** Whether a conditional write failed because its condition did not hold (not for any other reason). */
export const isConditionFailure = (error: unknown): boolean =>
  (error as Error).name === 'ConditionalCheckFailedException';

/** Whether a transaction was cancelled (a condition did not hold, or it met another transaction). */
export const isTransactionCancelled = (error: unknown): boolean =>
  (error as Error).name === 'TransactionCanceledException';

/**
 * Runs a conditional write (or a transaction): true when it was written, false when its condition did
 * not hold (or the transaction was cancelled); any other failure is thrown.
 */
export async function whenConditionHolds(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (error) {
    if (isConditionFailure(error) || isTransactionCancelled(error)) return false;
    throw error;
  }
}

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * One write, alone, or in one transaction with the items that must be written with it (the outbox
 * item of the events it raises): what the caller passes as `write` is the transaction item's form.
 */
export function writeTogether(
  db: Db,
  write: Required<Pick<TransactItem, 'Put'>> | Required<Pick<TransactItem, 'Update'>>,
  along: readonly TransactItem[] = [],
): Promise<unknown> {
  if (along.length > 0) {
    return db.client.send(new TransactWriteCommand({ TransactItems: [write, ...along] }));
  }
  return 'Put' in write
    ? db.client.send(new PutCommand(write.Put))
    : db.client.send(new UpdateCommand(write.Update));
}
