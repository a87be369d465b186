/** The usage counters' items: one per account and day, its counts by destination in flat attributes. */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { inRange, queryAll } from '../db/paginate';
import type { TransactItem } from '../db/transactions';
import { COUNTS, type Count, type Counts, NO_COUNTS, type Tally, type UsageDay } from './usage';

/** `d|CI|Orange|sent`: one attribute per destination and count, so one update adds to all of them. */
const ATTRIBUTE = 'd';
const attributeOf = (country: string, network: string, count: Count) =>
  [ATTRIBUTE, country, network, count].join('|');

/** The update that adds a tally to an account's day (made when first counted). */
export function usageUpdate(
  db: Db,
  accountId: string,
  day: string,
  tally: Tally,
): NonNullable<TransactItem['Update']> {
  const names: Record<string, string> = { '#gsi2pk': 'gsi2pk', '#gsi2sk': 'gsi2sk' };
  const values: Record<string, unknown> = {};
  const adds: string[] = [];
  for (const { destination, counts } of tally.entries()) {
    for (const [count, value] of Object.entries(counts) as [Count, number][]) {
      const index = adds.length;
      names[`#c${index}`] = attributeOf(destination.country, destination.network, count);
      values[`:c${index}`] = value;
      adds.push(`#c${index} :c${index}`);
    }
  }
  const listing = keys.usageListing(day, accountId);
  values[':gsi2pk'] = listing.gsi2pk;
  values[':gsi2sk'] = listing.gsi2sk;
  values[':accountId'] = accountId;
  values[':day'] = day;
  return {
    TableName: db.tableName,
    Key: keys.usageDay(accountId, day),
    UpdateExpression: `SET #gsi2pk = :gsi2pk, #gsi2sk = :gsi2sk, accountId = :accountId, #day = :day${adds.length ? ` ADD ${adds.join(', ')}` : ''}`,
    ExpressionAttributeNames: { ...names, '#day': 'day' },
    ExpressionAttributeValues: values,
  };
}

type UsageItem = Record<string, unknown> & { accountId: string; day: string };

function toUsageDay(item: UsageItem): UsageDay {
  const byDestination = new Map<string, UsageDay['destinations'][number]>();
  for (const [name, value] of Object.entries(item)) {
    const [kind, country, network, count] = name.split('|');
    if (kind !== ATTRIBUTE || !country || !network || !COUNTS.includes(count as Count)) continue;
    const key = `${country}|${network}`;
    const entry = byDestination.get(key) ?? { destination: { country, network }, counts: { ...NO_COUNTS } };
    entry.counts[count as keyof Counts] = Number(value);
    byDestination.set(key, entry);
  }
  return { accountId: item.accountId, day: item.day, destinations: [...byDestination.values()] };
}

/** Every account's counters of one day (the overview reads one query per day). */
export async function usageOfDay(db: Db, day: string): Promise<UsageDay[]> {
  const days: UsageDay[] = [];
  for await (const page of queryAll<UsageItem>(db, inRange(keys.usageOfDay(day)))) {
    days.push(...page.map(toUsageDay));
  }
  return days;
}

/** One account's days from `from` to `to` (inclusive, `YYYY-MM-DD`), oldest first. */
export async function usageOfAccount(
  db: Db,
  accountId: string,
  from: string,
  to: string,
): Promise<UsageDay[]> {
  const days: UsageDay[] = [];
  const range = keys.usageOf(accountId);
  const select = inRange(range, { sk: { between: [`USAGE#${from}`, `USAGE#${to}`] } });
  for await (const page of queryAll<UsageItem>(db, select)) days.push(...page.map(toUsageDay));
  return days;
}

/** The last day the account sent anything, if it ever did. */
export async function lastUsageDay(db: Db, accountId: string): Promise<string | undefined> {
  const result = await db.client.send(
    new QueryCommand({
      TableName: db.tableName,
      ...inRange(keys.usageOf(accountId), { descending: true }),
      Limit: 1,
      ProjectionExpression: '#day',
      ExpressionAttributeNames: { '#day': 'day' },
    }),
  );
  return (result.Items?.[0] as { day?: string } | undefined)?.day;
}
