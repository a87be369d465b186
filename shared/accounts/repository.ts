import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Actor } from '../audit/audit';
import { auditOf } from '../audit/repository';
import { batchGet } from '../db/batch';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { inRange, queryAll, queryPage } from '../db/paginate';
import {
  isConditionFailure,
  isTransactionCancelled,
  type TransactItem,
  whenConditionHolds,
} from '../db/transactions';
import { commitIfConditionsHold, writeTogether } from '../db/unit-of-work';
import { noAccount, OperatorError } from '../errors';
import { newId } from '../ids';
import type { Page, PageRequest } from '../page';
import type { QuietHours } from '../quiet-hours/quiet-hours';
import { nameKey } from '../text/names';
import type { Account, ApiKeyRecord, Plan, Suspension } from './account';
import { apiKeyPreview, generateApiKey, hashApiKey } from './api-keys';
import { DEFAULT_KEY_ROLE, type Role } from './roles';

interface AccountItem {
  id: string;
  name: string;
  defaultSender?: string;
  quietHours?: QuietHours;
  suspension?: Suspension;
  senderLimit: number;
  requestsPerSecond?: number;
  senderCount: number;
  createdAt: string;
}

interface ApiKeyItem {
  keyId: string;
  accountId: string;
  name?: string;
  role?: Role;
  preview: string;
  createdAt: string;
  lastUsedAt?: string;
  revokedAt?: string;
}

const toAccount = (item: AccountItem): Account => ({
  id: item.id,
  name: item.name,
  plan: {
    senderLimit: item.senderLimit,
    ...(item.requestsPerSecond ? { requestsPerSecond: item.requestsPerSecond } : {}),
  },
  ...(item.defaultSender ? { defaultSender: item.defaultSender } : {}),
  ...(item.quietHours ? { quietHours: item.quietHours } : {}),
  ...(item.suspension ? { suspension: item.suspension } : {}),
  createdAt: item.createdAt,
});

const toApiKey = (item: ApiKeyItem): ApiKeyRecord => ({
  keyId: item.keyId,
  accountId: item.accountId,
  ...(item.name ? { name: item.name } : {}),
  role: item.role ?? DEFAULT_KEY_ROLE,
  preview: item.preview,
  createdAt: item.createdAt,
  ...(item.lastUsedAt ? { lastUsedAt: item.lastUsedAt } : {}),
  ...(item.revokedAt ? { revokedAt: item.revokedAt } : {}),
});

export interface IssuedApiKey {
  keyId: string;
  apiKey: string;
}

function apiKeyPut(
  db: Db,
  accountId: string,
  apiKey: string,
  now: Date,
  given: { name?: string; role?: Role; keyId?: string; operationId?: string } = {},
) {
  const keyId = given.keyId ?? newId(now);
  const item: ApiKeyItem & { operationId?: string } = {
    keyId,
    accountId,
    ...(given.name ? { name: given.name } : {}),
    role: given.role ?? DEFAULT_KEY_ROLE,
    preview: apiKeyPreview(apiKey),
    createdAt: now.toISOString(),
    ...(given.operationId ? { operationId: given.operationId } : {}),
  };
  return {
    issued: { keyId, apiKey },
    put: {
      TableName: db.tableName,
      Item: {
        ...keys.apiKey(accountId, keyId),
        ...keys.apiKeyLookup(hashApiKey(apiKey)),
        entity: 'apiKey',
        ...item,
      },
      // A request retried after its first attempt died makes its key again, under the same id: the key
      // the first attempt made (its hash replaced) never opens anything, and was never shown.
      ConditionExpression: given.operationId
        ? 'attribute_not_exists(pk) OR operationId = :operation'
        : 'attribute_not_exists(pk)',
      ...(given.operationId ? { ExpressionAttributeValues: { ':operation': given.operationId } } : {}),
    },
  };
}

/** Creates an account and its first API key in one transaction. */
export async function createAccount(
  db: Db,
  /** `actor`: who made it (an operator), recorded in the new account's audit log. */
  /** `id`: the account's, when the caller must find it again after a crash (an operation's id). */
  input: { name: string; plan: Plan; now: Date; apiKey?: string; actor?: Actor; id?: string },
): Promise<{ account: Account } & IssuedApiKey> {
  const id = input.id ?? newId(input.now);
  const item: AccountItem = {
    id,
    name: input.name,
    senderLimit: input.plan.senderLimit,
    ...(input.plan.requestsPerSecond ? { requestsPerSecond: input.plan.requestsPerSecond } : {}),
    senderCount: 0,
    createdAt: input.now.toISOString(),
  };
  const key = apiKeyPut(db, id, input.apiKey ?? generateApiKey(), input.now);
  await db.client.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: db.tableName,
            Item: {
              ...keys.account(id),
              ...keys.accountListing(nameKey(input.name), id),
              entity: 'account',
              ...item,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        { Put: key.put },
        ...(input.actor
          ? [
              auditOf(db, id, input.actor, 'account.create', { type: 'account', id }, input.now, {
                name: input.name,
                senderLimit: input.plan.senderLimit,
              }),
            ]
          : []),
      ],
    }),
  );
  return { account: toAccount(item), ...key.issued };
}

