/**
 * Webhook endpoints, one item each under the account, counted on the account (at most 10), and each
 * endpoint's deliveries log, one item per event in a partition of the endpoint's own.
 */
import { DeleteCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { batchGet } from '../db/batch';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { inRange, queryAll, queryPage } from '../db/paginate';
import {
  cancellationCodes,
  isTransactionCancelled,
  type TransactItem,
  whenConditionHolds,
} from '../db/transactions';
import { writeTogether } from '../db/unit-of-work';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import type { Page, PageRequest } from '../page';
import type { WebhookEvent } from '../ports';
import { generateSecret } from './signing';
import {
  type CreateWebhookInput,
  type Delivery,
  type DeliveryStatus,
  MAX_WEBHOOKS_PER_ACCOUNT,
  ROTATION_OVERLAP_MS,
  type SigningSecret,
  type Webhook,
} from './webhook';

const COUNTER = 'webhookCount';
/** The deliveries log keeps 30 days. */
const DELIVERY_DAYS = 30;

export interface WebhookItem extends Webhook {
  pk: string;
  sk: string;
  accountId: string;
  secrets: SigningSecret[];
  /** Since when every attempt has failed (cleared by a success): three days of it disable the endpoint. */
  failingSince?: string;
}

export const toWebhook = (item: WebhookItem): Webhook => ({
  id: item.id,
  url: item.url,
  events: item.events,
  description: item.description,
  status: item.status,
  ...(item.disabledReason ? { disabledReason: item.disabledReason } : {}),
  createdAt: item.createdAt,
});

/**
 * The new endpoint and its secret (shown this once). An `id` given (a request's operation id) that
 * already names an endpoint of the account answers that endpoint and its secret: the retry of a request
 * whose first attempt made it and never answered.
 */
export async function createWebhook(
  db: Db,
  accountId: string,
  input: CreateWebhookInput & { url: string },
  now: Date,
  givenId?: string,
  /** Written with it (its audit entry), given the endpoint's id. */
  also: (id: string) => readonly TransactItem[] = () => [],
): Promise<{ webhook: WebhookItem; secret: string }> {
  const id = givenId ?? newId(now);
  const secret = generateSecret();
  const item: WebhookItem = {
    ...keys.webhook(accountId, id),
    accountId,
    id,
    url: input.url,
    events: input.events,
    description: input.description,
    status: 'ENABLED',
    createdAt: now.toISOString(),
    secrets: [{ secret }],
  };
  try {
    await db.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.tableName,
              Item: { entity: 'webhook', ...item },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Update: {
              TableName: db.tableName,
              Key: keys.account(accountId),
              UpdateExpression: 'ADD #count :one',
              ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(#count) OR #count < :max)',
              ExpressionAttributeNames: { '#count': COUNTER },
              ExpressionAttributeValues: { ':one': 1, ':max': MAX_WEBHOOKS_PER_ACCOUNT },
            },
          },
          ...also(id),
        ],
      }),
    );
  } catch (error) {
    if (isTransactionCancelled(error)) {
      const [made] = cancellationCodes(error);
      const madeBefore = made === 'ConditionalCheckFailed' && (await findWebhook(db, accountId, id));
      if (madeBefore) return { webhook: madeBefore, secret: currentSecret(madeBefore) };
      throw new AppError(
        'webhook-limit-reached',
        `An account has at most ${MAX_WEBHOOKS_PER_ACCOUNT} webhook endpoints: delete one first.`,
      );
    }
    throw error;
  }
  return { webhook: item, secret };
}

export const findWebhook = (db: Db, accountId: string, webhookId: string) =>
  getItem<WebhookItem>(db, keys.webhook(accountId, webhookId));

export async function requireWebhook(db: Db, accountId: string, webhookId: string): Promise<WebhookItem> {
  const item = await findWebhook(db, accountId, webhookId);
  if (!item) throw notFound('webhook', webhookId);
  return item;
}

/** Every endpoint of the account (10 at most), oldest first. */
export async function webhooksOf(db: Db, accountId: string): Promise<WebhookItem[]> {
  const items: WebhookItem[] = [];
  for await (const page of queryAll<WebhookItem>(db, inRange(keys.webhooksOf(accountId))))
    items.push(...page);
  return items;
}

export async function listWebhooks(db: Db, accountId: string, request: PageRequest): Promise<Page<Webhook>> {
  const all = await webhooksOf(db, accountId);
  const start = (request.page - 1) * request.size;
  return {
    items: all.slice(start, start + request.size).map(toWebhook),
    totalCount: all.length,
    page: request.page,
    size: request.size,
  };
}

