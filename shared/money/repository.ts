/** Price items: the platform's list in one partition, an account's own under the account. */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { inRange, queryAll } from '../db/paginate';
import type { Units } from './amount';
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
