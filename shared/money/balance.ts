/**
 * An account's balance item, and the one way it changes: read it, decide, write the change on
 * condition it is still as read (its `version`), with what must land with it (a ledger entry, an
 * occurrence's hold or charge, an outbox item). Another change in between: read again, decide again.
 * DynamoDB cannot compare sums in a condition, so `available ≥ cost` is decided on what was read, and
 * the version makes sure it still holds when written.
 */
import { DEFAULT_CURRENCY } from '../config';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { cancellationCodes, isTransactionCancelled, type TransactItem } from '../db/transactions';
import { commit, writeTogether } from '../db/unit-of-work';
import type { WebhookQueue } from '../ports';
import { enabledWebhooks, eventsToRaise, type RaisedEvents, relay } from '../webhooks/outbox';
import type { WebhookItem } from '../webhooks/repository';
import type { Units } from './amount';
import { balanceEvents } from './events';
import { availableOf, type Balance, EMPTY_BALANCE, type LedgerEntry } from './ledger';

/** What moves money needs: the table, the currency events state amounts in, and where events go at once. */
export interface MoneyDeps {
  db: Db;
  currency: string;
  /** Absent (the operators' command line): the events wait in the outbox for the sweeper. */
  webhookQueue?: WebhookQueue;
}

/** A function's dependencies as money needs them: its currency, or the platform's default one. */
export const moneyDeps = (deps: { db: Db; currency?: string; webhookQueue?: WebhookQueue }): MoneyDeps => ({
  db: deps.db,
  currency: deps.currency ?? DEFAULT_CURRENCY,
  ...(deps.webhookQueue ? { webhookQueue: deps.webhookQueue } : {}),
});

export interface BalanceRead extends Balance {
  version: number;
  /** What was charged in the calendar month (UTC) `spentMonth` names. */
  spentThisMonth: Units;
  spentMonth?: string;
  /** Below it, `account.balance_low` is raised, once per crossing. */
  lowBalanceThreshold?: Units;
  /** Set when `available` went below the threshold; cleared when it is back above. */
  lowBalanceAlerted?: boolean;
  monthlySpendLimit?: Units;
}

type BalanceItem = Partial<BalanceRead>;

export async function getBalance(db: Db, accountId: string): Promise<BalanceRead> {
  const item = await getItem<BalanceItem>(db, keys.balance(accountId));
  return {
    ...item,
    balance: item?.balance ?? EMPTY_BALANCE.balance,
    reserved: item?.reserved ?? EMPTY_BALANCE.reserved,
    creditLimit: item?.creditLimit ?? EMPTY_BALANCE.creditLimit,
    version: item?.version ?? 0,
    spentThisMonth: item?.spentThisMonth ?? 0,
  };
}

/** The calendar month of an instant, UTC: `2026-12`. */
export const monthOf = (now: Date): string => now.toISOString().slice(0, 7);

/** What was charged this month, as read (a month that has turned starts at 0). */
export const spentIn = (read: BalanceRead, now: Date): Units =>
  read.spentMonth === monthOf(now) ? read.spentThisMonth : 0;

/** One change of the balance: a movement of the balance itself (with its entry) and/or of what is held. */
export interface BalanceChange {
  entry?: Omit<LedgerEntry, 'balanceAfter' | 'createdAt'>;
  /** Added to what is held (negative: a hold charged or released). */
  reserved?: Units;
  /**
   * Whether the entry's id is claimed in a guard item (a retry of the same request finds it). A chunk's
   * charge needs none: its messages' claims and its hold's condition make it once already.
   */
  guarded?: boolean;
}

export interface BalancePlan {
  change: BalanceChange;
  /** Written in the same transaction; a condition of theirs that fails makes `plan` run again. */
  along?: readonly TransactItem[];
}

/** What a change did, as its plan and the balance read saw it. */
export interface BalanceChanged {
  before: BalanceRead;
  after: Balance;
  entry?: LedgerEntry;
  /** `available` went below the account's threshold with this change. */
  crossedLowBalance: boolean;
}

const ATTEMPTS = 25;

/**
 * After a conflict, a pause drawn at random up to 5 ms × 2^attempt (250 ms at most): rivals that all
 * read again at once would all meet again, as a burst of campaigns in one account did ("full jitter").
 */
const pauseAfterConflict = (attempt: number) =>
  new Promise((wake) => setTimeout(wake, Math.random() * Math.min(250, 5 * 2 ** attempt)));

/**
 * Changes an account's balance as `plan` decides from the balance read; `plan` answers undefined to
 * change nothing (already done, or refused: it says why through its own closure). On a conflict (the
 * balance moved, or an item of `along` no longer holds), reads and plans again. The events the change
 * raises (`balanceEvents`) are written with it, and relayed once it is.
 */
