/**
 * An occurrence's money, in two phases (TigerBeetle's two-phase transfers, DESIGN.md): its cost is
 * held when it is dispatched (a pending transfer), each chunk charges what it handed over (a post in
 * part), and its end releases the rest (a void of what is left). The hold, what was charged of it and
 * its release are one item beside the occurrence's, written in the transaction that moves the balance,
 * each on condition of what was read there: a retried dispatch holds nothing more, a release happens once.
 */
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import type { TransactItem } from '../db/transactions';
import { AppError } from '../errors';
import { money, type Units } from './amount';
import {
  type BalanceChanged,
  type BalanceRead,
  changeBalance,
  getBalance,
  type MoneyDeps,
  spentIn,
} from './balance';
import { availableOf } from './ledger';

export interface OccurrenceRef {
  accountId: string;
  campaignId: string;
  slot: string;
}

/** An occurrence's hold. */
export interface Hold {
  /** Held at dispatch; absent for an occurrence dispatched before billing, or refused. */
  held?: Units;
  /** Charged so far by its chunks. */
  charged?: Units;
  /** What its end gave back of the hold. */
  holdReleased?: Units;
  /** The prices it was held at: its chunks, even those quiet hours hold back, charge at these. */
  prices?: Record<string, Units>;
}

/**
 * Why an occurrence may be refused, and then fails with this reason, uncharged: what the account cannot
 * pay, or (before any hold) its suspension by the platform's operators.
 */
export const HOLD_REFUSALS = [
  'insufficient-balance',
  'spend-limit-reached',
  'cost-cap-exceeded',
  'account-suspended',
] as const;
export type HoldRefusal = (typeof HOLD_REFUSALS)[number];

export type HoldOutcome =
  | { held: true; changed?: BalanceChanged }
  | { held: false; reason: HoldRefusal; cost: Units; available: Units };

const holdKey = (ref: OccurrenceRef) => keys.occurrenceHold(ref.accountId, ref.campaignId, ref.slot);

export const holdOf = async (db: Db, ref: OccurrenceRef): Promise<Hold> =>
  (await getItem<Hold>(db, holdKey(ref))) ?? {};

/** Whether the account may spend `cost` now, as read: the reason it may not, else undefined. */
export function refusalOf(
  read: BalanceRead,
  cost: Units,
  now: Date,
  maxCost?: Units,
): HoldRefusal | undefined {
  if (maxCost !== undefined && cost > maxCost) return 'cost-cap-exceeded';
  if (cost > availableOf(read)) return 'insufficient-balance';
  const limit = read.monthlySpendLimit;
  // What is held is spending to come: it counts against the month's limit too.
  if (limit !== undefined && spentIn(read, now) + read.reserved + cost > limit) {
    return 'spend-limit-reached';
  }
  return undefined;
}

const REFUSAL_MESSAGES: Record<HoldRefusal, string> = {
  'insufficient-balance': "The account's available balance does not cover this campaign's cost.",
  'spend-limit-reached': "This campaign would pass the account's monthly spend limit.",
  'cost-cap-exceeded': 'This campaign would cost more than its maxCost.',
  'account-suspended': 'This account is suspended.',
};

/**
 * Refuses, before anything is written, what the account cannot pay for now (an immediate campaign):
 * `402` with the cost and what is available. The dispatch's hold decides again, for good.
 */
export async function ensureAffordable(
  db: Db,
  accountId: string,
  cost: Units,
  now: Date,
  currency: string,
  maxCost?: Units,
): Promise<void> {
  const read = await getBalance(db, accountId);
  const reason = refusalOf(read, cost, now, maxCost);
  if (!reason) return;
  throw new AppError(reason, REFUSAL_MESSAGES[reason], {
    details: {
      cost: money(cost, currency),
      available: money(availableOf(read), currency),
      ...(maxCost !== undefined ? { maxCost: money(maxCost, currency) } : {}),
    },
  });
}

/**
 * Holds an occurrence's cost, once: a dispatch retried finds the hold and holds nothing more. Refused
 * (nothing held) when the account cannot spend it.
 */