export async function deleteWebhook(
  db: Db,
  accountId: string,
  webhookId: string,
  also: readonly TransactItem[] = [],
): Promise<void> {
  const deleted = await whenConditionHolds(
    db.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Delete: {
              TableName: db.tableName,
              Key: keys.webhook(accountId, webhookId),
              ConditionExpression: 'attribute_exists(pk)',
            },
          },
          {
            Update: {
              TableName: db.tableName,
              Key: keys.account(accountId),
              UpdateExpression: 'ADD #count :less',
              ExpressionAttributeNames: { '#count': COUNTER },
              ExpressionAttributeValues: { ':less': -1 },
            },
          },
          ...also,
        ],
      }),
    ),
  );
  if (!deleted) throw notFound('webhook', webhookId);
}

/** The secret that signs from now on (the one an old secret overlaps with). */
const currentSecret = (webhook: WebhookItem): string =>
  webhook.secrets.find((entry) => !entry.until)?.secret ?? '';

/**
 * A new secret; the newest old one keeps signing beside it for a day. A rotation named by `operationId`
 * (a request's) that already happened answers its secret and rotates nothing more: rotating twice would
 * drop the secret receivers still hold.
 */
export async function rotateSecret(
  db: Db,
  webhook: WebhookItem,
  now: Date,
  operationId?: string,
  also: readonly TransactItem[] = [],
): Promise<{ webhook: WebhookItem; secret: string }> {
  const [current] = webhook.secrets.filter((entry) => !entry.until);
  if (operationId && current?.rotation === operationId) return { webhook, secret: current.secret };
  const secret = generateSecret();
  const until = new Date(now.getTime() + ROTATION_OVERLAP_MS).toISOString();
  const secrets: SigningSecret[] = [
    { secret, ...(operationId ? { rotation: operationId } : {}) },
    ...(current ? [{ secret: current.secret, until }] : []),
  ];
  const rotated = await whenConditionHolds(
    writeTogether(
      db,
      {
        Update: {
          TableName: db.tableName,
          Key: keys.webhook(webhook.accountId, webhook.id),
          UpdateExpression: 'SET secrets = :secrets',
          // Two rotations at once: the second finds the secrets changed and is refused, not lost.
          ConditionExpression: 'attribute_exists(pk) AND secrets = :read',
          ExpressionAttributeValues: { ':secrets': secrets, ':read': webhook.secrets },
        },
      },
      also,
    ),
  );
  if (!rotated) {
    throw new AppError('request-in-progress', 'The secret changed while it was being rotated; try again.');
  }
  return { webhook: { ...webhook, secrets }, secret };
}

/** After an attempt: a success clears `failingSince`, a failure sets it if unset. */
export async function noteEndpointOutcome(db: Db, webhook: WebhookItem, succeeded: boolean, now: Date) {
  if (succeeded === !webhook.failingSince) return;
  // An endpoint deleted meanwhile has nothing to note.
  await whenConditionHolds(
    db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.webhook(webhook.accountId, webhook.id),
        UpdateExpression: succeeded
          ? 'REMOVE failingSince'
          : 'SET failingSince = if_not_exists(failingSince, :now)',
        ConditionExpression: 'attribute_exists(pk)',
        ...(succeeded ? {} : { ExpressionAttributeValues: { ':now': now.toISOString() } }),
      }),
    ),
  );
  // The batch reads the endpoint once: what it holds must follow, or a success after a failure is lost.
  webhook.failingSince = succeeded ? undefined : (webhook.failingSince ?? now.toISOString());
}

export async function disableWebhook(db: Db, webhook: WebhookItem, reason: string): Promise<void> {
  await whenConditionHolds(
    db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.webhook(webhook.accountId, webhook.id),
        UpdateExpression: 'SET #status = :disabled, disabledReason = :reason',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':disabled': 'DISABLED', ':reason': reason },
      }),
    ),
  );
}

/**
 * Enabled again: the reason and the failing streak are cleared, so deliveries still pending go at their
 * next attempt and new events are delivered. An enabled endpoint stays as it is.
 */
export async function enableWebhook(
  db: Db,
  accountId: string,
  webhookId: string,
  also: readonly TransactItem[] = [],
): Promise<WebhookItem> {
  const enabled = await whenConditionHolds(
    writeTogether(
      db,
      {
        Update: {
          TableName: db.tableName,
          Key: keys.webhook(accountId, webhookId),
          UpdateExpression: 'SET #status = :enabled REMOVE disabledReason, failingSince',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':enabled': 'ENABLED' },
        },
      },
      also,
    ),
  );
  if (!enabled) throw notFound('webhook', webhookId);
  return requireWebhook(db, accountId, webhookId);
}

interface DeliveryItem extends Delivery {
  pk: string;
  sk: string;
  expiresAt: number;
}

const toDelivery = (item: DeliveryItem): Delivery => ({
  eventId: item.eventId,
  type: item.type,
  attempts: item.attempts,
  status: item.status,
  ...(item.lastStatusCode !== undefined ? { lastStatusCode: item.lastStatusCode } : {}),
  ...(item.lastError ? { lastError: item.lastError } : {}),
  ...(item.nextAttemptAt ? { nextAttemptAt: item.nextAttemptAt } : {}),
  createdAt: item.createdAt,
});

