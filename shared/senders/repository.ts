import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { inRange, queryPage } from '../db/paginate';
import { cancellationCodes, isTransactionCancelled, type TransactItem } from '../db/transactions';
import { AppError } from '../errors';
import { newId } from '../ids';
import type { Page } from '../page';
import type { RaisedEvents } from '../webhooks/outbox';
import { SENDER_STATUSES, type Sender, type SenderStatus, senderNameKey } from './sender';
import { toSender } from './view';

export interface SenderItem {
  id: string;
  accountId: string;
  name: string;
  description: string;
  status: SenderStatus;
  refusalReason?: string;
  createdAt: string;
  updatedAt: string;
}

const SENDER_FIELDS = {
  expression: 'id, accountId, #name, description, #status, refusalReason, createdAt, updatedAt',
  names: { '#name': 'name', '#status': 'status' },
};

/**
 * Creates a PENDING sender. One transaction writes the sender, claims its name (a guard item: the
 * database, not a read, keeps names unique) and counts it against the account's plan. An `id` given
 * (a request's operation id) that already names a sender of the account answers that sender: the retry
 * of a request whose first attempt made it.
 */
export async function createSender(
  db: Db,
  input: { accountId: string; name: string; description: string; now: Date; id?: string },
  /** Written with it (its audit entry). */
  also: readonly TransactItem[] = [],
): Promise<Sender> {
  const id = input.id ?? newId(input.now);
  const nameKey = senderNameKey(input.name);
  const createdAt = input.now.toISOString();
  const item: SenderItem = {
    id,
    accountId: input.accountId,
    name: input.name,
    description: input.description,
    status: 'PENDING',
    createdAt,
    updatedAt: createdAt,
  };
  try {
    await db.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.tableName,
              Item: {
                ...keys.sender(input.accountId, id),
                ...keys.senderByName(input.accountId, nameKey, id),
                ...keys.senderByStatus('PENDING', id),
                entity: 'sender',
                ...item,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: db.tableName,
              Item: {
                ...keys.senderNameGuard(input.accountId, nameKey),
                entity: 'senderNameGuard',
                senderId: id,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Update: {
              TableName: db.tableName,
              Key: keys.account(input.accountId),
              UpdateExpression: 'SET senderCount = senderCount + :one',
              ConditionExpression: 'attribute_exists(pk) AND senderCount < senderLimit',
              ExpressionAttributeValues: { ':one': 1 },
            },
          },
          ...also,
        ],
      }),
    );
  } catch (error) {
    if (!isTransactionCancelled(error)) throw error;
    const [made, guard, quota] = cancellationCodes(error);
    const madeBefore =
      made === 'ConditionalCheckFailed' && (await getItem<SenderItem>(db, keys.sender(input.accountId, id)));
    if (madeBefore) return toSender(madeBefore);
    if (guard === 'ConditionalCheckFailed') {
      throw new AppError(
        'sender-name-taken',
        `A sender named "${input.name}" already exists in this account.`,
      );
    }
    if (quota === 'ConditionalCheckFailed') {
      throw new AppError('sender-limit-reached', "The account's plan allows no more senders.");
    }
    throw error;
  }
  return toSender(item);
}

export async function getSender(
  db: Db,
  accountId: string,
  senderId: string,
): Promise<SenderItem | undefined> {
  return getItem<SenderItem>(db, keys.sender(accountId, senderId), { consistent: false });
}

/** The sender of that name in the account, whatever its case (read through the name's guard item). */
export async function findSenderByName(
  db: Db,
  accountId: string,
  name: string,
): Promise<SenderItem | undefined> {
  const guard = await getItem<{ senderId: string }>(db, keys.senderNameGuard(accountId, senderNameKey(name)));
  const senderId = guard?.senderId;
  return senderId ? getSender(db, accountId, senderId) : undefined;
}

export async function listSenders(
  db: Db,
  accountId: string,
  options: { orderBy: 'name' | 'createdAt'; sort: 'asc' | 'desc'; page: number; size: number },
): Promise<Page<SenderItem>> {
  const ascending = options.sort === 'asc';
  // Ids are time-ordered, so the table's own sort key already orders senders by creation.
  const range = options.orderBy === 'createdAt' ? keys.sendersOf(accountId) : keys.sendersByNameOf(accountId);
  const select = inRange(range, { descending: !ascending });
  return queryPage<SenderItem>(
    db,
    { select, project: SENDER_FIELDS },
    { page: options.page, size: options.size },
  );
}

/** Operators' view across accounts: senders in one status, oldest first. */
export async function listSendersByStatus(
  db: Db,
  status: SenderStatus,
  options: { page: number; size: number },
): Promise<Page<SenderItem>> {
  return queryPage<SenderItem>(
    db,
    {
      select: inRange(keys.sendersWithStatus(status)),
      project: SENDER_FIELDS,
    },
    options,
  );
}

/** Finds a sender by id alone, whatever its account (operators only). */
export async function findSenderById(db: Db, senderId: string): Promise<SenderItem | undefined> {
  const found = await Promise.all(
    SENDER_STATUSES.map((status) =>
      db.client.send(
        new QueryCommand({
          TableName: db.tableName,
          ...inRange(keys.sendersWithStatus(status), { sk: { equals: senderId } }),
          ProjectionExpression: 'accountId',
        }),
      ),
    ),
  );
  const accountId = found.flatMap((result) => result.Items ?? [])[0]?.accountId as string | undefined;
  // The index may lag a write; the table itself has the last word.
  return accountId ? getSender(db, accountId, senderId) : undefined;
}

/**
 * Moves a sender to a new status, only if it is still in the status it was read in. Refusing a
 * sender gives its place in the plan back.
 */
export async function changeSenderStatus(
  db: Db,
  input: { sender: SenderItem; to: SenderStatus; reason?: string; now: Date },
  /** Written in the same transaction: the events the change raises, and what records it (its audit entry). */
  events?: RaisedEvents,
  along: readonly TransactItem[] = [],
): Promise<SenderItem> {
  const { sender, to, now } = input;
  const reason = input.reason?.trim();
  const updated: SenderItem = {
    ...sender,
    status: to,
    updatedAt: now.toISOString(),
    ...(reason ? { refusalReason: reason } : {}),
  };
  const frees = to === 'REFUSED' && sender.status !== 'REFUSED';
  await db.client.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: db.tableName,
            Key: keys.sender(sender.accountId, sender.id),
            UpdateExpression: `SET #status = :to, gsi2pk = :statusKey, updatedAt = :now${reason ? ', refusalReason = :reason' : ''}`,
            ConditionExpression: '#status = :from',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':to': to,
              ':from': sender.status,
              ':statusKey': keys.senderByStatus(to, sender.id).gsi2pk,
              ':now': updated.updatedAt,
              ...(reason ? { ':reason': reason } : {}),
            },
          },
        },
        ...(frees
          ? [
              {
                Update: {
                  TableName: db.tableName,
                  Key: keys.account(sender.accountId),
                  UpdateExpression: 'SET senderCount = senderCount - :one',
                  ExpressionAttributeValues: { ':one': 1 },
                },
              },
            ]
          : []),
        ...(events ? [events.put] : []),
        ...along,
      ],
    }),
  );
  return updated;
}
