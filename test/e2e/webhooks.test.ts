import { Webhook as StandardWebhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmsClient, verifyWebhook, WebhookVerificationError } from '../../sdk/src/index';
import { createAccount } from '../../shared/accounts/repository';
import { setSenderStatus } from '../../shared/senders/use-cases';
import { TEST_ACTOR } from '../support/actors';
import { checkedFetch } from '../support/answers-check';
import { startTestStack, type TestStack } from '../support/local-stack';
import { startReceiver } from '../support/webhook-receiver';

let stack: TestStack;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

// The test clock stands months from the real time: requests are still signed at the real time, which
// receivers check against their own clock.
beforeAll(async () => {
  stack = await startTestStack();
  receiver = await startReceiver();
});

afterAll(async () => {
  await receiver?.stop();
  await stack?.stop();
});

/** Lets everything queued run: the send path, due reports, then the webhook deliveries. */
async function settle(seconds = 0) {
  await stack.queues.drain();
  if (seconds) await stack.later(seconds);
  await stack.queues.drain();
  await stack.webhookQueue.drain();
}

const createEndpoint = (body: Record<string, unknown>, apiKey?: string) =>
  stack.call('/v1/webhook/create', body, apiKey);

describe('webhook endpoints', () => {
  it("delivers message.delivered for each recipient of the docs' standard campaign and campaign.sent once, signed", async () => {
    const created = await createEndpoint({
      url: receiver.url,
      events: ['message.delivered', 'campaign.sent'],
    });
    expect(created.status).toBe(201);
    const { secret, ...endpoint } = created.body.data;
    expect(secret).toMatch(/^whsec_/);
    expect(endpoint).toMatchObject({
      url: receiver.url,
      status: 'ENABLED',
      events: ['message.delivered', 'campaign.sent'],
    });

    const campaign = await stack.call('/v1/campaign/create', {
      contacts: [
        { phone: '2250700001001', name: 'Awa Koné' },
        { phone: '2250700001002', firstName: 'Moussa', lastName: 'Diallo' },
      ],
      text: 'Bonjour @nom_complet',
    });
    await settle(3);

    const events = receiver.events();
    const delivered = events.filter((event) => event.type === 'message.delivered');
    expect(delivered.map((event) => event.data.phone).sort()).toEqual(['2250700001001', '2250700001002']);
    expect(delivered[0]?.data).toMatchObject({ campaignId: campaign.body.data.id, status: 'DELIVERED' });
    expect(events.filter((event) => event.type === 'campaign.sent')).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ campaignId: campaign.body.data.id, sent: 2 }),
      }),
    ]);
    // The standard's own package verifies every request unchanged.
    for (const request of receiver.received) {
      expect(
        new StandardWebhook(secret).verify(request.body, request.headers as Record<string, string>),
      ).toBeTruthy();
    }

    const deliveries = await stack.call(`/v1/webhook/${endpoint.id}/deliveries`);
    expect(deliveries.body).toMatchObject({ success: true, totalCount: 3 });
    expect(deliveries.body.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'campaign.sent',
          status: 'SUCCEEDED',
          attempts: 1,
          lastStatusCode: 200,
        }),
      ]),
    );
    // The secret is shown once.
    expect(JSON.stringify((await stack.call(`/v1/webhook/${endpoint.id}`)).body)).not.toContain('whsec_');
    expect(JSON.stringify((await stack.call('/v1/webhook/list')).body)).not.toContain('whsec_');
    expect(stack.logs.join('\n')).not.toContain(secret);
    await stack.call(`/v1/webhook/${endpoint.id}/delete`);
  });

  it('sends sender.status_changed when an operator accepts a sender', async () => {
    const created = await createEndpoint({ url: receiver.url, events: ['sender.status_changed'] });
    const sender = await stack.call('/v1/sender/create', { name: 'MaBoutique', description: 'Ventes' });
    expect(sender.status).toBe(201);
    const before = receiver.received.length;
    // The operators' command line has no queue: the outbox item waits for the sweeper.
    await setSenderStatus(
      { db: stack.db, clock: stack.clock },
      { actor: TEST_ACTOR, senderId: sender.body.data.id, to: 'ACCEPTED' },
    );
    await settle(11);
    const events = receiver.events().slice(before);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'sender.status_changed',
        data: expect.objectContaining({
          senderId: sender.body.data.id,
          status: 'ACCEPTED',
          previousStatus: 'PENDING',
        }),
      }),
    ]);
    await stack.call(`/v1/webhook/${created.body.data.id}/delete`);
  });

  it('sends export.ready once the file of an export is written', async () => {
    const created = await createEndpoint({ url: receiver.url, events: ['export.ready'] });
    const campaign = await stack.call('/v1/campaign/create', {
      contacts: [{ phone: '2250700040001' }, { phone: '2250700040002' }],
      text: 'Bonjour',
    });
    await settle();
    const before = receiver.received.length;
    const started = await stack.call(`/v1/campaign/${campaign.body.data.id}/export`);
    await settle();
    expect(receiver.events().slice(before)).toEqual([
      expect.objectContaining({
        type: 'export.ready',
        data: { exportId: started.body.data.id, campaignId: campaign.body.data.id, rows: 2 },
      }),
    ]);
    await stack.call(`/v1/webhook/${created.body.data.id}/delete`);
  });

  it('sends link.clicked once per message and link, however many clicks follow', async () => {
    const created = await createEndpoint({ url: receiver.url, events: ['link.clicked'] });
    const campaign = await stack.call('/v1/campaign/create', {
      contacts: [{ phone: '2250700040011' }],
      text: 'Menu https://resto.exemple.ci/menu et commande https://resto.exemple.ci/cmd',
      trackLinks: true,
    });
    await settle();
    const [sms] = stack.outbox.forCampaign(campaign.body.data.id);
    const [menu, order] = sms?.text.match(/http:\/\/\S+\/l\/[0-9A-Za-z]+/g) ?? [];
    const before = receiver.received.length;
    for (const link of [menu, menu, order, menu]) await fetch(link as string, { redirect: 'manual' });
    await settle(6);
    await settle(1);
    // Two events, delivered side by side: in either order.
    const events = receiver
      .events()
      .slice(before)
      .sort((a, b) => String(a.data.url).localeCompare(String(b.data.url)));
    expect(events).toEqual([
      expect.objectContaining({
        type: 'link.clicked',
        data: expect.objectContaining({ phone: '2250700040011', url: 'https://resto.exemple.ci/cmd' }),
      }),
      expect.objectContaining({
        type: 'link.clicked',
        data: expect.objectContaining({ phone: '2250700040011', url: 'https://resto.exemple.ci/menu' }),
      }),
    ]);
    const stats = (await stack.call(`/v1/campaign/${campaign.body.data.id}`)).body.data.stats;
    expect(stats).toMatchObject({ clicked: 1, clicks: 4 });
    await stack.call(`/v1/webhook/${created.body.data.id}/delete`);
  });

  it('refuses URLs it must not call, with webhook-url-not-allowed', async () => {
    for (const url of [
      'http://10.0.0.1/hooks',
      'https://169.254.169.254/latest/meta-data',
      'https://[::ffff:127.0.0.1]/hooks',
      'https://2130706433/hooks',
      'ftp://example.com/hooks',
      'https://user:pass@127.0.0.1/hooks',
    ]) {
      const refused = await createEndpoint({ url, events: ['*'] });
      expect(refused.status, url).toBe(400);
      expect(refused.body.error, url).toBe('webhook-url-not-allowed');
    }
  });

  it('rotates the secret: both sign for a day, then the new one alone', async () => {
    const created = await createEndpoint({ url: receiver.url, events: ['webhook.test'] });
    const id = created.body.data.id;
    const rotated = await stack.call(`/v1/webhook/${id}/rotate-secret`);
    expect(rotated.body.data.secret).not.toBe(created.body.data.secret);
    const before = receiver.received.length;
    expect((await stack.call(`/v1/webhook/${id}/test`)).status).toBe(200);
    await settle();
    const [test] = receiver.received.slice(before);
    expect(String(test?.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const secret of [created.body.data.secret, rotated.body.data.secret]) {
      expect(
        new StandardWebhook(secret).verify(String(test?.body), test?.headers as Record<string, string>),
      ).toBeTruthy();
    }
    await stack.call(`/v1/webhook/${id}/delete`);
  });

  it('enables a disabled endpoint again: the delivery still pending then goes', async () => {
    let answer = 500;
    const flaky = await startReceiver(() => answer);
    const created = await createEndpoint({ url: flaky.url, events: ['contact.opted_out'] });
    const id = created.body.data.id;
    // A delivery the receiver failed waits for its retry …
    await stack.call('/v1/opt-out/add', { phones: ['2250700007001'] });
    await settle();
    const pending = (await stack.call(`/v1/webhook/${id}/deliveries`)).body.data;
    expect(pending).toEqual([expect.objectContaining({ type: 'contact.opted_out', status: 'PENDING' })]);
    // … when a 410 disables the endpoint.
    answer = 410;
    await stack.call(`/v1/webhook/${id}/test`);
    await settle();
    expect((await stack.call(`/v1/webhook/${id}`)).body.data).toMatchObject({
      status: 'DISABLED',
      disabledReason: expect.stringMatching(/410/),
    });

    const enabled = await stack.call(`/v1/webhook/${id}/enable`);
    expect(enabled.status).toBe(200);
    expect(enabled.body.data.status).toBe('ENABLED');
    expect(enabled.body.data).not.toHaveProperty('disabledReason');
    expect(enabled.body.data).not.toHaveProperty('secret');

    answer = 200;
    await settle(600);
    const deliveries = (await stack.call(`/v1/webhook/${id}/deliveries`)).body.data;
    expect(
      deliveries.find((delivery: { type: string }) => delivery.type === 'contact.opted_out'),
    ).toMatchObject({
      status: 'SUCCEEDED',
      lastStatusCode: 200,
    });
    expect(flaky.events().filter((event) => event.type === 'contact.opted_out')).toHaveLength(2);
    // Another account cannot reach it.
    const { apiKey } = await createAccount(stack.db, {
      name: 'Other',
      plan: { senderLimit: 1 },
      now: stack.clock.now(),
    });
    const other = await stack.call(`/v1/webhook/${id}/enable`, {}, apiKey);
    expect(other).toMatchObject({ status: 404, body: { error: 'webhook-not-found' } });
    await flaky.stop();
    await stack.call(`/v1/webhook/${id}/delete`);
  });

  it('allows 10 endpoints per account, and never shows another account its endpoints', async () => {
    const other = await createAccount(stack.db, {
      name: 'Other',
      plan: { senderLimit: 1 },
      now: stack.clock.now(),
    });
    const ids: string[] = [];
    for (let index = 0; index < 10; index++) {
      const created = await createEndpoint({ url: receiver.url, events: ['*'] }, other.apiKey);
      expect(created.status).toBe(201);
      ids.push(created.body.data.id);
    }
    const eleventh = await createEndpoint({ url: receiver.url, events: ['*'] }, other.apiKey);
    expect(eleventh).toMatchObject({ status: 403, body: { error: 'webhook-limit-reached' } });
    expect((await stack.call(`/v1/webhook/${ids[0]}`)).status).toBe(404);
    expect((await stack.call(`/v1/webhook/${ids[0]}/delete`)).status).toBe(404);
    expect((await stack.call('/v1/webhook/list', {}, other.apiKey)).body.totalCount).toBe(10);
    await stack.call(`/v1/webhook/${ids[0]}/delete`, {}, other.apiKey);
    expect((await createEndpoint({ url: receiver.url, events: ['*'] }, other.apiKey)).status).toBe(201);
  });

  it('is driven by the SDK, whose verify helper accepts our requests and nothing altered', async () => {
    const sms = new SmsClient({
      apiKey: stack.demo.apiKey,
      baseUrl: stack.url,
      backoffMs: 1,
      fetch: checkedFetch,
    });
    const endpoint = await sms.webhooks.create({ url: receiver.url, events: ['contact.opted_out'] });
    expect((await sms.webhooks.get(endpoint.id)).status).toBe('ENABLED');
    const before = receiver.received.length;
    await sms.optOut.add({ phones: ['2250700009001'] });
    await sms.webhooks.test(endpoint.id);
    await settle();
    const received = receiver.received.slice(before);
    expect(received).toHaveLength(2);
    const events = [];
    for (const request of received) {
      events.push(
        await sms.webhooks.verify(request.body, request.headers as Record<string, string>, endpoint.secret),
      );
    }
    expect(events.map((event) => event.type).sort()).toEqual(['contact.opted_out', 'webhook.test']);
    expect(events.find((event) => event.type === 'contact.opted_out')?.data).toMatchObject({
      phone: '2250700009001',
      source: 'api',
    });
    const [request] = received as [(typeof received)[number]];
    const headers = request.headers as Record<string, string>;
    const rotated = (await sms.webhooks.rotateSecret(endpoint.id)).secret;
    const refusals = [
      () => verifyWebhook(request.body.replace('}', ',"x":1}'), headers, endpoint.secret),
      () => verifyWebhook(request.body, headers, rotated),
      () => verifyWebhook(request.body, { ...headers, 'webhook-id': 'evt_other' }, endpoint.secret),
      () =>
        verifyWebhook(request.body, headers, endpoint.secret, { now: new Date(Date.now() + 10 * 60_000) }),
      () => verifyWebhook(request.body, { ...headers, 'webhook-signature': '' }, endpoint.secret),
    ];
    for (const refusal of refusals) await expect(refusal()).rejects.toBeInstanceOf(WebhookVerificationError);
    expect((await sms.webhooks.deliveries(endpoint.id)).totalCount).toBe(2);
    expect((await sms.webhooks.list()).data.map((webhook) => webhook.id)).toContain(endpoint.id);
    await sms.webhooks.delete(endpoint.id);
  });

  it('raises message.failed, message.undelivered, campaign.cancelled and contact.opted_in, each once', async () => {
    const endpoint = (
      await createEndpoint({
        url: receiver.url,
        events: ['message.failed', 'message.undelivered', 'campaign.cancelled', 'contact.opted_in'],
      })
    ).body.data;
    const local = (path: string, body: unknown) =>
      fetch(`${stack.url}${path}`, { method: 'POST', body: JSON.stringify(body) });
    await local('/_local/outbox/failures', {
      phone: '2250700002001',
      kind: 'final',
      reason: 'invalid-number',
    });
    await local('/_local/outbox/reports', { phone: '2250700002002', outcome: 'UNDELIVERED' });
    const before = receiver.received.length;
    const campaign = await stack.call('/v1/campaign/create', {
      contacts: [{ phone: '2250700002001' }, { phone: '2250700002002' }, { phone: '2250700002003' }],
      text: 'Bonjour',
    });
    const scheduled = await stack.call('/v1/campaign/create', {
      contacts: [{ phone: '2250700002003' }],
      text: 'Plus tard',
      type: 'SCHEDULED',
      // Tomorrow, on the hour (schedules are on the quarter hour).
      scheduledDate: new Date(
        Math.ceil(stack.clock.now().getTime() / 3_600_000) * 3_600_000 + 86_400_000,
      ).toISOString(),
    });
    await stack.call(`/v1/campaign/${scheduled.body.data.id}/cancel`);
    await stack.call('/v1/opt-out/add', { phones: ['2250700002004'] });
    await stack.call('/v1/opt-out/remove', { phones: ['2250700002004'] });
    await settle(3);
    const events = receiver.events().slice(before);
    const byType = (type: string) => events.filter((event) => event.type === type).map((event) => event.data);
    expect(byType('message.failed')).toEqual([
      {
        campaignId: campaign.body.data.id,
        occurrence: expect.any(String),
        phone: '2250700002001',
        status: 'FAILED',
        reason: 'invalid-number',
        providerStatus: 'invalid-number',
      },
    ]);
    expect(byType('message.undelivered')).toEqual([
      expect.objectContaining({ phone: '2250700002002', status: 'UNDELIVERED' }),
    ]);
    expect(byType('campaign.cancelled')).toEqual([{ campaignId: scheduled.body.data.id, type: 'SCHEDULED' }]);
    expect(byType('contact.opted_in')).toEqual([{ phone: '2250700002004' }]);
    // Nothing it did not subscribe to.
    expect(events.filter((event) => !endpoint.events.includes(event.type))).toEqual([]);
    await stack.call(`/v1/webhook/${endpoint.id}/delete`);
  });
});