export async function issueApiKey(
  db: Db,
  input: {
    accountId: string;
    now: Date;
    apiKey?: string;
    name?: string;
    role?: Role;
    keyId?: string;
    operationId?: string;
    /** Written with the key (its audit entry). */
    along?: readonly TransactItem[];
  },
): Promise<IssuedApiKey & { record: ApiKeyRecord }> {
  const key = apiKeyPut(db, input.accountId, input.apiKey ?? generateApiKey(), input.now, input);
  try {
    await db.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            ConditionCheck: {
              TableName: db.tableName,
              Key: keys.account(input.accountId),
              ConditionExpression: 'attribute_exists(pk)',
            },
          },
          { Put: key.put },
          ...(input.along ?? []),
        ],
      }),
    );
  } catch (error) {
    if (isTransactionCancelled(error)) {
      throw noAccount(input.accountId);
    }
    throw error;
  }
  return { ...key.issued, record: toApiKey(key.put.Item as unknown as ApiKeyItem) };
}

export async function revokeApiKey(
  db: Db,
  input: { accountId: string; keyId: string; now: Date; along?: readonly TransactItem[] },
) {
  const { pk, sk } = keys.apiKey(input.accountId, input.keyId);
  try {
    await writeTogether(
      db,
      {
        Update: {
          TableName: db.tableName,
          Key: { pk, sk },
          UpdateExpression: 'SET revokedAt = :now',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
          ExpressionAttributeValues: { ':now': input.now.toISOString() },
        },
      },
      input.along,
    );
  } catch (error) {
    if (isConditionFailure(error) || isTransactionCancelled(error)) {
      throw new OperatorError(
        'key-not-found',
        `No active API key ${input.keyId} in account ${input.accountId}.`,
      );
    }
    throw error;
  }
}

/** The account's keys, oldest first, each with when it last opened a request (its request count's second). */
export async function listApiKeys(db: Db, accountId: string): Promise<ApiKeyRecord[]> {
  const items: ApiKeyItem[] = [];
  for await (const page of queryAll<ApiKeyItem>(db, inRange(keys.apiKeysOf(accountId)))) items.push(...page);
  const counts = await batchGet<{ pk: string; second?: number }>(
    db,
    items.map((item) => keys.requestRate(accountId, item.keyId)),
  );
  const lastSecond = new Map(counts.map((count) => [count.pk, count.second]));
  return items.map((item) => {
    const second = lastSecond.get(keys.requestRate(accountId, item.keyId).pk);
    return toApiKey(second ? { ...item, lastUsedAt: new Date(second * 1000).toISOString() } : item);
  });
}

export async function getApiKey(db: Db, accountId: string, keyId: string): Promise<ApiKeyRecord | undefined> {
  const item = await getItem<ApiKeyItem>(db, keys.apiKey(accountId, keyId));
  return item ? toApiKey(item) : undefined;
}

async function findKeyByHash(db: Db, hash: string) {
  const found = await db.client.send(
    new QueryCommand({
      TableName: db.tableName,
      ...inRange(keys.apiKeyByHash(hash)),
      ProjectionExpression: 'pk, sk, accountId',
    }),
  );
  return found.Items?.[0] as { pk: string; sk: string; accountId: string } | undefined;
}

/** The account a key was issued to, revoked or not (the local stack finds its demo account this way). */
export async function findAccountIdByApiKey(db: Db, apiKey: string): Promise<string | undefined> {
  return (await findKeyByHash(db, hashApiKey(apiKey)))?.accountId;
}

/**
 * The account an API key opens, or undefined for a key that is unknown or revoked. The index only
 * finds the key; the key and its account are then read consistently, so a revocation holds at once.
 */
/** The account and key an API key stands for, or nothing when it is unknown or revoked. */
export async function authenticate(
  db: Db,
  apiKey: string,
): Promise<{ account: Account; key: ApiKeyRecord } | undefined> {
  const hash = hashApiKey(apiKey);
  const hit = await findKeyByHash(db, hash);
  if (!hit) return undefined;

  const [key, account] = await Promise.all([
    getItem<ApiKeyItem & { gsi1pk: string }>(db, { pk: hit.pk, sk: hit.sk }),
    getItem<AccountItem>(db, keys.account(hit.accountId)),
  ]);
  if (!key || key.revokedAt || key.gsi1pk !== keys.apiKeyLookup(hash).gsi1pk || !account) return undefined;
  return { account: toAccount(account), key: toApiKey(key) };
}

