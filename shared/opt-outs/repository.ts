/**
 * The opt-out list: one item per (account, phone), keyed by the phone, counted on the account. Adds and
 * removes write their items and the count in one transaction per 99 phones, on condition that each
 * phone is still as it was read, so the count never drifts from the list.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { accountCounter } from '../accounts/repository';
import { batchGet, chunk } from '../db/batch';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { inRange, queryKeysPage } from '../db/paginate';
import { isTransactionCancelled } from '../db/transactions';
import { newId } from '../ids';
import type { Page, PageRequest } from '../page';
import type { OptOut } from './opt-out';

const COUNTER = 'optOutCount';
/** A transaction holds 100 items: 99 phones and the account's count. */
const PHONES_PER_TRANSACTION = 99;
const ATTEMPTS = 5;

type OptOutItem = OptOut & { pk: string; sk: string };

const toOptOut = (item: OptOutItem): OptOut => ({
  phone: item.phone,
  source: item.source,
  ...(item.keyword ? { keyword: item.keyword } : {}),
  ...(item.reason ? { reason: item.reason } : {}),
  createdAt: item.createdAt,
});

/** Which of `phones` the account must not send to: one batched read, whatever their number. */
export async function optedOutAmong(
  db: Db,
  accountId: string,
  phones: readonly string[],
): Promise<Set<string>> {
  if (phones.length === 0) return new Set();
  const found = await batchGet<{ phone: string }>(
    db,
    [...new Set(phones)].map((phone) => keys.optOut(accountId, phone)),
    'phone',
  );
  return new Set(found.map((item) => item.phone));
}

/**
 * Writes `changes` (phones not yet as wanted) with the count, a transaction per 99; when another request
 * changed one of them meanwhile, reads again and retries. Returns the phones it changed.
 */
async function changeList(
  db: Db,
  accountId: string,
  phones: readonly string[],
  want: 'in' | 'out',
  write: (phone: string) => NonNullable<TransactWriteCommand['input']['TransactItems']>[number],
): Promise<string[]> {
  const changed: string[] = [];
  let pending = [...new Set(phones)];
  for (let attempt = 1; pending.length > 0; attempt++) {
    const listed = await optedOutAmong(db, accountId, pending);
    pending = pending.filter((phone) => listed.has(phone) !== (want === 'in'));
    try {
      for (const piece of chunk(pending, PHONES_PER_TRANSACTION)) {
        await db.client.send(
          new TransactWriteCommand({
            TransactItems: [
              ...piece.map(write),
              {
                Update: {
                  TableName: db.tableName,
                  Key: keys.account(accountId),
                  UpdateExpression: 'ADD #count :delta',
                  ExpressionAttributeNames: { '#count': COUNTER },
                  ExpressionAttributeValues: { ':delta': want === 'in' ? piece.length : -piece.length },
                },
              },
            ],
          }),
        );
        changed.push(...piece);
      }
      return changed;
    } catch (error) {
      if (!isTransactionCancelled(error) || attempt >= ATTEMPTS) throw error;
      pending = pending.filter((phone) => !changed.includes(phone));
    }
  }
  return changed;
}

/** Puts `phones` on the account's list; returns those that were not on it already. */
export async function addOptOuts(
  db: Db,
  accountId: string,
  phones: readonly string[],
  details: Omit<OptOut, 'phone' | 'createdAt'>,
  now: Date,
): Promise<string[]> {
  return changeList(db, accountId, phones, 'in', (phone) => ({
    Put: {
      TableName: db.tableName,
      Item: {
        ...keys.optOut(accountId, phone),
        ...keys.optOutListing(accountId, newId(now)),
        entity: 'optOut',
        phone,
        ...Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined)),
        createdAt: now.toISOString(),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  }));
}

/** Takes `phones` off the account's list; returns those that were on it. */
export async function removeOptOuts(db: Db, accountId: string, phones: readonly string[]): Promise<string[]> {
  return changeList(db, accountId, phones, 'out', (phone) => ({
    Delete: {
      TableName: db.tableName,
      Key: keys.optOut(accountId, phone),
      ConditionExpression: 'attribute_exists(pk)',
    },
  }));
}

/** Newest first; `phone` finds one by its key. */
export async function listOptOuts(
  db: Db,
  accountId: string,
  request: PageRequest & { phone?: string },
): Promise<Page<OptOut>> {
  if (request.phone !== undefined) {
    const item = await getItem<OptOutItem>(db, keys.optOut(accountId, request.phone));
    const items = item && request.page === 1 ? [toOptOut(item)] : [];
    return { items, totalCount: item ? 1 : 0, page: request.page, size: request.size };
  }
  const page = await queryKeysPage<OptOutItem>(
    db,
    inRange(keys.optOutsNewestFirst(accountId), { descending: true }),
    request,
    await accountCounter(db, accountId, COUNTER),
  );
  return { ...page, items: page.items.map(toOptOut) };
}
