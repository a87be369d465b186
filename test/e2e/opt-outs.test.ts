import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../shared/accounts/repository';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

async function later(seconds: number) {
  const now = new Date(stack.clock.now().getTime() + seconds * 1000).toISOString();
  const response = await fetch(`${stack.url}/_local/clock`, {
    method: 'POST',
    body: JSON.stringify({ now }),
  });
  expect(response.status).toBe(200);
}

const list = async (body: Record<string, unknown> = {}, apiKey?: string) =>
  (await stack.call('/v1/opt-out/list', body, apiKey)).body;

describe('the opt-out list', () => {
  it('adds phones once, lists them newest first, finds one by phone and removes them', async () => {
    const first = await stack.call('/v1/opt-out/add', {
      phones: ['+225 07 00 00 10 01', '2250700001002', '2250700001002'],
      reason: 'asked by phone',
    });
    expect(first.status).toBe(200);
    expect(first.body.data).toEqual({ added: 2, alreadyOptedOut: 0 });
    stack.clock.advance(1000);
    const again = await stack.call('/v1/opt-out/add', { phones: ['2250700001002', '2250700001003'] });
    expect(again.body.data).toEqual({ added: 1, alreadyOptedOut: 1 });

    const all = await list();
    expect(all).toMatchObject({ totalCount: 3, count: 3, page: 1, totalPage: 1 });
    expect(all.data[0]).toMatchObject({ phone: '2250700001003', source: 'api' });
    expect(
      all.data
        .slice(1)
        .map((entry: { phone: string }) => entry.phone)
        .sort(),
    ).toEqual(['2250700001001', '2250700001002']);
    expect((await list({ phone: '2250700001001' })).data).toEqual([
      { phone: '2250700001001', source: 'api', reason: 'asked by phone', createdAt: expect.any(String) },
    ]);

    const removed = await stack.call('/v1/opt-out/remove', { phones: ['2250700001001', '2250700009999'] });
    expect(removed.body.data).toEqual({ removed: 1, notOptedOut: 1 });
    expect((await list()).totalCount).toBe(2);
  });

  it('refuses a bad phone, naming it, and writes nothing', async () => {
    const before = (await list()).totalCount;
    const answer = await stack.call('/v1/opt-out/add', { phones: ['2250700002001', '12', 'abc'] });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('validation-error');
    expect(answer.body.details.map((detail: { path: string }) => detail.path)).toEqual([
      'phones.1',
      'phones.2',
    ]);
    expect((await list()).totalCount).toBe(before);
    for (const body of [
      { phones: [] },
      { phones: Array.from({ length: 1001 }, () => '2250700002001') },
      {},
    ]) {
      expect((await stack.call('/v1/opt-out/add', body)).status).toBe(400);
    }
  });

  it("keeps each account's list its own", async () => {
    const other = await createAccount(stack.db, {
      name: 'Other',
      plan: { senderLimit: 1 },
      now: stack.clock.now(),
    });
    await stack.call('/v1/opt-out/add', { phones: ['2250700003001'] }, other.apiKey);
    expect((await list({ phone: '2250700003001' })).totalCount).toBe(0);
    expect((await list({}, other.apiKey)).totalCount).toBe(1);
  });

  it('shows contacts opted out', async () => {
    const contact = (await stack.call('/v1/contact/create', { phone: '2250700004001', name: 'Awa' })).body
      .data;
    expect((await stack.call(`/v1/contact/${contact.id}`)).body.data.optedOut).toBe(false);
    await stack.call('/v1/opt-out/add', { phones: ['2250700004001'] });
    expect((await stack.call(`/v1/contact/${contact.id}`)).body.data.optedOut).toBe(true);
    const listed = (await stack.call('/v1/contact/list', { phone: '2250700004001' })).body.data;
    expect(listed).toEqual([expect.objectContaining({ phone: '2250700004001', optedOut: true })]);
  });
});

describe('sending to opted-out phones', () => {
  it('fails their messages as opted-out at every occurrence, sending to the others', async () => {
    await stack.call('/v1/opt-out/add', { phones: ['2250700005001'] });
    const created = await stack.call('/v1/campaign/create', {
      contacts: [{ phone: '2250700005001' }, { phone: '2250700005002' }, { phone: '2250700005003' }],
      text: 'Promo de la semaine',
      type: 'RECURRING',
      recurring: { monday: '2024-03-18T09:00:00Z' },
    });
    const id = created.body.data.id;
    await later(7 * 86_400);
    // Between two weeks, another recipient says stop.
    await stack.call('/v1/opt-out/add', { phones: ['2250700005002'] });
    await later(7 * 86_400);

    const details = (await stack.call(`/v1/campaign/${id}`)).body.data;
    expect(details.stats).toMatchObject({ total: 6, sent: 3, failed: 3, optedOut: 3, pending: 0 });
    const [newest, oldest] = details.occurrences;
    expect(oldest.stats).toMatchObject({ sent: 2, failed: 1, optedOut: 1 });
    expect(newest.stats).toMatchObject({ sent: 1, failed: 2, optedOut: 2 });
    const failed = (await stack.call(`/v1/campaign/${id}/messages`, { status: 'FAILED' })).body.data;
    expect(failed.map((m: { phone: string; reason: string }) => [m.phone, m.reason])).toEqual([
      ['2250700005001', 'opted-out'],
      ['2250700005001', 'opted-out'],
      ['2250700005002', 'opted-out'],
    ]);
    const outbox = (await (await fetch(`${stack.url}/_local/outbox?campaignId=${id}`)).json()) as {
      data: { to: string }[];
    };
    expect(outbox.data.map((sms: { to: string }) => sms.to).sort()).toEqual([
      '2250700005002',
      '2250700005003',
      '2250700005003',
    ]);
  });

  it("puts a number the provider refuses as opted out on the account's list", async () => {
    await fetch(`${stack.url}/_local/outbox/failures`, {
      method: 'POST',
      body: JSON.stringify({ phone: '2250700006001', kind: 'final', reason: 'opted-out' }),
    });
    const created = await stack.call('/v1/campaign/create', {
      contacts: [{ phone: '2250700006001' }],
      text: 'Info',
    });
    await stack.queues.drain();
    expect((await stack.call(`/v1/campaign/${created.body.data.id}`)).body.data.stats).toMatchObject({
      failed: 1,
      optedOut: 1,
    });
    expect((await list({ phone: '2250700006001' })).data).toEqual([
      expect.objectContaining({ phone: '2250700006001', source: 'provider' }),
    ]);
  });
});
