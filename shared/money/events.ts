/**
 * What a change of the balance tells the account's endpoints: `account.topped_up` for an operator's
 * top-up, and `account.balance_low` when `available` goes below the account's threshold (once per
 * crossing: the balance item keeps that it alerted, until `available` is back at or above it).
 */
import type { WebhookEvent } from '../ports';
import { eventId } from '../webhooks/events';
import { money } from './amount';
import type { BalanceChanged } from './balance';
import { availableOf } from './ledger';

export function balanceEvents(
  accountId: string,
  changed: BalanceChanged,
  currency: string,
  now: Date,
): WebhookEvent[] {
  const timestamp = now.toISOString();
  const events: WebhookEvent[] = [];
  const { entry, after, before } = changed;
  if (entry?.type === 'TOP_UP') {
    events.push({
      id: eventId(accountId, 'topped-up', entry.id),
      type: 'account.topped_up',
      timestamp,
      data: {
        transactionId: entry.id,
        amount: money(entry.units, currency),
        balance: money(after.balance, currency),
        available: money(availableOf(after), currency),
        ...(entry.note ? { note: entry.note } : {}),
      },
    });
  }
  if (changed.crossedLowBalance && before.lowBalanceThreshold !== undefined) {
    events.push({
      // The balance's version names the crossing: each crossing is its own event, a retry the same one.
      id: eventId(accountId, 'balance-low', String(before.version + 1)),
      type: 'account.balance_low',
      timestamp,
      data: {
        available: money(availableOf(after), currency),
        threshold: money(before.lowBalanceThreshold, currency),
        balance: money(after.balance, currency),
        reserved: money(after.reserved, currency),
      },
    });
  }
  return events;
}
