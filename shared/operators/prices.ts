/** The price list as operators read it: each country's price beside what the provider charges for it. */
import type { Db } from '../db/client';
import type { Units } from '../money/amount';
import type { Price } from '../money/prices';
import { listPrices, listProviderCosts } from '../money/repository';
import { requireAccount } from './accounts';

export interface CostedPrice {
  country: string;
  /** The price that applies (the platform's, or the account's own), if the country has one. */
  price?: Price;
  /** What the provider charges per segment, if an operator noted it. */
  providerCost?: Units;
}

/** Every country with a price or a noted provider cost, in order; an account's own prices when it is given. */
export async function costedPrices(db: Db, accountId?: string): Promise<CostedPrice[]> {
  if (accountId) await requireAccount(db, accountId);
  const [prices, costs] = await Promise.all([listPrices(db, accountId), listProviderCosts(db)]);
  const byCountry = new Map(prices.map((price) => [price.country, price]));
  return [...new Set([...byCountry.keys(), ...costs.keys()])].sort().map((country) => ({
    country,
    ...(byCountry.has(country) ? { price: byCountry.get(country) } : {}),
    ...(costs.has(country) ? { providerCost: costs.get(country) } : {}),
  }));
}
