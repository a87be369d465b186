/** Changes of an account's money made by people (its admins, the operators): each with its audit entry. */
import type { Actor } from '../audit/audit';
import { auditItem } from '../audit/repository';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { amountOf, type Units } from './amount';
import { type BalanceRead, type MoneyDeps, setBalanceSettings } from './balance';
import type { LedgerEntry } from './ledger';
import { recordMovement, setPrice } from './repository';

type Settings = Parameters<typeof setBalanceSettings>[2];

/** What the audit log says of amounts: in the currency's unit, as people wrote them. */
const amountsOf = (settings: Settings) =>
  Object.fromEntries(
    Object.entries(settings).map(([name, units]) => [
      name,
      typeof units === 'number' ? amountOf(units) : units,
    ]),
  );

export async function changeBalanceSettings(
  deps: { db: Db; clock: Clock },
  accountId: string,
  settings: Settings,
  actor: Actor,
): Promise<BalanceRead> {
  const now = deps.clock.now();
  return setBalanceSettings(deps.db, accountId, settings, [
    auditItem(
      deps.db,
      accountId,
      {
        actor,
        action: 'account.settings',
        target: { type: 'account', id: accountId },
        details: amountsOf(settings),
      },
      now,
    ),
  ]);
}

/** An operator's top-up or adjustment, with its audit entry (a retry of the same one records nothing more). */
export async function moveBalance(
  deps: MoneyDeps,
  accountId: string,
  movement: Omit<LedgerEntry, 'balanceAfter' | 'createdAt'>,
  now: Date,
  actor: Actor,
): Promise<LedgerEntry> {
  const action = movement.type === 'TOP_UP' ? 'account.top_up' : 'account.adjust';
  return recordMovement(deps, accountId, movement, now, [
    auditItem(
      deps.db,
      accountId,
      {
        actor,
        action,
        target: { type: 'transaction', id: movement.id },
        details: {
          amount: amountOf(movement.units as Units),
          ...(movement.note ? { note: movement.note } : {}),
        },
      },
      now,
    ),
  ]);
}

/**
 * Sets a price per segment: the platform's list (no account's change: in no audit log), or one
 * account's own (`accountId`), with its audit entry.
 */
export async function setPriceAs(
  deps: { db: Db; clock: Clock },
  price: { country: string; units: Units; accountId?: string },
  actor: Actor,
): Promise<void> {
  const now = deps.clock.now();
  await setPrice(
    deps.db,
    price,
    now,
    price.accountId
      ? [
          auditItem(
            deps.db,
            price.accountId,
            {
              actor,
              action: 'price.set',
              target: { type: 'price', id: price.country },
              details: { price: amountOf(price.units) },
            },
            now,
          ),
        ]
      : [],
  );
}
