import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import type { TransactItem } from '../db/transactions';
import { commitIfConditionsHold, putNew } from '../db/unit-of-work';
import { EXPORT_DAYS, type ExportRecord } from './export';

const toRecord = (item: ExportRecord): ExportRecord => ({
  id: item.id,
  campaignId: item.campaignId,
  status: item.status,
  rows: item.rows,
  filter: item.filter,
  createdAt: item.createdAt,
  ...(item.finishedAt ? { finishedAt: item.finishedAt } : {}),
  ...(item.objectKey ? { objectKey: item.objectKey } : {}),
  ...(item.bytes !== undefined ? { bytes: item.bytes } : {}),
  ...(item.attempts !== undefined ? { attempts: item.attempts } : {}),
});

/**
 * Saves a new export with what must be written with it (its audit entry); its id may come from an
 * idempotent request, whose retry gets the first one back.
 */
export async function putNewExport(
  db: Db,
  accountId: string,
  record: ExportRecord,
  along: readonly TransactItem[],
): Promise<ExportRecord> {
  const expiresAt = Math.floor(new Date(record.createdAt).getTime() / 1000) + EXPORT_DAYS * 86_400;
  const item = { ...keys.exportJob(accountId, record.id), entity: 'export', accountId, ...record, expiresAt };
  return (await putNew(db, item, along, () => getExport(db, accountId, record.id))) ?? record;
}

export async function getExport(
  db: Db,
  accountId: string,
  exportId: string,
): Promise<ExportRecord | undefined> {
  const item = await getItem<ExportRecord>(db, keys.exportJob(accountId, exportId));
  return item ? toRecord(item) : undefined;
}

/** Counts one more attempt at writing the file: how many there have been, this one included. */
export async function countAttempt(db: Db, accountId: string, exportId: string): Promise<number> {
  const { Attributes } = await db.client.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.exportJob(accountId, exportId),
      UpdateExpression: 'ADD attempts :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(Attributes?.attempts ?? 1);
}

/**
 * Ends a running export, with what must be written with it (the event it raises): false when it had
 * already ended (a redelivered message's second run).
 */
export function finishExport(
  db: Db,
  accountId: string,
  exportId: string,
  end:
    | { status: 'READY'; rows: number; objectKey: string; bytes: number; at: string }
    | { status: 'FAILED'; at: string },
  along: readonly TransactItem[] = [],
): Promise<boolean> {
  const ready = end.status === 'READY';
  return commitIfConditionsHold(db, [
    {
      Update: {
        TableName: db.tableName,
        Key: keys.exportJob(accountId, exportId),
        UpdateExpression: ready
          ? 'SET #status = :status, finishedAt = :at, #rows = :rows, objectKey = :key, #bytes = :bytes'
          : 'SET #status = :status, finishedAt = :at',
        ConditionExpression: '#status = :running',
        ExpressionAttributeNames: {
          '#status': 'status',
          ...(ready ? { '#rows': 'rows', '#bytes': 'bytes' } : {}),
        },
        ExpressionAttributeValues: {
          ':status': end.status,
          ':at': end.at,
          ':running': 'RUNNING',
          ...(ready ? { ':rows': end.rows, ':key': end.objectKey, ':bytes': end.bytes } : {}),
        },
      },
    },
    ...along,
  ]);
}
