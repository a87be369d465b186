/**
 * Money's items: the platform's price list in one partition, an account's own prices, its balance item
 * and its ledger (one entry per movement, in a partition of its own).
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { inRange, queryAll, queryPage } from '../db/paginate';
import { commitIfConditionsHold } from '../db/unit-of-work';
import type { Page, PageRequest } from '../page';
import type { Units } from './amount';
import { type Balance, EMPTY_BALANCE, type LedgerEntry } from './ledger';
import { type Price, pricesThatApply } from './prices';

interface PriceItem {
  country: string;
  units: Units;
  updatedAt: string;
}

/** Sets the platform's price to a country, or (`accountId`) one account's. */
export async function setPrice(
  db: Db,
  price: { country: string; units: Units; accountId?: string },
  now: Date,
): Promise<void> {
  const key = price.accountId
    ? keys.accountPrice(price.accountId, price.country)
    : keys.platformPrice(price.country);
  await db.client.send(
    new PutCommand({
      TableName: db.tableName,
      Item: {
        ...key,
        entity: 'price',
        country: price.country,
        units: price.units,
        updatedAt: now.toISOString(),
      },
    }),
  );
}

async function pricesIn(db: Db, range: ReturnType<typeof keys.platformPrices>, source: Price['source']) {
  const prices: Price[] = [];
  for await (const page of queryAll<PriceItem>(db, inRange(range))) {
    prices.push(...page.map((item) => ({ country: item.country, units: item.units, source })));
  }
  return prices;
}

/** The prices that apply: the platform's, or an account's own over them. */
export async function listPrices(db: Db, accountId?: string): Promise<Price[]> {
  const platform = await pricesIn(db, keys.platformPrices(), 'platform');
  return accountId
    ? pricesThatApply(platform, await pricesIn(db, keys.accountPrices(accountId), 'account'))
    : platform;
}

interface BalanceItem extends Balance {
  /** Moves by one with every movement: a movement is written on condition the balance is as read. */
  version: number;
}

export class EntryConflict extends Error {
  override readonly name = 'EntryConflict';
}

const BALANCE_ATTEMPTS = 8;

export async function getBalance(db: Db, accountId: string): Promise<Balance & { version: number }> {
  const item = await getItem<BalanceItem>(db, keys.balance(accountId));
  return {
    balance: item?.balance ?? EMPTY_BALANCE.balance,
    reserved: item?.reserved ?? EMPTY_BALANCE.reserved,
    creditLimit: item?.creditLimit ?? EMPTY_BALANCE.creditLimit,
    version: item?.version ?? 0,
  };
}

/**
 * Records one movement: its ledger entry and the balance after it, in one transaction, on condition that
 * the balance is still the one read (another movement between them: read again and retry). An entry id
 * already recorded is that movement done before: its entry is answered, and nothing moves again (the
 * same id with another amount is a conflict, never a second movement).
 */
export async function recordMovement(
  db: Db,
  accountId: string,
  movement: Omit<LedgerEntry, 'balanceAfter' | 'createdAt'>,
  now: Date,
): Promise<LedgerEntry> {
  for (let attempt = 1; ; attempt++) {
    const recorded = (await getItem<{ entry: LedgerEntry }>(db, keys.ledgerGuard(accountId, movement.id)))
      ?.entry;
    if (recorded) {
      if (recorded.units !== movement.units || recorded.type !== movement.type) {
        throw new EntryConflict(`entry ${movement.id} was recorded with another movement`);
      }
      return recorded;
    }
    const read = await getBalance(db, accountId);
    const entry: LedgerEntry = {
      ...movement,
      balanceAfter: read.balance + movement.units,
      createdAt: now.toISOString(),
    };
    const written = await commitIfConditionsHold(db, [
      {
        Update: {
          TableName: db.tableName,
          Key: keys.balance(accountId),
          UpdateExpression:
            'SET balance = :after, version = :next, reserved = if_not_exists(reserved, :zero), creditLimit = if_not_exists(creditLimit, :zero)',
          ConditionExpression: 'attribute_not_exists(version) OR version = :seen',
          ExpressionAttributeValues: {
            ':after': entry.balanceAfter,
            ':next': read.version + 1,
            ':seen': read.version,
            ':zero': 0,
          },
        },
      },
      {
        Put: {
          TableName: db.tableName,
          Item: { ...keys.ledgerGuard(accountId, entry.id), entity: 'ledgerGuard', entry },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: db.tableName,
          Item: {
            ...keys.ledgerEntry(accountId, read.version + 1),
            entity: 'ledgerEntry',
            accountId,
            ...entry,
          },
        },
      },
    ]);
    if (written) return entry;
    if (attempt >= BALANCE_ATTEMPTS) throw new Error(`the balance of ${accountId} kept moving; try again`);
  }
}

/** The ledger, newest first. */
export async function listLedger(
  db: Db,
  accountId: string,
  request: PageRequest,
): Promise<Page<LedgerEntry>> {
  const page = await queryPage<LedgerEntry & { pk: string }>(
    db,
    { select: inRange(keys.ledgerOf(accountId), { descending: true }) },
    request,
  );
  return { ...page, items: page.items.map(({ pk: _pk, ...entry }) => withoutKeys(entry)) };
}

const withoutKeys = (item: Record<string, unknown>): LedgerEntry => {
  const { sk: _sk, entity: _entity, accountId: _account, ...entry } = item;
  return entry as unknown as LedgerEntry;
};