export interface AttemptRecord {
  status: DeliveryStatus;
  statusCode?: number;
  error?: string;
  nextAttemptAt?: string;
}

/**
 * Writes one attempt into the log. A final status is never replaced (a delivery redelivered after it
 * succeeded records nothing): false then.
 */
export async function recordAttempt(
  db: Db,
  target: { accountId: string; webhookId: string; event: WebhookEvent },
  attempt: AttemptRecord,
  now: Date,
  /** False when nothing was posted (the endpoint was disabled meanwhile). */
  options: { attempted: boolean } = { attempted: true },
): Promise<boolean> {
  const { accountId, webhookId, event } = target;
  const set = [
    'eventId = :eventId',
    '#type = :type',
    '#status = :status',
    'createdAt = if_not_exists(createdAt, :createdAt)',
    'expiresAt = :expiresAt',
    'lastAttemptAt = :now',
  ];
  const remove: string[] = [];
  const values: Record<string, unknown> = {
    ':eventId': event.id,
    ':type': event.type,
    ':status': attempt.status,
    ':createdAt': event.timestamp,
    ':expiresAt': Math.floor(now.getTime() / 1000) + DELIVERY_DAYS * 86_400,
    ':now': now.toISOString(),
    ':one': options.attempted ? 1 : 0,
    ':pending': 'PENDING',
  };
  const optional = {
    lastStatusCode: attempt.statusCode,
    lastError: attempt.error,
    nextAttemptAt: attempt.nextAttemptAt,
  };
  for (const [name, value] of Object.entries(optional)) {
    if (value === undefined) remove.push(name);
    else {
      set.push(`${name} = :${name}`);
      values[`:${name}`] = value;
    }
  }
  return whenConditionHolds(
    db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.webhookDelivery(accountId, webhookId, event.timestamp, event.id),
        UpdateExpression: `SET ${set.join(', ')} ADD attempts :one${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
        ConditionExpression: 'attribute_not_exists(#status) OR #status = :pending',
        ExpressionAttributeNames: { '#type': 'type', '#status': 'status' },
        ExpressionAttributeValues: values,
      }),
    ),
  );
}

/** What the log holds of this event's delivery to this endpoint: nothing yet, or its status and attempts. */
export async function loggedDelivery(
  db: Db,
  target: { accountId: string; webhookId: string; event: WebhookEvent },
): Promise<{ status?: DeliveryStatus; attempts: number }> {
  const key = keys.webhookDelivery(
    target.accountId,
    target.webhookId,
    target.event.timestamp,
    target.event.id,
  );
  const item = await getItem<{ status?: DeliveryStatus; attempts?: number }>(db, key);
  return { ...(item?.status ? { status: item.status } : {}), attempts: item?.attempts ?? 0 };
}

/** The endpoint's deliveries, newest first. */
export async function listDeliveries(
  db: Db,
  accountId: string,
  webhookId: string,
  request: PageRequest,
): Promise<Page<Delivery>> {
  const page = await queryPage<DeliveryItem>(
    db,
    { select: inRange(keys.webhookDeliveries(accountId, webhookId), { descending: true }) },
    request,
  );
  return { ...page, items: page.items.map(toDelivery) };
}

/** The outbox item's lifetime: long after any sweep would have relayed it. */
const OUTBOX_DAYS = 7;

export interface OutboxItemWrite {
  key: { pk: string; sk: string };
  /** The write to put in the transaction of the change that raises the events. */
  put: { Put: { TableName: string; Item: Record<string, unknown> } };
}

/** Events raised by a change, kept until relayed: an item written in the change's own transaction. */
export function outboxItem(
  db: Db,
  accountId: string,
  events: readonly WebhookEvent[],
  now: Date,
): OutboxItemWrite {
  const key = keys.eventOutbox(accountId, now.toISOString(), events[0]?.id ?? '');
  return {
    key: { pk: key.pk, sk: key.sk },
    put: {
      Put: {
        TableName: db.tableName,
        Item: {
          ...key,
          entity: 'eventOutbox',
          accountId,
          events,
          expiresAt: Math.floor(now.getTime() / 1000) + OUTBOX_DAYS * 86_400,
        },
      },
    },
  };
}

export async function deleteOutboxItem(db: Db, key: { pk: string; sk: string }): Promise<void> {
  await db.client.send(new DeleteCommand({ TableName: db.tableName, Key: key }));
}

export interface OutboxItem {
  pk: string;
  sk: string;
  accountId: string;
  events: WebhookEvent[];
}

/** The outbox items written before `before` (ISO instant), page by page, across accounts. */
export async function* outboxItemsBefore(db: Db, before: string): AsyncGenerator<OutboxItem[]> {
  for await (const page of queryAll<{ pk: string; sk: string }>(
    db,
    inRange(keys.eventsAwaitingRelay(), { sk: { before } }),
  )) {
    yield batchGet<OutboxItem>(
      db,
      page.map(({ pk, sk }) => ({ pk, sk })),
    );
  }
}
