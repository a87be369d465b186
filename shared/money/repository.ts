/**
 * Money's items: the platform's price list in one partition, an account's own prices, its balance item
 * and its ledger (one entry per movement, in a partition of its own).
 */
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { inRange, queryAll, queryPage } from '../db/paginate';
import type { TransactItem } from '../db/transactions';
import { writeTogether } from '../db/unit-of-work';
import type { Page, PageRequest } from '../page';
import type { Units } from './amount';
import { changeBalance, type MoneyDeps } from './balance';
import type { EntryType, LedgerEntry } from './ledger';
import { type Price, pricesThatApply } from './prices';

interface PriceItem {
  country: string;
  units: Units;
  updatedAt: string;
}

/** Sets the platform's price to a country, or (`accountId`) one account's. */
/** Sets a price; an account's own is written with its audit entry when `along` carries one. */
export async function setPrice(
  db: Db,
  price: { country: string; units: Units; accountId?: string },
  now: Date,
  along: readonly TransactItem[] = [],
): Promise<void> {
  const key = price.accountId
    ? keys.accountPrice(price.accountId, price.country)
    : keys.platformPrice(price.country);
  await writeTogether(
    db,
    {
      Put: {
        TableName: db.tableName,
        Item: {
          ...key,
          entity: 'price',
          country: price.country,
          units: price.units,
          updatedAt: now.toISOString(),
        },
      },
    },
    along,
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

/** What the SMS provider charges the platform per segment, by country, as operators noted it. */
export async function listProviderCosts(db: Db): Promise<Map<string, Units>> {
  const costs = new Map<string, Units>();
  for await (const page of queryAll<PriceItem>(db, inRange(keys.providerCosts()))) {
    for (const item of page) costs.set(item.country, item.units);
  }
  return costs;
}

/** Notes the provider's cost per segment to a country, or (`null`) forgets it. */
export async function setProviderCost(
  db: Db,
  country: string,
  units: Units | null,
  now: Date,
): Promise<void> {
  if (units === null) {
    await db.client.send(new DeleteCommand({ TableName: db.tableName, Key: keys.providerCost(country) }));
    return;
  }
  await db.client.send(
    new PutCommand({
      TableName: db.tableName,
      Item: {
        ...keys.providerCost(country),
        entity: 'providerCost',
        country,
        units,
        updatedAt: now.toISOString(),
      },
    }),
  );
}

export class EntryConflict extends Error {
  override readonly name = 'EntryConflict';
}

/**
 * Records one movement of the balance and its ledger entry (an operator's top-up or adjustment). An
 * entry id already recorded is that movement done before: its entry is answered, and nothing moves
 * again (the same id with another amount is a conflict, never a second movement).
 */
export async function recordMovement(
  deps: MoneyDeps,
  accountId: string,
  movement: Omit<LedgerEntry, 'balanceAfter' | 'createdAt'>,
  now: Date,
  /** Written with it (its audit entry). */
  also: readonly TransactItem[] = [],
): Promise<LedgerEntry> {
  const { db } = deps;
  let recorded: LedgerEntry | undefined;
  const changed = await changeBalance(deps, accountId, now, async () => {
    recorded = (await getItem<{ entry: LedgerEntry }>(db, keys.ledgerGuard(accountId, movement.id)))?.entry;
    return recorded ? undefined : { change: { entry: movement }, along: also };
  });
  if (changed?.entry) return changed.entry;
  if (!recorded) throw new Error(`entry ${movement.id} was neither recorded nor found`);
  if (recorded.units !== movement.units || recorded.type !== movement.type) {
    throw new EntryConflict(`entry ${movement.id} was recorded with another movement`);
  }
  return recorded;
}

export interface LedgerFilter {
  type?: EntryType;
  campaignId?: string;
}

/**
 * The ledger, newest first; a filter reads the account's whole ledger and keeps what matches (a chunk
 * of 250 messages is one entry, so a month of a million messages is some 4,000 entries).
 */
export async function listLedger(
  db: Db,
  accountId: string,
  request: PageRequest,
  filter: LedgerFilter = {},
): Promise<Page<LedgerEntry>> {
  const page = await queryPage<LedgerEntry & { pk: string }>(
    db,
    { select: inRange(keys.ledgerOf(accountId), { descending: true, where: { ...filter } }) },
    request,
  );
  return { ...page, items: page.items.map(({ pk: _pk, ...entry }) => withoutKeys(entry)) };
}

const withoutKeys = (item: Record<string, unknown>): LedgerEntry => {
  const { sk: _sk, entity: _entity, accountId: _account, ...entry } = item;
  return entry as unknown as LedgerEntry;
};
