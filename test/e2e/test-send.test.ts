import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** A new account holding `amount` (an operator's top-up), and its key. */
async function accountWith(amount: number) {
  const { account, apiKey } = await createAccount(stack.db, {
    name: 'Client',
    plan: { senderLimit: 1 },
    now: stack.clock.now(),
  });
  await recordMovement(
    moneyDeps({ db: stack.db }),
    account.id,
    { id: newId(stack.clock.now()), type: 'TOP_UP', units: amount * 10_000 },
    stack.clock.now(),
  );
  return apiKey;
}

async function outboxTo(phone: string) {
  const response = await fetch(`${stack.url}/_local/outbox`);
  return ((await response.json()) as { data: { to: string; text: string }[] }).data.filter(
    (message) => message.to === phone,
  );
}

describe('test sends (campaign/test)', () => {
  it('sends now through the real path, rendered with the values given, charged, in no campaign list', async () => {
    const apiKey = await accountWith(1_000);
    const answer = await stack.call(
      '/v1/campaign/test',
      {
        text: 'Bonjour @prenom{cher client}, votre facture de @montant FCFA est disponible.',
        phones: ['+225 07 00 06 00 01', '2250700060002'],
        contact: { firstName: 'Awa', fields: { montant: '12 500' } },
      },
      apiKey,
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const text = 'Bonjour Awa, votre facture de 12 500 FCFA est disponible.';
    expect(answer.body.data.messages).toEqual([
      { phone: '2250700060001', text, segments: 1, status: 'SENT' },
      { phone: '2250700060002', text, segments: 1, status: 'SENT' },
    ]);
    expect((await outboxTo('2250700060001')).map((message) => message.text)).toEqual([text]);
    // Charged as any message: 25 a segment in Côte d'Ivoire (the demonstration prices).
    const balance = (await stack.call('/v1/account/balance', {}, apiKey)).body.data;
    expect(balance.balance).toEqual({ amount: 950, currency: 'XOF' });
    expect(balance.reserved).toEqual({ amount: 0, currency: 'XOF' });
    expect((await stack.call('/v1/campaign/list', {}, apiKey)).body.totalCount).toBe(0);
    // Nor saved as contacts.
    expect((await stack.call('/v1/contact/list', {}, apiKey)).body.totalCount).toBe(0);
  });

  it('refuses more than 5 phones, none, and a text too long, naming the field', async () => {
    const apiKey = await accountWith(100);
    const six = Array.from({ length: 6 }, (_, i) => `225070006010${i}`);
    const tooMany = await stack.call('/v1/campaign/test', { text: 'Test', phones: six }, apiKey);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.details).toEqual([{ path: 'phones', message: 'must hold at most 5 phones' }]);
    const none = await stack.call('/v1/campaign/test', { text: 'Test', phones: [] }, apiKey);
    expect(none.body.details).toEqual([{ path: 'phones', message: 'give at least one phone' }]);
    const bad = await stack.call('/v1/campaign/test', { text: 'Test', phones: ['12'] }, apiKey);
    expect(bad.body.details).toEqual([{ path: 'phones.0', message: expect.any(String) }]);
  });

  it('refuses what the balance cannot cover, and a 31st test in the hour', async () => {
    const broke = await accountWith(0);
    const refused = await stack.call('/v1/campaign/test', { text: 'Test', phones: ['2250700060201'] }, broke);
    expect(refused.status).toBe(402);
    expect(refused.body.error).toBe('insufficient-balance');

    const apiKey = await accountWith(10_000);
    for (let i = 0; i < 30; i++) {
      const sent = await stack.call(
        '/v1/campaign/test',
        { text: `Test ${i}`, phones: ['2250700060301'] },
        apiKey,
      );
      expect(sent.status).toBe(200);
    }
    const limited = await stack.call(
      '/v1/campaign/test',
      { text: 'Un de trop', phones: ['2250700060301'] },
      apiKey,
    );
    expect(limited.status).toBe(429);
    expect(limited.body.error).toBe('rate-limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
