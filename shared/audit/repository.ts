import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { inRange, queryPage } from '../db/paginate';
import type { TransactItem } from '../db/transactions';
import { newId } from '../ids';
import type { Page, PageRequest } from '../page';
import { AUDIT_DAYS, type AuditEntry } from './audit';

/** What a change records: the entry but its id and time, which are given here. */
export type AuditRecord = Omit<AuditEntry, 'id' | 'at'>;

/** The entry's item, to put in the transaction of the change it records. */
export function auditItem(db: Db, accountId: string, record: AuditRecord, now: Date): TransactItem {
  const entry: AuditEntry = { id: newId(now), at: now.toISOString(), ...record };
  return {
    Put: {
      TableName: db.tableName,
      Item: {
        ...keys.auditEntry(accountId, entry.at, entry.id),
        entity: 'audit',
        ...entry,
        actorId: entry.actor.id,
        expiresAt: Math.floor(now.getTime() / 1000) + AUDIT_DAYS * 86_400,
      },
    },
  };
}

/** Records an entry alone: for changes made of several transactions (it follows the last of them). */
export async function recordAudit(db: Db, accountId: string, record: AuditRecord, now: Date): Promise<void> {
  const { Put } = auditItem(db, accountId, record, now) as {
    Put: ConstructorParameters<typeof PutCommand>[0];
  };
  await db.client.send(new PutCommand(Put));
}

/** The account's log, newest first, filtered by action and by actor. */
export async function listAudit(
  db: Db,
  accountId: string,
  request: PageRequest,
  filter: { action?: string; actorId?: string } = {},
): Promise<Page<AuditEntry>> {
  const page = await queryPage<AuditEntry & Record<string, unknown>>(
    db,
    { select: inRange(keys.auditOf(accountId), { descending: true, where: { ...filter } }) },
    request,
  );
  return {
    ...page,
    items: page.items.map(({ id, at, actor, action, target, details }) => ({
      id,
      at,
      actor,
      action,
      target,
      ...(details ? { details } : {}),
    })),
  };
}

/** The entry of a change of one thing, for its transaction: who did `action` to `target`. */
export const auditOf = (
  db: Db,
  accountId: string,
  actor: AuditRecord['actor'],
  action: string,
  target: AuditRecord['target'],
  now: Date,
  details?: Record<string, unknown>,
): TransactItem => auditItem(db, accountId, { actor, action, target, ...(details ? { details } : {}) }, now);
