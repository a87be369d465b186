import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AdminContext, parseAdminArgs, runAdminCommand, UsageError } from '../../admin/commands';
import { createAccount } from '../../shared/accounts/repository';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { OperatorError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { getBalance, moneyDeps } from '../../shared/money/balance';
import { holdOccurrence } from '../../shared/money/holds';
import { EntryConflict, listLedger, recordMovement } from '../../shared/money/repository';
import { createTestDb } from '../support/db';

let db: Db;
const clock = new ManualClock('2026-07-01T08:00:00.000Z');

beforeAll(async () => {
  db = await createTestDb();
});

const newAccount = async () =>
  (await createAccount(db, { name: 'L', plan: { senderLimit: 1 }, now: clock.now() })).account.id;

/** The whole ledger of an account, every page. */
async function ledgerOf(accountId: string) {
  const page = await listLedger(db, accountId, { page: 1, size: 1000 });
  return page.items;
}

async function expectBalanceIsSumOfLedger(accountId: string) {
  const entries = await ledgerOf(accountId);
  const balance = await getBalance(db, accountId);
  expect(balance.balance).toBe(entries.reduce((sum, entry) => sum + entry.units, 0));
  return { balance, entries };
}

describe('the ledger', () => {
  it('moves the balance with each entry, in one transaction, newest first in the listing', async () => {
    const accountId = await newAccount();
    await recordMovement(
      moneyDeps({ db }),
      accountId,
      { id: 'topup-1', type: 'TOP_UP', units: 1_000_000, note: 'Virement' },
      clock.now(),
    );
    clock.advance(1000);
    const taken = await recordMovement(
      moneyDeps({ db }),
      accountId,
      { id: 'adj-1', type: 'ADJUSTMENT', units: -2_500, note: 'Geste' },
      clock.now(),
    );
    expect(taken.balanceAfter).toBe(997_500);
    const { entries } = await expectBalanceIsSumOfLedger(accountId);
    expect(entries.map((entry) => [entry.id, entry.units, entry.balanceAfter])).toEqual([
      ['adj-1', -2_500, 997_500],
      ['topup-1', 1_000_000, 1_000_000],
    ]);
  });

  it('moves nothing twice for one movement retried, and refuses its id for another amount', async () => {
    const accountId = await newAccount();
    const movement = { id: 'request-42', type: 'TOP_UP' as const, units: 500_000 };
    const [first, again] = await Promise.all([
      recordMovement(moneyDeps({ db }), accountId, movement, clock.now()),
      recordMovement(moneyDeps({ db }), accountId, movement, clock.now()),
    ]);
    expect(again).toEqual(first);
    await expect(
      recordMovement(moneyDeps({ db }), accountId, { ...movement, units: 1 }, clock.now()),
    ).rejects.toBeInstanceOf(EntryConflict);
    const { balance, entries } = await expectBalanceIsSumOfLedger(accountId);
    expect([balance.balance, entries.length]).toEqual([500_000, 1]);
  });

  it('keeps balance = Σ ledger whatever movements race for it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: -50_000, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
        async (amounts) => {
          const accountId = await newAccount();
          await Promise.all(
            amounts.map((units) =>
              recordMovement(
                moneyDeps({ db }),
                accountId,
                { id: newId(clock.now()), type: units < 0 ? 'ADJUSTMENT' : 'TOP_UP', units },
                clock.now(),
              ),
            ),
          );
          const { balance, entries } = await expectBalanceIsSumOfLedger(accountId);
          expect(entries).toHaveLength(amounts.length);
          expect(balance.balance).toBe(amounts.reduce((sum, units) => sum + units, 0));
          // Each entry's balanceAfter is the running sum in the order the movements were made.
          const oldestFirst = [...entries].reverse();
          let running = 0;
          for (const entry of oldestFirst) {
            running += entry.units;
            expect(entry.balanceAfter).toBe(running);
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe("the operators' top-ups and adjustments", () => {
  const context = (): AdminContext => ({ db, clock });
  // biome-ignore lint/suspicious/noExplicitAny: command outputs are JSON checked field by field
  const admin = async (...argv: string[]): Promise<any> => {
    const { values, positionals } = parseAdminArgs(argv);
    return runAdminCommand(positionals, values, context());
  };

  it('sets a credit limit and a monthly spend limit, which the holds then honour', async () => {
    const accountId = await newAccount();
    expect(await admin('account', 'set-credit-limit', accountId, '100')).toEqual({
      accountId,
      available: 100,
      creditLimit: 100,
      monthlySpendLimit: null,
    });
    const occurrence = (slot: string) => ({ accountId, campaignId: 'c1', slot });
    // Post-paid: a hold may take the balance below zero, down to −creditLimit.
    expect(await holdOccurrence(moneyDeps({ db }), occurrence('s1'), 600_000, {}, clock.now())).toMatchObject(
      {
        held: true,
      },
    );
    expect(await holdOccurrence(moneyDeps({ db }), occurrence('s2'), 500_000, {}, clock.now())).toMatchObject(
      {
        held: false,
        reason: 'insufficient-balance',
        available: 400_000,
      },
    );
    expect(await admin('account', 'set-spend-limit', accountId, '80')).toMatchObject({
      monthlySpendLimit: 80,
    });
    // 60 held + 30 more would pass the month's 80.
    expect(await holdOccurrence(moneyDeps({ db }), occurrence('s3'), 300_000, {}, clock.now())).toMatchObject(
      {
        held: false,
        reason: 'spend-limit-reached',
      },
    );
    expect(await admin('account', 'set-spend-limit', accountId, 'none')).toMatchObject({
      monthlySpendLimit: null,
    });
    expect(await holdOccurrence(moneyDeps({ db }), occurrence('s3'), 300_000, {}, clock.now())).toMatchObject(
      {
        held: true,
      },
    );
    await expect(admin('account', 'set-credit-limit', accountId, '-5')).rejects.toBeInstanceOf(UsageError);
    await expectBalanceIsSumOfLedger(accountId);
  });

  it('tops up with a note, adjusts either way, and shows the balance with its ledger', async () => {
    const accountId = await newAccount();
    expect(
      await admin('account', 'top-up', accountId, '100000', '--note', 'Virement Orange Money'),
    ).toMatchObject({
      accountId,
      type: 'TOP_UP',
      amount: 100_000,
      balanceAfter: 100_000,
      note: 'Virement Orange Money',
    });
    clock.advance(1000);
    await admin('account', 'adjust', accountId, '-0.0450', '--note', 'Erreur de saisie');
    expect(await admin('account', 'ledger', accountId)).toMatchObject({
      accountId,
      balance: 99_999.955,
      reserved: 0,
      available: 99_999.955,
      totalCount: 2,
      transactions: [
        { type: 'ADJUSTMENT', amount: -0.045, balanceAfter: 99_999.955 },
        { type: 'TOP_UP', amount: 100_000, balanceAfter: 100_000 },
      ],
    });
    await expectBalanceIsSumOfLedger(accountId);
  });

  it('refuses a top-up of nothing or less, an amount of more than 4 decimals, no note, or no such account', async () => {
    const accountId = await newAccount();
    for (const amount of ['0', '-5', '1.00001', 'cent']) {
      await expect(admin('account', 'top-up', accountId, amount, '--note', 'x')).rejects.toBeInstanceOf(
        UsageError,
      );
    }
    await expect(admin('account', 'adjust', accountId, '0', '--note', 'x')).rejects.toBeInstanceOf(
      UsageError,
    );
    await expect(admin('account', 'top-up', accountId, '10')).rejects.toBeInstanceOf(UsageError);
    await expect(
      admin('account', 'top-up', '0123456789abcdef01234567', '10', '--note', 'x'),
    ).rejects.toBeInstanceOf(OperatorError);
    expect(await ledgerOf(accountId)).toEqual([]);
  });
});
