/**
 * Prices per segment by destination country (CONTRACT.md, Money): the platform's list, and an
 * account's own prices over it. A country with no price is `destination-not-priced`.
 */
import * as z from 'zod';
import type { Units } from './amount';

export interface Price {
  /** ISO 3166 alpha-2, as libphonenumber names it (`CI`, `SN`). */
  country: string;
  units: Units;
  /** Where it comes from: the platform's list, or the account's own. */
  source: 'platform' | 'account';
}

export const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'must be a country code of two letters (ISO 3166), such as CI or SN');

/** What applies to an account: its own prices over the platform's, by country. */
export function pricesThatApply(platform: readonly Price[], own: readonly Price[]): Price[] {
  const byCountry = new Map(platform.map((price) => [price.country, price]));
  for (const price of own) byCountry.set(price.country, price);
  return [...byCountry.values()].sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : 0));
}