/** An operator's change to an account's settings; a missing account is the operator's error. */
async function updateAccount(
  db: Db,
  accountId: string,
  update: { UpdateExpression: string; ExpressionAttributeValues?: Record<string, unknown> },
): Promise<void> {
  try {
    await db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.account(accountId),
        ConditionExpression: 'attribute_exists(pk)',
        ...update,
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) throw noAccount(accountId);
    throw error;
  }
}

/** Sets the account's own allowance per key and second, or (`undefined`) goes back to the platform's. */
export const setRequestsPerSecond = (db: Db, accountId: string, requestsPerSecond: number | undefined) =>
  updateAccount(
    db,
    accountId,
    requestsPerSecond
      ? {
          UpdateExpression: 'SET requestsPerSecond = :limit',
          ExpressionAttributeValues: { ':limit': requestsPerSecond },
        }
      : { UpdateExpression: 'REMOVE requestsPerSecond' },
  );

export const setDefaultSender = (db: Db, accountId: string, senderName: string) =>
  updateAccount(db, accountId, {
    UpdateExpression: 'SET defaultSender = :name',
    ExpressionAttributeValues: { ':name': senderName },
  });

/** Sets the quiet hours of the account's campaigns that do not say theirs, or (`undefined`) none. */
export const setQuietHours = (db: Db, accountId: string, quietHours: QuietHours | undefined) =>
  updateAccount(
    db,
    accountId,
    quietHours
      ? { UpdateExpression: 'SET quietHours = :window', ExpressionAttributeValues: { ':window': quietHours } }
      : { UpdateExpression: 'REMOVE quietHours' },
  );

/** Every account, by name; `search`: the names that start with it (accents and case aside). */
export async function listAccounts(
  db: Db,
  request: PageRequest & { search?: string },
): Promise<Page<Account>> {
  const page = await queryPage<AccountItem>(
    db,
    {
      select: inRange({
        ...keys.accountsByName(),
        ...(request.search ? { skPrefix: nameKey(request.search) } : {}),
      }),
    },
    request,
  );
  return { ...page, items: page.items.map(toAccount) };
}

/**
 * Suspends (`suspension`) or resumes (`undefined`) an account, with what must land with it (its audit
 * entry); false when it already was in that state.
 */
export async function setSuspension(
  db: Db,
  accountId: string,
  suspension: Suspension | undefined,
  along: readonly TransactItem[],
): Promise<boolean> {
  const change = suspension
    ? {
        UpdateExpression: 'SET suspension = :suspension',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(suspension)',
        ExpressionAttributeValues: { ':suspension': suspension },
      }
    : {
        UpdateExpression: 'REMOVE suspension',
        ConditionExpression: 'attribute_exists(pk) AND attribute_exists(suspension)',
      };
  const written = await commitIfConditionsHold(db, [
    { Update: { TableName: db.tableName, Key: keys.account(accountId), ...change } },
    ...along,
  ]);
  if (!written && !(await getAccount(db, accountId))) throw noAccount(accountId);
  return written;
}

export async function getAccount(db: Db, accountId: string): Promise<Account | undefined> {
  const item = await getItem<AccountItem>(db, keys.account(accountId));
  return item ? toAccount(item) : undefined;
}

/** One of the account's counters (contacts, groups, campaigns by status): list totals without counting. */
export async function accountCounter(db: Db, accountId: string, name: string): Promise<number> {
  const result = await db.client.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.account(accountId),
      ProjectionExpression: '#counter',
      ExpressionAttributeNames: { '#counter': name },
      ConsistentRead: true,
    }),
  );
  return (result.Item?.[name] as number | undefined) ?? 0;
}

/** A key's count of requests in one second (one item per key, in a partition of its own). */
interface RequestCounter {
  accountId: string;
  keyId: string;
  /** Epoch seconds. */
  second: number;
}

function updateRequestCount(db: Db, counter: RequestCounter, update: string, condition: string, values = {}) {
  return db.client.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.requestRate(counter.accountId, counter.keyId),
      UpdateExpression: update,
      ConditionExpression: condition,
      ExpressionAttributeNames: { '#second': 'second' },
      ExpressionAttributeValues: { ':second': counter.second, ':one': 1, ...values },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
}

/** Counts one more request in the second being counted (or a later one), under `limit`; the count after it. */
export async function countRequest(
  db: Db,
  counter: RequestCounter,
  limit: number,
): Promise<number | undefined> {
  try {
    const counted = await updateRequestCount(
      db,
      counter,
      'ADD hits :one',
      '#second >= :second AND hits < :limit',
      {
        ':limit': limit,
      },
    );
    return Number(counted.Attributes?.hits);
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}

/** Starts the count of a new second at one request; false when another request started it first. */
export async function startRequestCount(db: Db, counter: RequestCounter): Promise<boolean> {
  return whenConditionHolds(
    updateRequestCount(
      db,
      counter,
      'SET #second = :second, hits = :one',
      'attribute_not_exists(#second) OR #second < :second',
    ),
  );
}
