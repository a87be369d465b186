/**
 * Opening an account is three writes that no transaction can hold (the account, its opening top-up, its
 * owner's invitation through the user pool): a retry of the same request after a crash between them
 * finishes the work, and makes no second account, credits nothing twice, invites nobody twice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { listMembers } from '../../shared/accounts/member-repository';
import type { Actor } from '../../shared/audit/audit';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { newId } from '../../shared/ids';
import { getBalance } from '../../shared/money/balance';
import { listLedger } from '../../shared/money/repository';
import { findAccounts, openAccount } from '../../shared/operators/accounts';
import type { UserDirectory } from '../../shared/ports';
import { createTestDb } from '../support/db';

let db: Db;
const clock = new ManualClock('2026-07-01T08:00:00.000Z');
const operator: Actor = { type: 'operator', id: 'op-1', label: 'operateur@example.com' };

beforeAll(async () => {
  db = await createTestDb();
});

/** The user pool's side: who was invited; `down` plays the pool failing (the function then crashes). */
function directory() {
  const invited: string[] = [];
  const pool = {
    invited,
    down: false as boolean,
    async invite(email: string) {
      if (pool.down) throw new Error('the user pool did not answer');
      invited.push(email);
      return { userId: `user-${email}`, created: true, signedIn: false };
    },
    async forget() {},
  } satisfies UserDirectory & { invited: string[]; down: boolean };
  return pool;
}

const request = (operationId: string) => ({
  name: 'Clinique Sainte Marie',
  plan: { senderLimit: 2 },
  openingBalance: 40_000 as never,
  ownerEmail: 'direction@clinique.example',
  operationId,
});

describe('opening an account again after a crash half-way', () => {
  it('finds the account and its opening balance, and only invites its owner', async () => {
    const pool = directory();
    const operationId = newId(clock.now());
    pool.down = true;
    await expect(openAccount({ db, clock, directory: pool }, request(operationId), operator)).rejects.toThrow(
      'the user pool did not answer',
    );
    pool.down = false;
    clock.advance(5 * 60_000);
    const retried = await openAccount({ db, clock, directory: pool }, request(operationId), operator);

    expect(retried.account.id).toBe(operationId);
    expect(retried.issued).toBeUndefined();
    expect(retried.owner).toMatchObject({ email: 'direction@clinique.example', role: 'owner' });
    const found = await findAccounts(db, { page: 1, size: 10, search: 'clinique sainte' });
    expect(found.items.map((row) => row.account.id)).toEqual([operationId]);
    expect((await getBalance(db, operationId)).balance).toBe(40_000);
    const ledger = await listLedger(db, operationId, { page: 1, size: 10 });
    expect(ledger.items.map((entry) => [entry.type, entry.units])).toEqual([['TOP_UP', 40_000]]);
    expect(pool.invited).toEqual(['direction@clinique.example']);

    // Once more (the answer was lost after all of it): nothing changes.
    const again = await openAccount({ db, clock, directory: pool }, request(operationId), operator);
    expect(again.owner?.id).toBe(retried.owner?.id);
    expect((await getBalance(db, operationId)).balance).toBe(40_000);
    expect((await listMembers(db, operationId, { page: 1, size: 10 })).items).toHaveLength(1);
    expect(pool.invited).toEqual(['direction@clinique.example']);
  });

  it('opens a new account each time without an operation id (the command line)', async () => {
    const pool = directory();
    const input = { ...request(''), operationId: undefined, ownerEmail: undefined, name: 'Boulangerie Ama' };
    const first = await openAccount({ db, clock, directory: pool }, input, operator);
    const second = await openAccount({ db, clock, directory: pool }, input, operator);
    expect(first.account.id).not.toBe(second.account.id);
    expect(first.issued?.apiKey).toMatch(/^sk_/);
  });
});
