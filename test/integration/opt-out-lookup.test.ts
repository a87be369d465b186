import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../shared/accounts/repository';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { addOptOuts, optedOutAmong, removeOptOuts } from '../../shared/opt-outs/repository';
import { createTestDb } from '../support/db';

let db: Db;
const clock = new ManualClock('2026-07-01T08:00:00.000Z');

beforeAll(async () => {
  db = await createTestDb();
});

const phoneOf = (index: number) => `22507${String(index).padStart(8, '0')}`;
const newAccount = async () =>
  (await createAccount(db, { name: 'O', plan: { senderLimit: 1 }, now: clock.now() })).account.id;

// Which way the list is read (the whole list, or each phone) depends on its size beside the phones
// asked: both must answer the same, and only the account's own list.
describe('which of the phones are opted out', () => {
  it('answers the same whichever way it reads, for lists small and large beside the phones asked', async () => {
    const accountId = await newAccount();
    const other = await newAccount();
    const listed = Array.from({ length: 60 }, (_, index) => phoneOf(index));
    await addOptOuts(db, accountId, listed, { source: 'api' }, clock.now());
    await addOptOuts(db, other, [phoneOf(100), phoneOf(101)], { source: 'api' }, clock.now());
    await removeOptOuts(db, accountId, [phoneOf(7)], clock.now());
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { maxLength: 40 }),
        async (indexes) => {
          const phones = indexes.map(phoneOf);
          const expected = phones.filter((phone) => listed.includes(phone) && phone !== phoneOf(7));
          expect([...(await optedOutAmong(db, accountId, phones))].sort()).toEqual(expected.sort());
        },
      ),
      { numRuns: 40 },
    );
  });

  it('answers none when the account has no opt-out (its count says so)', async () => {
    const accountId = await newAccount();
    expect(await optedOutAmong(db, accountId, [phoneOf(1), phoneOf(2)])).toEqual(new Set());
  });
});
