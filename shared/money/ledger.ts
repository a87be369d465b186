/**
 * The ledger (CONTRACT.md, Money): every movement of an account's balance is an entry, and at every
 * moment the balance equals the sum of the entries. An entry's id is derived from the fact it records
 * (an operator's top-up request, later a chunk's charge), so a retry finds it and moves nothing more.
 */
import type { Units } from './amount';

export const ENTRY_TYPES = ['TOP_UP', 'CHARGE', 'REFUND', 'ADJUSTMENT'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export interface LedgerEntry {
  id: string;
  type: EntryType;
  /** Signed: a top-up adds, a charge takes away. */
  units: Units;
  balanceAfter: Units;
  note?: string;
  campaignId?: string;
  occurrence?: string;
  segments?: number;
  createdAt: string;
}

export interface Balance {
  balance: Units;
  /** Held for occurrences being sent (their cost, until charged or released). */
  reserved: Units;
  /** How far below zero a post-paid account may go (operators; 0 by default). */
  creditLimit: Units;
}

export const EMPTY_BALANCE: Balance = { balance: 0, reserved: 0, creditLimit: 0 };

/** What may still be spent: `balance − reserved + creditLimit`. */
export const availableOf = (balance: Balance): Units =>
  balance.balance - balance.reserved + balance.creditLimit;