export async function changeBalance(
  deps: MoneyDeps,
  accountId: string,
  now: Date,
  plan: (read: BalanceRead) => Promise<BalancePlan | undefined>,
): Promise<BalanceChanged | undefined> {
  const { db } = deps;
  let endpoints: WebhookItem[] | undefined;
  for (let attempt = 1; ; attempt++) {
    const read = await getBalance(db, accountId);
    const planned = await plan(read);
    if (!planned) return undefined;
    const { items, changed } = changeItems(db, accountId, read, planned.change, now);
    const events = balanceEvents(accountId, changed, deps.currency, now);
    let raised: RaisedEvents | undefined;
    if (events.length) {
      endpoints ??= await enabledWebhooks(db, accountId);
      raised = eventsToRaise(db, { accountId, endpoints }, events, now);
    }
    try {
      await commit(db, [...items, ...(planned.along ?? []), ...(raised ? [raised.put] : [])]);
    } catch (error) {
      if (!isTransactionCancelled(error)) throw error;
      if (attempt >= ATTEMPTS) {
        throw new Error(`the balance of ${accountId} kept moving (${cancellationCodes(error).join(',')})`);
      }
      await pauseAfterConflict(attempt);
      continue;
    }
    await relay(deps, raised);
    return changed;
  }
}

function changeItems(
  db: Db,
  accountId: string,
  read: BalanceRead,
  change: BalanceChange,
  now: Date,
): { items: TransactItem[]; changed: BalanceChanged } {
  const moved = change.entry?.units ?? 0;
  const after: Balance = {
    balance: read.balance + moved,
    reserved: read.reserved + (change.reserved ?? 0),
    creditLimit: read.creditLimit,
  };
  const charged = change.entry?.type === 'CHARGE' ? -moved : 0;
  const threshold = read.lowBalanceThreshold;
  const below = threshold !== undefined && availableOf(after) < threshold;
  const crossedLowBalance = below && !read.lowBalanceAlerted;
  const entry: LedgerEntry | undefined = change.entry && {
    ...change.entry,
    balanceAfter: after.balance,
    createdAt: now.toISOString(),
  };
  const version = read.version + 1;
  const items: TransactItem[] = [
    {
      Update: {
        TableName: db.tableName,
        Key: keys.balance(accountId),
        UpdateExpression:
          'SET balance = :balance, reserved = :reserved, version = :next, spentMonth = :month, spentThisMonth = :spent, lowBalanceAlerted = :below, creditLimit = if_not_exists(creditLimit, :zero)',
        ConditionExpression: 'attribute_not_exists(version) OR version = :seen',
        ExpressionAttributeValues: {
          ':balance': after.balance,
          ':reserved': after.reserved,
          ':next': version,
          ':seen': read.version,
          ':month': monthOf(now),
          ':spent': spentIn(read, now) + charged,
          ':below': below,
          ':zero': 0,
        },
      },
    },
  ];
  if (entry && change.guarded !== false) {
    items.push({
      Put: {
        TableName: db.tableName,
        Item: { ...keys.ledgerGuard(accountId, entry.id), entity: 'ledgerGuard', entry },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    });
  }
  if (entry) {
    items.push({
      Put: {
        TableName: db.tableName,
        Item: { ...keys.ledgerEntry(accountId, version), entity: 'ledgerEntry', accountId, ...entry },
      },
    });
  }
  return { items, changed: { before: read, after, ...(entry ? { entry } : {}), crossedLowBalance } };
}

/** The settings an account's owner and its operators change on the balance item (no money moves). */
export async function setBalanceSettings(
  db: Db,
  accountId: string,
  settings: { lowBalanceThreshold?: Units | null; monthlySpendLimit?: Units | null; creditLimit?: Units },
  /** Written with it (its audit entry). */
  also: readonly TransactItem[] = [],
): Promise<BalanceRead> {
  const sets: string[] = [];
  const removes: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(settings)) {
    if (value === undefined) continue;
    if (value === null) removes.push(name);
    else {
      sets.push(`${name} = :${name}`);
      values[`:${name}`] = value;
    }
  }
  // A new threshold is judged afresh: the next change below it alerts.
  if (settings.lowBalanceThreshold !== undefined) removes.push('lowBalanceAlerted');
  // The version moves too: a hold decided on the settings as they were is decided again.
  await writeTogether(
    db,
    {
      Update: {
        TableName: db.tableName,
        Key: keys.balance(accountId),
        UpdateExpression: `ADD version :one${sets.length ? ` SET ${sets.join(', ')}` : ''}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
        ExpressionAttributeValues: { ':one': 1, ...values },
      },
    },
    also,
  );
  return getBalance(db, accountId);
}
