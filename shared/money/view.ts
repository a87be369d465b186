/** Money as the API answers it: every amount `{ amount, currency }`, in the platform's currency. */
import { money, type Units } from './amount';
import { type BalanceRead, spentIn } from './balance';
import { availableOf, type LedgerEntry } from './ledger';
import type { Price } from './prices';

export const balanceView = (balance: BalanceRead, currency: string, now: Date) => ({
  balance: money(balance.balance, currency),
  reserved: money(balance.reserved, currency),
  available: money(availableOf(balance), currency),
  creditLimit: money(balance.creditLimit, currency),
  lowBalanceThreshold: optionalMoney(balance.lowBalanceThreshold, currency),
  monthlySpendLimit: optionalMoney(balance.monthlySpendLimit, currency),
  spentThisMonth: money(spentIn(balance, now), currency),
});

const optionalMoney = (units: Units | undefined, currency: string) =>
  units === undefined ? null : money(units, currency);

export const priceView = (price: Price, currency: string) => ({
  country: price.country,
  price: money(price.units, currency),
  source: price.source,
});

export const transactionView = (entry: LedgerEntry, currency: string) => ({
  id: entry.id,
  type: entry.type,
  amount: money(entry.units, currency),
  balanceAfter: money(entry.balanceAfter, currency),
  ...(entry.campaignId ? { campaignId: entry.campaignId } : {}),
  ...(entry.occurrence ? { occurrence: entry.occurrence } : {}),
  ...(entry.segments !== undefined ? { segments: entry.segments } : {}),
  ...(entry.note ? { note: entry.note } : {}),
  createdAt: entry.createdAt,
});

export type Money = ReturnType<typeof money>;
export type AccountBalance = ReturnType<typeof balanceView>;
export type Transaction = ReturnType<typeof transactionView>;
export type AccountPrice = ReturnType<typeof priceView>;
