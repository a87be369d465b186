import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';

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

/** One item of a transaction, in the form repositories build it (`unit-of-work.ts` sends them). */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
/** The update of one item, as a transaction holds it. */
export type TransactionUpdate = NonNullable<TransactItem['Update']>;
