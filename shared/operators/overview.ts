/**
 * The platform at a glance for operators: the last 30 days, per day, per destination country and mobile
 * network, charged against what the provider costs, the accounts that send most and those whose delivery
 * rate fell. Read from the usage counters (one query per day), never from the messages.
 */
import type { Account } from '../accounts/account';
import { getAccount } from '../accounts/repository';
import { mapLimit } from '../db/batch';
import type { Db } from '../db/client';
import type { Units } from '../money/amount';
import { listProviderCosts } from '../money/repository';
import { usageOfDay } from '../usage/repository';
import {
  addCounts,
  type Counts,
  deliveryRate,
  lastDays,
  NO_COUNTS,
  totalOf,
  type UsageDay,
} from '../usage/usage';

export const OVERVIEW_DAYS = 30;
/** The recent days whose delivery rate is compared with the days before them. */
const RECENT_DAYS = 7;
/** Below this many reported messages, a rate says nothing. */
const FEW_REPORTS = 50;
/** A fall of this much (5 points) or more is shown. */
const NOTABLE_FALL = 0.05;
const LISTED_ACCOUNTS = 10;

export interface CostedCounts extends Counts {
  /** What the provider charged for them (segments × its cost per segment to the country), when known. */
  providerCost: Units;
  /** Segments to countries whose provider cost nobody noted: not in `providerCost`. */
  uncostedSegments: number;
}

export interface Overview {
  from: string;
  to: string;
  days: { day: string; counts: Counts }[];
  total: CostedCounts;
  countries: { country: string; counts: CostedCounts }[];
  networks: { country: string; network: string; counts: Counts }[];
  topAccounts: { account: Pick<Account, 'id' | 'name'>; counts: Counts }[];
  fallingAccounts: {
    account: Pick<Account, 'id' | 'name'>;
    recentRate: number;
    earlierRate: number;
    recent: Counts;
  }[];
}

const costed = (): CostedCounts => ({ ...NO_COUNTS, providerCost: 0, uncostedSegments: 0 });

function addCosted(sum: CostedCounts, counts: Counts, costPerSegment: Units | undefined): CostedCounts {
  return {
    ...addCounts(sum, counts),
    providerCost: sum.providerCost + (costPerSegment === undefined ? 0 : costPerSegment * counts.segments),
    uncostedSegments: sum.uncostedSegments + (costPerSegment === undefined ? counts.segments : 0),
  };
}

const byDescending =
  <T>(measure: (item: T) => number) =>
  (a: T, b: T) =>
    measure(b) - measure(a);

export async function platformOverview(db: Db, now: Date, days = OVERVIEW_DAYS): Promise<Overview> {
  const window = lastDays(now, days);
  const [usage, providerCosts] = await Promise.all([
    mapLimit(window, 10, (day) => usageOfDay(db, day)),
    listProviderCosts(db),
  ]);
  const recentFrom = window[window.length - RECENT_DAYS] ?? window[0];

  let total = costed();
  const countries = new Map<string, CostedCounts>();
  const networks = new Map<string, { country: string; network: string; counts: Counts }>();
  const accounts = new Map<string, { all: Counts; recent: Counts; earlier: Counts }>();
  const perDay = window.map((day, index) => {
    let dayTotal = { ...NO_COUNTS };
    for (const accountDay of usage[index] as UsageDay[]) {
      const accountTotal = totalOf(accountDay);
      dayTotal = addCounts(dayTotal, accountTotal);
      const account = accounts.get(accountDay.accountId) ?? {
        all: { ...NO_COUNTS },
        recent: { ...NO_COUNTS },
        earlier: { ...NO_COUNTS },
      };
      account.all = addCounts(account.all, accountTotal);
      if (recentFrom && day >= recentFrom) account.recent = addCounts(account.recent, accountTotal);
      else account.earlier = addCounts(account.earlier, accountTotal);
      accounts.set(accountDay.accountId, account);
      for (const { destination, counts } of accountDay.destinations) {
        const cost = providerCosts.get(destination.country);
        total = addCosted(total, counts, cost);
        countries.set(
          destination.country,
          addCosted(countries.get(destination.country) ?? costed(), counts, cost),
        );
        const key = `${destination.country}|${destination.network}`;
        const network = networks.get(key) ?? { ...destination, counts: { ...NO_COUNTS } };
        network.counts = addCounts(network.counts, counts);
        networks.set(key, network);
      }
    }
    return { day, counts: dayTotal };
  });

  const top = [...accounts].sort(byDescending(([, counts]) => counts.all.sent)).slice(0, LISTED_ACCOUNTS);
  const falling = [...accounts]
    .map(([accountId, counts]) => ({
      accountId,
      recent: counts.recent,
      recentRate: reportedEnough(counts.recent),
      earlierRate: reportedEnough(counts.earlier),
    }))
    .filter(
      (row): row is typeof row & { recentRate: number; earlierRate: number } =>
        row.recentRate !== undefined &&
        row.earlierRate !== undefined &&
        row.earlierRate - row.recentRate >= NOTABLE_FALL,
    )
    .sort(byDescending((row) => row.earlierRate - row.recentRate))
    .slice(0, LISTED_ACCOUNTS);
  const names = await namesOf(db, [...top.map(([id]) => id), ...falling.map((row) => row.accountId)]);

  return {
    from: window[0] as string,
    to: window[window.length - 1] as string,
    days: perDay,
    total,
    countries: [...countries]
      .map(([country, counts]) => ({ country, counts }))
      .sort(byDescending((row) => row.counts.sent)),
    networks: [...networks.values()].sort(byDescending((row) => row.counts.sent)),
    topAccounts: top.map(([id, counts]) => ({ account: names(id), counts: counts.all })),
    fallingAccounts: falling.map((row) => ({
      account: names(row.accountId),
      recentRate: row.recentRate,
      earlierRate: row.earlierRate,
      recent: row.recent,
    })),
  };
}

function reportedEnough(counts: Counts): number | undefined {
  return counts.delivered + counts.undelivered < FEW_REPORTS ? undefined : deliveryRate(counts);
}

async function namesOf(db: Db, ids: string[]) {
  const unique = [...new Set(ids)];
  const found = await mapLimit(unique, 10, (id) => getAccount(db, id));
  const byId = new Map(unique.map((id, index) => [id, found[index]?.name ?? id]));
  return (id: string) => ({ id, name: byId.get(id) ?? id });
}
