import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { type TransactItem, whenConditionHolds } from '../db/transactions';
import { commitIfConditionsHold, putNew } from '../db/unit-of-work';
import { IMPORT_DAYS, type ImportFailure, type ImportRecord, type ResolvedColumns } from './import';

const BOOKKEEPING = ['pk', 'sk', 'entity', 'accountId', 'expiresAt'] as const;

const toRecord = (item: ImportRecord & Record<string, unknown>): ImportRecord => {
  const record = { ...item };
  for (const name of BOOKKEEPING) delete (record as Record<string, unknown>)[name];
  return record;
};

/**
 * Saves a new import with what must be written with it (its audit entry); its id may come from an
 * idempotent request, whose retry gets the first one back.
 */
export async function putNewImport(
  db: Db,
  accountId: string,
  record: ImportRecord,
  along: readonly TransactItem[],
): Promise<ImportRecord> {
  const expiresAt = Math.floor(new Date(record.createdAt).getTime() / 1000) + IMPORT_DAYS * 86_400;
  const item = { ...keys.importJob(accountId, record.id), entity: 'import', accountId, ...record, expiresAt };
  return (await putNew(db, item, along, () => getImport(db, accountId, record.id))) ?? record;
}

export async function getImport(
  db: Db,
  accountId: string,
  importId: string,
): Promise<ImportRecord | undefined> {
  const item = await getItem<ImportRecord & Record<string, unknown>>(db, keys.importJob(accountId, importId));
  return item ? toRecord(item) : undefined;
}

const update = (
  db: Db,
  accountId: string,
  importId: string,
  expression: string,
  condition: string,
  values: Record<string, unknown>,
) =>
  whenConditionHolds(
    db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.importJob(accountId, importId),
        UpdateExpression: expression,
        ConditionExpression: condition,
        ...(`${expression} ${condition}`.includes('#status')
          ? { ExpressionAttributeNames: { '#status': 'status' } }
          : {}),
        ExpressionAttributeValues: values,
      }),
    ),
  );

/** The file arrived: the import runs. False when it had already (a notification delivered twice). */
export const markArrived = (db: Db, accountId: string, importId: string, bytes: number, at: string) =>
  update(
    db,
    accountId,
    importId,
    'SET #status = :running, bytes = :bytes, startedAt = :at',
    '#status = :awaiting',
    { ':running': 'RUNNING', ':awaiting': 'AWAITING_FILE', ':bytes': bytes, ':at': at },
  );

/**
 * Takes the import for one invocation until `until`: false while another holds it (a notification or a
 * continuation delivered twice), or once it is no longer running.
 */
export const claimImport = (db: Db, accountId: string, importId: string, now: string, until: string) =>
  update(
    db,
    accountId,
    importId,
    'SET leaseUntil = :until',
    '#status = :running AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
    { ':running': 'RUNNING', ':now': now, ':until': until },
  );

/** Lets the next invocation take the import at once (this one hands it over, or failed). */
export const releaseImport = (db: Db, accountId: string, importId: string, until: string) =>
  update(db, accountId, importId, 'REMOVE leaseUntil', 'leaseUntil = :until', { ':until': until });

export interface BatchProgress {
  /** The checkpoint the batch started from: the write holds only if no other run moved it. */
  fromOffset: number;
  nextOffset: number;
  nextLine: number;
  rowsRead: number;
  imported: number;
  duplicates: number;
  refused: number;
  /** The batch's number, when it refused rows (its part of the refused rows' file). */
  refusedBatch?: number;
  /** Read with the first batch. */
  resolved?: ResolvedColumns;
  separator?: string;
}

/**
 * Moves the checkpoint past a batch with its counts, and with what must move with it (the account's and
 * the group's counts): all or nothing, and once, since it holds only from the offset the batch started.
 */
export function checkpoint(
  db: Db,
  accountId: string,
  importId: string,
  progress: BatchProgress,
  along: readonly TransactItem[],
): Promise<boolean> {
  // A batch read and written: the failures before it are behind it.
  const sets = ['bytesRead = :next', 'nextLine = :line', 'failures = :zero'];
  const values: Record<string, unknown> = {
    ':from': progress.fromOffset,
    ':next': progress.nextOffset,
    ':line': progress.nextLine,
    ':running': 'RUNNING',
    ':rowsRead': progress.rowsRead,
    ':imported': progress.imported,
    ':duplicates': progress.duplicates,
    ':refused': progress.refused,
    ':one': 1,
    ':zero': 0,
  };
  if (progress.refusedBatch !== undefined) {
    sets.push('refusedBatches = list_append(if_not_exists(refusedBatches, :none), :batch)');
    values[':none'] = [];
    values[':batch'] = [progress.refusedBatch];
  }
  if (progress.resolved) {
    sets.push('resolved = :resolved');
    values[':resolved'] = progress.resolved;
  }
  if (progress.separator) {
    sets.push('separator = :separator');
    values[':separator'] = progress.separator;
  }
  return commitIfConditionsHold(db, [
    {
      Update: {
        TableName: db.tableName,
        Key: keys.importJob(accountId, importId),
        UpdateExpression: `SET ${sets.join(', ')} ADD rowsRead :rowsRead, imported :imported, duplicates :duplicates, refused :refused, batches :one`,
        ConditionExpression: '#status = :running AND bytesRead = :from',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: values,
      },
    },
    ...along,
  ]);
}

/** Counts one more invocation that failed since the last checkpoint: how many, this one included. */
export async function countFailure(db: Db, accountId: string, importId: string): Promise<number> {
  const { Attributes } = await db.client.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.importJob(accountId, importId),
      UpdateExpression: 'ADD failures :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(Attributes?.failures ?? 1);
}

/** Ends a running import, with what must be written with it (its event): false when it had already ended. */
export function finishImport(
  db: Db,
  accountId: string,
  importId: string,
  end:
    | { status: 'COMPLETED'; at: string; errorsKey?: string }
    | { status: 'FAILED'; at: string; reason: ImportFailure },
  along: readonly TransactItem[] = [],
): Promise<boolean> {
  const values: Record<string, unknown> = {
    ':status': end.status,
    ':at': end.at,
    ':running': 'RUNNING',
    ':awaiting': 'AWAITING_FILE',
  };
  const sets = ['#status = :status', 'finishedAt = :at'];
  if (end.status === 'FAILED') {
    sets.push('reason = :reason');
    values[':reason'] = end.reason;
  } else if (end.errorsKey) {
    sets.push('errorsKey = :errorsKey');
    values[':errorsKey'] = end.errorsKey;
  }
  return commitIfConditionsHold(db, [
    {
      Update: {
        TableName: db.tableName,
        Key: keys.importJob(accountId, importId),
        UpdateExpression: `SET ${sets.join(', ')} REMOVE leaseUntil`,
        ConditionExpression: '#status IN (:running, :awaiting)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: values,
      },
    },
    ...along,
  ]);
}
