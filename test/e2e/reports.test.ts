import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function setFate(fate: Record<string, unknown>) {
  const response = await fetch(`${stack.url}/_local/outbox/reports`, {
    method: 'POST',
    body: JSON.stringify(fate),
  });
  return { status: response.status, body: await response.json() };
}

async function sendCampaign(contacts: Record<string, unknown>[], text = 'Bonjour @nom_complet') {
  const created = await stack.call('/v1/campaign/create', { contacts, text });
  expect(created.status).toBe(201);
  await stack.queues.drain();
  return created.body.data.id as string;
}

const statsOf = async (id: string) => (await stack.call(`/v1/campaign/${id}`)).body.data.stats;
const messagesOf = (id: string, body: Record<string, unknown> = {}) =>
  stack.call(`/v1/campaign/${id}/messages`, body);

describe('delivery reports and the message log on the local stack', () => {
  it("shows the docs' standard campaign delivered a couple of seconds later, each message with its text", async () => {
    const id = await sendCampaign([
      { phone: '2250700001001', name: 'Awa Koné' },
      { phone: '2250700001002', firstName: 'Moussa', lastName: 'Diallo' },
    ]);
    // Two segments to Côte d'Ivoire at the demonstration price: what the account was charged.
    expect(await statsOf(id)).toMatchObject({
      total: 2,
      sent: 2,
      delivered: 0,
      parts: 2,
      cost: { amount: 50, currency: 'XOF' },
    });
    const afterOne = (await later(1)).reported;
    const afterThree = (await later(2)).reported;
    // The reports come 2 s after the send. The local clock stands still between calls; the rehearsal's runs
    // on with real time (as Lambda's does), so on a busy machine a second may already have passed there.
    if (!onRehearsal) expect(afterOne).toBe(0);
    expect(afterOne + afterThree).toBe(2);
    expect(await statsOf(id)).toEqual({
      total: 2,
      sent: 2,
      failed: 0,
      pending: 0,
      delivered: 2,
      undelivered: 0,
      unknown: 0,
      optedOut: 0,
      deferred: 0,
      parts: 2,
      clicked: 0,
      clicks: 0,
      cost: { amount: 50, currency: 'XOF' },
    });
    const log = await messagesOf(id);
    expect(log.status).toBe(200);
    expect(log.body).toMatchObject({ success: true, totalCount: 2, count: 2, page: 1, totalPage: 1 });
    expect(log.body.data).toEqual([
      expect.objectContaining({
        campaignId: id,
        phone: '2250700001001',
        text: 'Bonjour Awa Koné',
        encoding: 'GSM-7',
        segments: 1,
        status: 'DELIVERED',
        providerStatus: 'TEXT_DELIVERED',
        sentAt: expect.any(String),
        deliveredAt: expect.any(String),
      }),
      expect.objectContaining({ phone: '2250700001002', text: 'Bonjour Moussa Diallo', status: 'DELIVERED' }),
    ]);
    const details = (await stack.call(`/v1/campaign/${id}`)).body.data;
    expect(details.occurrences).toEqual([
      { occurrence: log.body.data[0].occurrence, status: 'SENT', stats: details.stats },
    ]);
    expect(details.occurrencesPage).toEqual({ totalCount: 1, count: 1, page: 1, totalPage: 1 });
  });

  it("shows a number the carrier could not reach with the carrier's words, and filters by status and phone", async () => {
    expect(
      (
        await setFate({
          phone: '+225 07 00 00 20 02',
          outcome: 'UNDELIVERED',
          providerStatus: 'TEXT_BLOCKED',
        })
      ).status,
    ).toBe(200);
    const id = await sendCampaign([
      { phone: '2250700002001' },
      { phone: '2250700002002' },
      { phone: '2250700002003' },
    ]);
    await later(3);
    expect(await statsOf(id)).toMatchObject({ sent: 3, delivered: 2, undelivered: 1 });
    const undelivered = await messagesOf(id, { status: 'UNDELIVERED' });
    expect(undelivered.body.totalCount).toBe(1);
    expect(undelivered.body.data).toEqual([
      expect.objectContaining({
        phone: '2250700002002',
        status: 'UNDELIVERED',
        providerStatus: 'TEXT_BLOCKED',
      }),
    ]);
    expect(undelivered.body.data[0].deliveredAt).toBeUndefined();
    const byPhone = await messagesOf(id, { phone: '+2250700002003' });
    expect(byPhone.body.data.map((message: { phone: string }) => message.phone)).toEqual(['2250700002003']);
    const secondPage = await messagesOf(id, { page: 2, count: 2 });
    expect(secondPage.body).toMatchObject({ totalCount: 3, count: 1, page: 2, totalPage: 2 });
    expect(secondPage.body.data[0].phone).toBe('2250700002003');
  });

  it('ends exact when every report comes three times and out of order', async () => {
    await setFate({ outcome: 'DELIVERED', delaySeconds: 5, duplicates: 2, outOfOrder: true });
    try {
      const contacts = Array.from({ length: 30 }, (_, i) => ({
        phone: `22507000030${String(i).padStart(2, '0')}`,
      }));
      const id = await sendCampaign(contacts, 'Promo');
      expect((await later(6)).reported).toBe(30 * 4);
      expect(await statsOf(id)).toMatchObject({
        total: 30,
        sent: 30,
        delivered: 30,
        undelivered: 0,
        unknown: 0,
      });
      const delivered = await messagesOf(id, { status: 'DELIVERED', count: 100 });
      expect(delivered.body.totalCount).toBe(30);
      expect(new Set(delivered.body.data.map((m: { providerStatus: string }) => m.providerStatus))).toEqual(
        new Set(['TEXT_DELIVERED']),
      );
    } finally {
      await setFate({ outcome: 'DELIVERED' });
    }
  });

  it('lists a recurring campaign occurrence by occurrence, each with its own recipients and stats', async () => {
    const group = (await stack.call('/v1/group/create', { name: 'Hebdo' })).body.data;
    await stack.call(`/v1/group/${group.id}/add`, {
      contacts: [{ phone: '2250700005001', firstName: 'Ami' }],
    });
    const created = await stack.call('/v1/campaign/create', {
      contacts: [{ phone: '2250700005000', firstName: 'Yao' }],
      groupsIds: [group.id],
      text: 'Salut @prenom',
      type: 'RECURRING',
      recurring: { monday: '2024-03-18T09:00:00Z' },
    });
    expect(created.status).toBe(201);
    const id = created.body.data.id as string;
    await later(7 * 86_400);
    await stack.call(`/v1/group/${group.id}/add`, {
      contacts: [{ phone: '2250700005002', firstName: 'Fatou' }],
    });
    await later(7 * 86_400);
    await later(5);

    const details = (await stack.call(`/v1/campaign/${id}`, { occurrencesCount: 1 })).body.data;
    expect(details.stats).toMatchObject({ total: 5, sent: 5, delivered: 5 });
    expect(details.occurrencesPage).toEqual({ totalCount: 2, count: 1, page: 1, totalPage: 2 });
    const [newest] = details.occurrences;
    expect(newest).toMatchObject({ status: 'SENT', stats: { total: 3, sent: 3, delivered: 3, pending: 0 } });
    const older = (await stack.call(`/v1/campaign/${id}`, { occurrencesCount: 1, occurrencesPage: 2 })).body
      .data.occurrences[0];
    expect(older).toMatchObject({ stats: { total: 2, sent: 2, delivered: 2 } });
    expect(new Date(older.occurrence).getTime()).toBeLessThan(new Date(newest.occurrence).getTime());

    const all = await messagesOf(id, { count: 100 });
    expect(all.body.totalCount).toBe(5);
    type Logged = { occurrence: string; phone: string; text: string };
    const logged = all.body.data as Logged[];
    // Occurrence by occurrence, oldest first; in each, the campaign's own contacts, then its groups' members.
    expect(logged.map((m) => m.occurrence)).toEqual([
      older.occurrence,
      older.occurrence,
      newest.occurrence,
      newest.occurrence,
      newest.occurrence,
    ]);
    expect(logged.map((m) => m.text)).toEqual([
      'Salut Yao',
      'Salut Ami',
      'Salut Yao',
      expect.stringMatching(/^Salut (Ami|Fatou)$/),
      expect.stringMatching(/^Salut (Ami|Fatou)$/),
    ]);
    expect(new Set(logged.slice(3).map((m) => m.text))).toEqual(new Set(['Salut Ami', 'Salut Fatou']));
    const page2 = await messagesOf(id, { count: 2, page: 2 });
    expect(page2.body.data.map((m: Logged) => [m.occurrence, m.phone])).toEqual(
      logged.slice(2, 4).map((m) => [m.occurrence, m.phone]),
    );
    const onlyNewest = await messagesOf(id, { occurrence: newest.occurrence });
    expect(onlyNewest.body.totalCount).toBe(3);
    const fatou = await messagesOf(id, { phone: '2250700005002' });
    expect(fatou.body.data).toEqual([
      expect.objectContaining({ occurrence: newest.occurrence, text: 'Salut Fatou' }),
    ]);
  });

  it("answers another account's campaign with 404, and bad filters with the field at fault", async () => {
    const id = await sendCampaign([{ phone: '2250700004001' }]);
    const other = await createFundedAccount(stack.db, {
      name: 'Other',
      plan: { senderLimit: 1 },
      now: stack.clock.now(),
    });
    const foreign = await stack.call(`/v1/campaign/${id}/messages`, {}, other.apiKey);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ success: false, error: 'campaign-not-found' });
    for (const [body, path] of [
      [{ count: 101 }, 'count'],
      [{ status: 'READ' }, 'status'],
      [{ occurrence: 'yesterday' }, 'occurrence'],
      [{ phone: '12' }, 'phone'],
      [{ page: 0 }, 'page'],
    ] as const) {
      const answer = await messagesOf(id, body);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toBe('validation-error');
      expect(answer.body.details.map((detail: { path: string }) => detail.path)).toContain(path);
    }
    expect((await setFate({ outcome: 'LOST' })).status).toBe(400);
  });
});
