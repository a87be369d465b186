/** Money as the API answers it: every amount `{ amount, currency }`, in the platform's currency. */
import { money } from './amount';
import { availableOf, type Balance, type LedgerEntry } from './ledger';

export const balanceView = (balance: Balance, currency: string) => ({
  balance: money(balance.balance, currency),
  reserved: money(balance.reserved, currency),
  available: money(availableOf(balance), currency),
  creditLimit: money(balance.creditLimit, currency),
  // Settings that come with the account's limits and alerts; none is set yet.
  lowBalanceThreshold: null,
  monthlySpendLimit: null,
  // Nothing is charged yet: charges come with sending's holds.
  spentThisMonth: money(0, currency),
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
