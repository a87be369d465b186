import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmsClient } from '../../sdk/src/index';
import { createAccount } from '../../shared/accounts/repository';
import { newId } from '../../shared/ids';
import { moneyDeps } from '../../shared/money/balance';
import { recordMovement } from '../../shared/money/repository';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

/** What an operator's `account top-up` / `account adjust` records. */
const move = (accountId: string, units: number, note: string) =>
  recordMovement(
    moneyDeps({ db: stack.db }),
    accountId,
    { id: newId(stack.clock.now()), type: units > 0 ? 'TOP_UP' : 'ADJUSTMENT', units, note },
    stack.clock.now(),
  );

const xof = (amount: number) => ({ amount, currency: 'XOF' });

describe("the account's balance and its movements", () => {
  it('answers a new account nothing to spend, in the platform currency', async () => {
    const { apiKey } = await createAccount(stack.db, {
      name: 'Neuf',
      plan: { senderLimit: 1 },
      now: stack.clock.now(),
    });
    const answer = await stack.call('/v1/account/balance', {}, apiKey);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({
      balance: xof(0),
      reserved: xof(0),
      available: xof(0),
      creditLimit: xof(0),
      lowBalanceThreshold: null,
      monthlySpendLimit: null,
      spentThisMonth: xof(0),
    });
    expect((await stack.call('/v1/account/transactions', {}, apiKey)).body).toMatchObject({
      data: [],
      totalCount: 0,
    });
  });

  it('shows each top-up and adjustment, newest first, the balance their sum, and only its own', async () => {
    const { account, apiKey } = await createAccount(stack.db, {
      name: 'Boutique',
      plan: { senderLimit: 1 },
      now: stack.clock.now(),
    });
    await move(account.id, 1_000_000_000, 'Virement du 3 décembre');
    await move(account.id, -450, 'Correction');
    await move(account.id, 25_000, 'Geste commercial');
    expect((await stack.call('/v1/account/balance', {}, apiKey)).body.data).toMatchObject({
      balance: xof(100_002.455),
      available: xof(100_002.455),
    });
    const page = await stack.call('/v1/account/transactions', { count: 2 }, apiKey);
    expect(page.body).toMatchObject({ totalCount: 3, count: 2, page: 1, totalPage: 2 });
    expect(page.body.data).toEqual([
      expect.objectContaining({
        type: 'TOP_UP',
        amount: xof(2.5),
        balanceAfter: xof(100_002.455),
        note: 'Geste commercial',
      }),
      expect.objectContaining({ type: 'ADJUSTMENT', amount: xof(-0.045), balanceAfter: xof(99_999.955) }),
    ]);
    // Another account's key sees its own ledger, never this one.
    expect((await stack.call('/v1/account/transactions', {})).body.data).not.toContainEqual(
      expect.objectContaining({ note: 'Virement du 3 décembre' }),
    );
    // The SDK reads the same.
    const sms = new SmsClient({ apiKey, baseUrl: stack.url });
    expect((await sms.account.balance()).balance).toEqual(xof(100_002.455));
    expect((await sms.account.transactions({ page: 2, count: 2 })).data).toEqual([
      expect.objectContaining({ type: 'TOP_UP', amount: xof(100_000), note: 'Virement du 3 décembre' }),
    ]);
  });

  it('refuses a field it does not know, and a page that is not one', async () => {
    const unknown = await stack.call('/v1/account/transactions', {
      type: 'GIFT',
      campaignId: 'nope',
      kind: 'CHARGE',
      page: 0,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details.map((detail: { path: string }) => detail.path).sort()).toEqual([
      'campaignId',
      'kind',
      'page',
      'type',
    ]);
  });
});
