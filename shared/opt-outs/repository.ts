/**
 * The opt-out list: one item per (account, phone), keyed by the phone, counted on the account. Adds and
 * removes write their items and the count in one transaction per 99 phones, on condition that each
 * phone is still as it was read, so the count never drifts from the list.
 */
import { DeleteCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { accountCounter } from '../accounts/repository';
import { batchGet, chunk } from '../db/batch';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { inRange, queryAll, queryKeysPage } from '../db/paginate';
import { isTransactionCancelled, whenConditionHolds } from '../db/transactions';
import { newId } from '../ids';
import type { Page, PageRequest } from '../page';
import type { WebhookEvent } from '../ports';
import { eventId } from '../webhooks/events';
import { enabledWebhooks, eventsToRaise, type RelayDeps, relay } from '../webhooks/outbox';
import type { OptOut } from './opt-out';

const COUNTER = 'optOutCount';
/** A transaction holds 100 items: 98 phones, the account's count and the events' outbox item. */
const PHONES_PER_TRANSACTION = 98;
const ATTEMPTS = 5;

type OptOutItem = OptOut & { pk: string; sk: string };

const toOptOut = (item: OptOutItem): OptOut => ({
  phone: item.phone,
  source: item.source,
  ...(item.keyword ? { keyword: item.keyword } : {}),
  ...(item.reason ? { reason: item.reason } : {}),
  createdAt: item.createdAt,
});

/**
 * Reading the account's whole list beats looking each phone up (a read of 100 keys) while the list is
 * at most this many times the phones: a page of the list holds thousands.
 */
const WHOLE_LIST_RATIO = 20;

/**
 * Which of `phones` the account must not send to: none when its list is empty (its count, one read);
 * the list itself when it is small beside them (an occurrence of 100,000 recipients, a list of a few
 * thousand); else each phone looked up, 100 a read.
 */
export async function optedOutAmong(
  db: Db,
  accountId: string,
  phones: readonly string[],
): Promise<Set<string>> {
  if (phones.length === 0) return new Set();
  const listed = await accountCounter(db, accountId, COUNTER);
  if (listed === 0) return new Set();
  const wanted = new Set(phones);
  if (listed <= wanted.size * WHOLE_LIST_RATIO) {
    const among = new Set<string>();
    const select = { ...inRange(keys.optOutsOf(accountId)), ConsistentRead: true };
    for await (const page of queryAll<{ phone: string }>(db, select)) {
      for (const { phone } of page) if (wanted.has(phone)) among.add(phone);
    }
    return among;
  }
  const found = await batchGet<{ phone: string }>(
    db,
    [...wanted].map((phone) => keys.optOut(accountId, phone)),
    'phone',
  );
  return new Set(found.map((item) => item.phone));
}

/**
 * Writes `changes` (phones not yet as wanted) with the count and the `contact.opted_out|opted_in`
 * events, a transaction per 98; when another request changed one of them meanwhile, reads again and
 * retries. Returns the phones it changed.
 */
async function changeList(
  db: Db,
  target: { accountId: string; now: Date; relayTo?: Omit<RelayDeps, 'db'> },
  phones: readonly string[],
  want: 'in' | 'out',
  write: (phone: string) => NonNullable<TransactWriteCommand['input']['TransactItems']>[number],
  eventOf: (phone: string) => WebhookEvent,
): Promise<string[]> {
  const { accountId, now } = target;
  const changed: string[] = [];
  let pending = [...new Set(phones)];
  const endpoints = await enabledWebhooks(db, accountId);
  for (let attempt = 1; pending.length > 0; attempt++) {
    const listed = await optedOutAmong(db, accountId, pending);
    pending = pending.filter((phone) => listed.has(phone) !== (want === 'in'));
    try {
      for (const piece of chunk(pending, PHONES_PER_TRANSACTION)) {
        const events = eventsToRaise(db, { accountId, endpoints }, piece.map(eventOf), now);
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
              ...(events ? [events.put] : []),
            ],
          }),
        );
        changed.push(...piece);
        if (target.relayTo) await relay({ db, ...target.relayTo }, events);
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
  /** Where the events go at once (the sweeper relays them otherwise). */
  relayTo?: Omit<RelayDeps, 'db'>,
): Promise<string[]> {
  const known = Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined));
  const optedOut = (phone: string): WebhookEvent => ({
    id: eventId(accountId, phone, 'opted_out', now.toISOString()),
    type: 'contact.opted_out',
    timestamp: now.toISOString(),
    data: { phone, ...known },
  });
  return changeList(
    db,
    { accountId, now, relayTo },
    phones,
    'in',
    (phone) => ({
      Put: {
        TableName: db.tableName,
        Item: {
          ...keys.optOut(accountId, phone),
          ...keys.optOutListing(accountId, newId(now)),
          entity: 'optOut',
          phone,
          ...known,
          createdAt: now.toISOString(),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    }),
    optedOut,
  );
}

/** Takes `phones` off the account's list; returns those that were on it. */
export async function removeOptOuts(
  db: Db,
  accountId: string,
  phones: readonly string[],
  now: Date,
  relayTo?: Omit<RelayDeps, 'db'>,
): Promise<string[]> {
  const optedIn = (phone: string): WebhookEvent => ({
    id: eventId(accountId, phone, 'opted_in', now.toISOString()),
    type: 'contact.opted_in',
    timestamp: now.toISOString(),
    data: { phone },
  });
  return changeList(
    db,
    { accountId, now, relayTo },
    phones,
    'out',
    (phone) => ({
      Delete: {
        TableName: db.tableName,
        Key: keys.optOut(accountId, phone),
        ConditionExpression: 'attribute_exists(pk)',
      },
    }),
    optedIn,
  );
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

/**
 * A reply's confirmation SMS is claimed before it is sent (one item per inbound message id), so a reply
 * delivered twice is confirmed once; false when it was claimed already.
 */
export const claimReplyConfirmation = (db: Db, replyId: string, keyword: string, expiresAt: number) =>
  whenConditionHolds(
    db.client.send(
      new PutCommand({
        TableName: db.tableName,
        Item: { ...keys.replyConfirmation(replyId), entity: 'replyConfirmation', keyword, expiresAt },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    ),
  );

/** Nothing went out (the provider asked to try later): the claim is let go for the retry. */
export async function releaseReplyConfirmation(db: Db, replyId: string): Promise<void> {
  await db.client.send(new DeleteCommand({ TableName: db.tableName, Key: keys.replyConfirmation(replyId) }));
}
