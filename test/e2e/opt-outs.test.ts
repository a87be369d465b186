import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIRMATION_TEXTS } from '../../shared/opt-outs/confirmations';
import { createFundedAccount } from '../support/accounts';
import { onRehearsal, startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

const later = (seconds: number) => stack.later(seconds);

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
    const other = await createFundedAccount(stack.db, {
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

describe('replies to the two-way number (/_local/inbound)', () => {
  const reply = async (from: string, text: string, id?: string) => {
    const response = await fetch(`${stack.url}/_local/inbound`, {
      method: 'POST',
      body: JSON.stringify({ from, text, ...(id ? { id } : {}) }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: read field by field
    return { status: response.status, body: (await response.json()) as any };
  };

  it('opts a phone that replies ARRÊT out of the accounts that reached it, and skips it the next week', async () => {
    const other = await createFundedAccount(stack.db, {
      name: 'Other',
      plan: { senderLimit: 1 },
      now: stack.clock.now(),
    });
    const bystander = await createFundedAccount(stack.db, {
      name: 'Never',
      plan: { senderLimit: 1 },
      now: stack.clock.now(),
    });
    const created = await stack.call('/v1/campaign/create', {
      contacts: [{ phone: '2250700007001' }, { phone: '2250700007002' }],
      text: 'Séance hebdomadaire',
      type: 'RECURRING',
      recurring: { tuesday: '2024-03-19T10:00:00Z' },
    });
    await stack.call(
      '/v1/campaign/create',
      { contacts: [{ phone: '2250700007001' }], text: 'Autre' },
      other.apiKey,
    );
    await later(7 * 86_400);

    const answer = await reply('+2250700007001', ' Arrêt ');
    expect(answer).toEqual({
      status: 200,
      body: expect.objectContaining({
        data: {
          from: '+2250700007001',
          keyword: 'ARRET',
          kind: 'stop',
          confirmation: CONFIRMATION_TEXTS.stop,
        },
      }),
    });
    // From the two-way number (the rehearsal's is checked against the inbound function's role instead).
    if (!onRehearsal) {
      expect(stack.outbox.replies.at(-1)).toMatchObject({
        to: '2250700007001',
        from: '+2250000000000',
        text: CONFIRMATION_TEXTS.stop,
      });
    }
    // Both accounts that reached it; not the one that never did.
    for (const apiKey of [stack.demo.apiKey, other.apiKey]) {
      expect((await list({ phone: '2250700007001' }, apiKey)).data).toEqual([
        expect.objectContaining({ source: 'reply', keyword: 'ARRET' }),
      ]);
    }
    expect((await list({}, bystander.apiKey)).totalCount).toBe(0);

    await later(7 * 86_400);
    const id = created.body.data.id;
    const details = (await stack.call(`/v1/campaign/${id}`)).body.data;
    expect(details.occurrences[0].stats).toMatchObject({ sent: 1, failed: 1, optedOut: 1 });
    const newest = details.occurrences[0].occurrence;
    const log = (
      await stack.call(`/v1/campaign/${id}/messages`, { occurrence: newest, phone: '2250700007001' })
    ).body.data;
    expect(log).toEqual([expect.objectContaining({ status: 'FAILED', reason: 'opted-out' })]);

    // START opts it back in.
    expect((await reply('2250700007001', 'start', 'inbound-start-1')).body.data).toMatchObject({
      kind: 'start',
      confirmation: CONFIRMATION_TEXTS.start,
    });
    expect((await list({ phone: '2250700007001' })).totalCount).toBe(0);
    // The same reply delivered again is confirmed once.
    expect((await reply('2250700007001', 'start', 'inbound-start-1')).body.data.confirmation).toBeNull();
  });

  it('counts a reply that is no keyword, or from a phone no account reached, and changes nothing', async () => {
    const before = (await list()).totalCount;
    expect((await reply('2250700008001', 'stopper')).body.data).toEqual({
      from: '2250700008001',
      keyword: null,
      kind: null,
      confirmation: null,
    });
    // A stranger is not answered: no account reached it.
    expect((await reply('2250799999999', 'STOP')).body.data).toMatchObject({
      kind: 'stop',
      confirmation: null,
    });
    expect((await list()).totalCount).toBe(before);
    expect((await reply('2250700008001', 42 as unknown as string)).status).toBe(400);
  });
});

describe('the opt-out footer', () => {
  it('appends the STOP line to what each recipient gets, counted in the segments, and in the preview', async () => {
    const created = await stack.call('/v1/campaign/create', {
      contacts: [{ phone: '2250700009001', firstName: 'Awa' }],
      text: 'Bonjour @prenom, -20% ce week-end.',
      optOutFooter: true,
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      text: 'Bonjour @prenom, -20% ce week-end.',
      optOutFooter: 'STOP au +2250000000000',
    });
    await stack.queues.drain();
    const outbox = (await (
      await fetch(`${stack.url}/_local/outbox?campaignId=${created.body.data.id}`)
    ).json()) as {
      data: { text: string }[];
    };
    expect(outbox.data.map((sms) => sms.text)).toEqual([
      'Bonjour Awa, -20% ce week-end.\nSTOP au +2250000000000',
    ]);
    const log = (await stack.call(`/v1/campaign/${created.body.data.id}/messages`)).body.data;
    expect(log[0].text).toBe('Bonjour Awa, -20% ce week-end.\nSTOP au +2250000000000');

    const preview = await stack.call('/v1/sms/preview', { text: 'Bonjour', optOutFooter: true });
    expect(preview.body.data).toMatchObject({ text: 'Bonjour\nSTOP au +2250000000000', segments: 1 });
  });

  it('refuses a text the line would push over 10 segments, naming the footer', async () => {
    const answer = await stack.call('/v1/campaign/create', {
      contacts: [{ phone: '2250700009002' }],
      text: 'a'.repeat(1530),
      optOutFooter: true,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.details).toEqual([expect.objectContaining({ path: 'optOutFooter' })]);
  });
});