export async function holdOccurrence(
  deps: MoneyDeps,
  ref: OccurrenceRef,
  cost: Units,
  prices: Record<string, Units>,
  now: Date,
  maxCost?: Units,
): Promise<HoldOutcome> {
  let refused: HoldOutcome | undefined;
  const { db } = deps;
  const changed = await changeBalance(deps, ref.accountId, now, async (read) => {
    if ((await holdOf(db, ref)).held !== undefined) return undefined;
    const reason = refusalOf(read, cost, now, maxCost);
    if (reason) {
      refused = { held: false, reason, cost, available: availableOf(read) };
      return undefined;
    }
    return {
      change: { reserved: cost },
      along: [
        {
          Update: {
            TableName: db.tableName,
            Key: holdKey(ref),
            UpdateExpression: 'SET entity = :entity, held = :cost, prices = :prices',
            ConditionExpression: 'attribute_not_exists(held)',
            ExpressionAttributeValues: { ':entity': 'hold', ':cost': cost, ':prices': prices },
          },
        },
      ],
    };
  });
  return refused ?? { held: true, ...(changed ? { changed } : {}) };
}

/**
 * A chunk's charge, in the transaction of its stats (`stats`: the campaign's and the occurrence's
 * counts): a CHARGE entry of what it handed over, taken from the occurrence's hold. What goes beyond
 * the hold (a recipient who was opted out at dispatch and no longer is) is charged all the same, and
 * takes nothing from it. The hold's `charged` is written on condition it is as read, so two chunks
 * charging at once each take their own part. The entry's id is its chunk's and its first message's:
 * each message is handed over once (its claim), so no two charges share one.
 */
export async function chargeChunk(
  deps: MoneyDeps,
  ref: OccurrenceRef & { chunk: number },
  charge: { units: Units; segments: number; firstPhone: string },
  now: Date,
  stats: readonly TransactItem[],
): Promise<BalanceChanged | undefined> {
  const { db } = deps;
  return changeBalance(deps, ref.accountId, now, async () => {
    const hold = await holdOf(db, ref);
    const seen = hold.charged ?? 0;
    const holding = hold.holdReleased === undefined ? Math.max(0, (hold.held ?? 0) - seen) : 0;
    return {
      change: {
        entry: {
          id: `charge-${ref.campaignId}-${ref.slot}-${ref.chunk}-${charge.firstPhone}`,
          type: 'CHARGE',
          units: -charge.units,
          campaignId: ref.campaignId,
          occurrence: ref.slot,
          segments: charge.segments,
        },
        guarded: false,
        reserved: -Math.min(holding, charge.units),
      },
      along: [
        {
          Update: {
            TableName: db.tableName,
            Key: holdKey(ref),
            UpdateExpression: 'SET entity = :entity, charged = :charged',
            ConditionExpression: 'attribute_not_exists(charged) OR charged = :seen',
            ExpressionAttributeValues: { ':entity': 'hold', ':charged': seen + charge.units, ':seen': seen },
          },
        },
        ...stats,
      ],
    };
  });
}

/** Gives back what an ended occurrence did not charge of its hold, once. */
export async function releaseHold(
  deps: MoneyDeps,
  ref: OccurrenceRef,
  now: Date,
): Promise<BalanceChanged | undefined> {
  const { db } = deps;
  return changeBalance(deps, ref.accountId, now, async () => {
    const hold = await holdOf(db, ref);
    if (hold.held === undefined || hold.holdReleased !== undefined) return undefined;
    const seen = hold.charged ?? 0;
    const rest = Math.max(0, hold.held - seen);
    return {
      change: { reserved: -rest },
      along: [
        {
          Update: {
            TableName: db.tableName,
            Key: holdKey(ref),
            UpdateExpression: 'SET holdReleased = :rest',
            ConditionExpression:
              'attribute_not_exists(holdReleased) AND (attribute_not_exists(charged) OR charged = :seen)',
            ExpressionAttributeValues: { ':rest': rest, ':seen': seen },
          },
        },
      ],
    };
  });
}
