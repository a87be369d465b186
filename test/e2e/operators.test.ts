/**
 * The operators' routes (CONTRACT.md, Operators' back office): only a token of the pool's `operators`
 * group with TOTP opens them; accounts opened, found, topped up, suspended and resumed; the sender queue;
 * prices with the provider's cost; the overview read from the usage counters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureUser } from '../../local/cognito';
import { startTestStack, type TestStack } from '../support/local-stack';
import { bearer, claimsOf, signIn, signInWithTotp } from '../support/people';

let stack: TestStack;
let operator: string;

beforeAll(async () => {
  stack = await startTestStack();
  operator = await signInWithTotp(stack.cognito, stack.people.operator);
});
afterAll(async () => {
  await stack?.stop();
});

const asOperator = (path: string, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  stack.post(path, body, { ...bearer(operator), ...headers });

const emailsTo = async (to: string) => {
  const answer = await fetch(`${stack.url}/_local/emails?to=${encodeURIComponent(to)}`);
  return ((await answer.json()) as { data: { subject: string; code: string }[] }).data;
};

describe('who may call the operators’ routes', () => {
  it('refuses no credential (401), an API key and a customer’s user (403), an operator without TOTP (403)', async () => {
    const path = '/v1/operator/account/list';
    expect((await stack.post(path, {})).body.error).toBe('invalid-token');
    const keyed = await stack.call(path);
    expect([keyed.status, keyed.body.error]).toEqual([403, 'forbidden']);
    const owner = await signIn(stack.cognito, stack.people.owner.email, stack.people.owner.password);
    const customer = await stack.post(path, {}, bearer(owner));
    expect([customer.status, customer.body.error]).toEqual([403, 'forbidden']);

    const plain = { email: 'sans-totp@example.com', password: 'Operateur-Sans-2026!' };
    await ensureUser(stack.cognito, { ...plain, operator: true });
    const withoutTotp = await signIn(stack.cognito, plain.email, plain.password);
    const refused = await stack.post(path, {}, bearer(withoutTotp));
    expect([refused.status, refused.body.error]).toEqual([403, 'totp-required']);
  });

  it('answers an unknown operator route with the contract’s 404', async () => {
    const unknown = await asOperator('/v1/operator/nothing/here');
    expect([unknown.status, unknown.body.error]).toEqual([404, 'route-not-found']);
  });
});

describe('accounts', () => {
  it('opens an account with its opening balance and invites its first owner', async () => {
    const opened = await asOperator('/v1/operator/account/create', {
      name: 'Boutique Awa',
      openingBalance: 50000,
      ownerEmail: 'awa.diallo@example.com',
      plan: { senderLimit: 3 },
    });
    expect(opened.status).toBe(201);
    expect(opened.body.data).toMatchObject({
      name: 'Boutique Awa',
      status: 'ACTIVE',
      plan: { senderLimit: 3 },
      owner: { email: 'awa.diallo@example.com', role: 'owner', status: 'INVITED' },
    });
    expect(opened.body.data).not.toHaveProperty('apiKey');
    const [invitation] = await emailsTo('awa.diallo@example.com');
    expect(invitation?.code).toBeTruthy();

    const id = opened.body.data.id;
    const file = await asOperator(`/v1/operator/account/${id}`);
    expect(file.body.data.balance.available).toEqual({ amount: 50000, currency: 'XOF' });
    expect(file.body.data.members.items.map((member: { email: string }) => member.email)).toEqual([
      'awa.diallo@example.com',
    ]);
    const found = await asOperator('/v1/operator/account/list', { search: 'boutique a' });
    expect(found.body.data.map((row: { id: string }) => row.id)).toEqual([id]);
    expect((await asOperator('/v1/operator/account/list', { search: id })).body.data[0].id).toBe(id);

    // The audit log of the account names the operator for each change.
    const ledger = await asOperator(`/v1/operator/account/${id}/ledger`);
    expect(ledger.body.data[0]).toMatchObject({ type: 'TOP_UP', note: "Solde d'ouverture" });
  });

  it('tops up and adjusts with a note, each once per Idempotency-Key, and sets the limits', async () => {
    const accountId = stack.demo.accountId;
    const before = (await stack.call('/v1/account/balance')).body.data.balance.amount;
    const key = { 'idempotency-key': `topup-${Date.now()}` };
    const topUp = () =>
      asOperator(`/v1/operator/account/${accountId}/top-up`, { amount: 1000, note: 'Virement' }, key);
    expect((await topUp()).status).toBe(201);
    expect((await topUp()).status).toBe(201);
    const adjusted = await asOperator(`/v1/operator/account/${accountId}/adjust`, {
      amount: '-250',
      note: 'Correction',
    });
    expect(adjusted.body.data.amount).toEqual({ amount: -250, currency: 'XOF' });
    expect((await stack.call('/v1/account/balance')).body.data.balance.amount).toBe(before + 750);

    const zero = await asOperator(`/v1/operator/account/${accountId}/top-up`, { amount: 0, note: 'Rien' });
    expect(zero.body.error).toBe('validation-error');
    const limits = await asOperator(`/v1/operator/account/${accountId}/limits`, {
      monthlySpendLimit: 900000,
    });
    expect(limits.body.data.monthlySpendLimit).toEqual({ amount: 900000, currency: 'XOF' });
    const audit = await stack.call('/v1/audit/list', { action: 'account.top_up' });
    expect(audit.body.data[0].actor).toEqual({
      type: 'operator',
      id: claimsOf(operator).sub,
      label: stack.people.operator.email,
    });
    expect(audit.body.totalCount).toBe(1);
  });

  it('suspends an account (its key and its people get 403 account-suspended) and resumes it', async () => {
    const accountId = stack.demo.accountId;
    const suspended = await asOperator(`/v1/operator/account/${accountId}/suspend`, {
      reason: 'Spam signalé',
    });
    expect(suspended.body.data).toMatchObject({
      status: 'SUSPENDED',
      suspension: { reason: 'Spam signalé' },
    });
    const refused = await stack.call('/v1/sender/list');
    expect([refused.status, refused.body.error]).toEqual([403, 'account-suspended']);
    const owner = await signIn(stack.cognito, stack.people.owner.email, stack.people.owner.password);
    expect((await stack.post('/v1/group/list', {}, bearer(owner))).body.error).toBe('account-suspended');
    // Who they are still answers, so the console can say why.
    expect((await stack.post('/v1/me', {}, bearer(owner))).status).toBe(200);
    const again = await asOperator(`/v1/operator/account/${accountId}/suspend`, { reason: 'Encore' });
    expect(again.status).toBe(409);

    const resumed = await asOperator(`/v1/operator/account/${accountId}/resume`, { note: 'Réglé' });
    expect(resumed.body.data.status).toBe('ACTIVE');
    expect((await stack.call('/v1/sender/list')).status).toBe(200);
    const audit = await stack.call('/v1/audit/list', { actorId: claimsOf(operator).sub });
    expect(audit.body.data.map((entry: { action: string }) => entry.action)).toEqual(
      expect.arrayContaining(['account.suspend', 'account.resume']),
    );
    expect((await asOperator(`/v1/operator/account/${accountId}/resume`)).body.error).toBe(
      'account-not-suspended',
    );
  });

  it('answers 404 account-not-found for an unknown or malformed account', async () => {
    expect((await asOperator('/v1/operator/account/0123456789abcdef01234567')).body.error).toBe(
      'account-not-found',
    );
    expect((await asOperator('/v1/operator/account/nope/suspend', { reason: 'abc' })).status).toBe(404);
  });
});

describe('the sender queue', () => {
  it('lists PENDING requests of every account, oldest first; accepts one and refuses one with a reason', async () => {
    const first = await stack.call('/v1/sender/create', {
      name: 'AwaShop',
      description: 'Les promotions de la boutique',
    });
    const second = await stack.call('/v1/sender/create', {
      name: 'AwaInfo',
      description: 'Les informations aux clients',
    });
    const queue = await asOperator('/v1/operator/sender/list');
    const ids = queue.body.data.map((sender: { id: string }) => sender.id);
    expect(ids.indexOf(first.body.data.id)).toBeLessThan(ids.indexOf(second.body.data.id));
    expect(queue.body.data[0].accountId).toBeDefined();

    const accepted = await asOperator(`/v1/operator/sender/${first.body.data.id}/status`, {
      status: 'ACCEPTED',
    });
    expect(accepted.body.data.status).toBe('ACCEPTED');
    const noReason = await asOperator(`/v1/operator/sender/${second.body.data.id}/status`, {
      status: 'REFUSED',
    });
    expect([noReason.status, noReason.body.error]).toEqual([400, 'reason-required']);
    await asOperator(`/v1/operator/sender/${second.body.data.id}/status`, {
      status: 'REFUSED',
      reason: 'Marque non justifiée',
    });
    const back = await asOperator(`/v1/operator/sender/${second.body.data.id}/status`, {
      status: 'ACCEPTED',
    });
    expect([back.status, back.body.error]).toEqual([409, 'status-change-not-allowed']);

    const mine = (await stack.call('/v1/sender/list')).body.data;
    expect(mine.find((sender: { id: string }) => sender.id === first.body.data.id).status).toBe('ACCEPTED');
    expect(mine.find((sender: { id: string }) => sender.id === second.body.data.id)).toMatchObject({
      status: 'REFUSED',
      refusalReason: 'Marque non justifiée',
    });
  });
});

describe('prices and the overview', () => {
  it('lists each price with the provider’s cost and the margin', async () => {
    await asOperator('/v1/operator/price/provider-cost', { country: 'CI', cost: 18 });
    const prices = await asOperator('/v1/operator/price/list');
    const ci = prices.body.data.find((row: { country: string }) => row.country === 'CI');
    expect(ci.providerCost).toEqual({ amount: 18, currency: 'XOF' });
    expect(ci.margin).toEqual({ amount: ci.price.amount - 18, currency: 'XOF' });
  });

  it('counts what was sent by day, country and network, and what it cost', async () => {
    const sent = await stack.call('/v1/campaign/create', {
      type: 'SMS',
      text: 'Bonjour, nos soldes commencent demain',
      contacts: [{ phone: '2250701020304' }, { phone: '2250501020304' }, { phone: '2250701020305' }],
    });
    expect(sent.status).toBe(201);
    await stack.later(10);
    // The carrier reports a couple of seconds after the messages went.
    expect((await stack.later(10)).reported).toBe(3);
    const overview = (await asOperator('/v1/operator/overview')).body.data;
    expect(overview.days).toHaveLength(30);
    expect(overview.total.sent).toBe(3);
    // The carrier's reports (the local outbox's, a couple of seconds after sending) count on the day sent.
    expect([overview.total.delivered, overview.total.deliveryRate]).toEqual([3, 1]);
    expect(overview.networks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ country: 'CI', network: 'Orange', sent: 2 }),
        expect.objectContaining({ country: 'CI', network: 'MTN', sent: 1 }),
      ]),
    );
    const ci = overview.countries.find((row: { country: string }) => row.country === 'CI');
    expect(ci.providerCost).toEqual({ amount: 18 * 3, currency: 'XOF' });
    expect(ci.margin.amount).toBe(ci.charged.amount - 54);
    expect(overview.topAccounts[0]).toMatchObject({ id: stack.demo.accountId, sent: 3 });
  });
});

describe('the dead-letter queues', () => {
  const failures = (rule: Record<string, unknown>) =>
    fetch(`${stack.url}/_local/outbox/failures`, { method: 'POST', body: JSON.stringify(rule) });
  const queue = async (name: string) =>
    (
      (await asOperator('/v1/operator/queue/list')).body.data as {
        name: string;
        depth: number;
        oldestAt?: string;
      }[]
    ).find((candidate) => candidate.name === name);

  it('shows a chunk dead-lettered after its retries, and redrives it: the message goes', async () => {
    const phone = '2250700009001';
    expect((await failures({ phone, kind: 'transient', times: 1000 })).status).toBe(200);
    const created = await stack.call('/v1/campaign/create', { contacts: [{ phone }], text: 'Essai de file' });
    await stack.queues.drain();
    const names = ((await asOperator('/v1/operator/queue/list')).body.data as { name: string }[]).map(
      (candidate) => candidate.name,
    );
    expect(names).toEqual(expect.arrayContaining(['dispatch', 'send', 'webhooks']));
    expect(await queue('send')).toMatchObject({ depth: 1, oldestAt: expect.any(String), redrivable: true });

    await failures({ phone, kind: 'transient', times: 0 });
    const redriven = await asOperator('/v1/operator/queue/redrive', { queue: 'send' });
    expect(redriven.status, JSON.stringify(redriven.body)).toBe(200);
    expect(redriven.body.data).toEqual({ queue: 'send', started: true });
    await stack.queues.drain();
    expect((await queue('send'))?.depth).toBe(0);
    const sent = await fetch(`${stack.url}/_local/outbox?campaignId=${created.body.data.id}`);
    expect(((await sent.json()) as { data: { to: string }[] }).data.map((message) => message.to)).toEqual([
      phone,
    ]);

    const unknown = await asOperator('/v1/operator/queue/redrive', { queue: 'nowhere' });
    expect([unknown.status, unknown.body.error]).toEqual([404, 'queue-not-found']);
  });
});
