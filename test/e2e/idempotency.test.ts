import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES, hasEffect } from '../../functions/api/routes';
import { ROUTE_REFERENCE, type RouteReference } from '../../shared/reference/routes';
import { createWebhook } from '../../shared/webhooks/repository';
import { localOnly, onRehearsal, startTestStack, type TestStack } from '../support/local-stack';
import { startReceiver } from '../support/webhook-receiver';

let stack: TestStack;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  stack = await startTestStack();
  receiver = await startReceiver();
});

afterAll(async () => {
  await receiver?.stop();
  await stack?.stop();
});

let keys = 0;
/** The same request twice with one Idempotency-Key, as the SDK retries after a lost answer. */
async function twice(path: string, body: Record<string, unknown> = {}) {
  const headers = { 'idempotency-key': `retry-${++keys}` };
  const first = await stack.call(path, body, undefined, headers);
  const second = await stack.call(path, body, undefined, headers);
  return { first, second };
}

const created = async (path: string, body: Record<string, unknown>) => {
  const answer = await stack.call(path, body);
  expect(answer.status, path).toBeLessThan(300);
  return answer.body.data;
};

/**
 * An endpoint to act on. Deployed, only public addresses may receive webhooks and the rehearsal reaches
 * none: there it is written straight into the table, as the create would write it.
 */
const endpoint = async (): Promise<{ id: string }> =>
  onRehearsal
    ? (
        await createWebhook(
          stack.db,
          stack.demo.accountId,
          { url: 'https://hooks.example.com/sms', events: ['*'], description: '' },
          stack.clock.now(),
        )
      ).webhook
    : created('/v1/webhook/create', { url: receiver.url, events: ['*'] });

/** For each route that has an effect: a request to make it, on things made for it. */
const effectful: Record<string, () => Promise<{ path: string; body?: Record<string, unknown> }>> = {
  SenderCreate: async () => ({
    path: '/v1/sender/create',
    body: { name: 'Retried', description: 'A sender whose create is retried' },
  }),
  ContactCreate: async () => ({ path: '/v1/contact/create', body: { phone: '2250700009001' } }),
  ContactUpdate: async () => {
    const contact = await created('/v1/contact/create', { phone: '2250700009011' });
    return { path: `/v1/contact/${contact.id}/update`, body: { fields: { montant: '1 000' } } };
  },
  ContactDelete: async () => {
    const contact = await created('/v1/contact/create', { phone: '2250700009012' });
    return { path: `/v1/contact/${contact.id}/delete` };
  },
  SegmentCreate: async () => ({
    path: '/v1/segment/create',
    body: { name: 'Retried segment', conditions: [{ field: 'fields.ville', op: 'eq', value: 'Abidjan' }] },
  }),
  SegmentUpdate: async () => {
    const segment = await created('/v1/segment/create', { name: 'Update twice', conditions: [] });
    return { path: `/v1/segment/${segment.id}/update`, body: { name: 'Updated twice' } };
  },
  SegmentDelete: async () => {
    const segment = await created('/v1/segment/create', { name: 'Delete twice', conditions: [] });
    return { path: `/v1/segment/${segment.id}/delete` };
  },
  GroupCreate: async () => ({ path: '/v1/group/create', body: { name: 'Retried group' } }),
  GroupAdd: async () => {
    const group = await created('/v1/group/create', { name: 'Add twice' });
    return { path: `/v1/group/${group.id}/add`, body: { contacts: [{ phone: '2250700009002' }] } };
  },
  GroupRemove: async () => {
    const group = await created('/v1/group/create', { name: 'Remove twice' });
    const contact = await created('/v1/contact/create', { phone: '2250700009003' });
    await created(`/v1/group/${group.id}/add`, { contactIds: [contact.id] });
    return { path: `/v1/group/${group.id}/remove`, body: { contactIds: [contact.id] } };
  },
  CampaignCreate: async () => ({
    path: '/v1/campaign/create',
    body: { contacts: [{ phone: '2250700009004' }], text: 'Bonjour' },
  }),
  CampaignTest: async () => ({
    path: '/v1/campaign/test',
    body: { text: 'Essai', phones: ['2250700009031'] },
  }),
  CampaignExport: async () => {
    const campaign = await created('/v1/campaign/create', {
      contacts: [{ phone: '2250700009032' }],
      text: 'À exporter',
    });
    return { path: `/v1/campaign/${campaign.id}/export`, body: {} };
  },
  ContactImport: async () => ({ path: '/v1/contact/import', body: { groupName: 'Import retried' } }),
  CampaignCancel: async () => {
    const campaign = await created('/v1/campaign/create', {
      contacts: [{ phone: '2250700009005' }],
      text: 'Plus tard',
      type: 'SCHEDULED',
      scheduledDate: '2026-06-02T10:00:00Z',
    });
    return { path: `/v1/campaign/${campaign.id}/cancel` };
  },
  OptOutAdd: async () => ({ path: '/v1/opt-out/add', body: { phones: ['2250700009006'] } }),
  OptOutRemove: async () => {
    await created('/v1/opt-out/add', { phones: ['2250700009007'] });
    return { path: '/v1/opt-out/remove', body: { phones: ['2250700009007'] } };
  },
  WebhookCreate: async () => ({
    path: '/v1/webhook/create',
    body: { url: receiver.url, events: ['campaign.sent'] },
  }),
  WebhookDelete: async () => {
    const webhook = await endpoint();
    return { path: `/v1/webhook/${webhook.id}/delete` };
  },
  WebhookEnable: async () => {
    const webhook = await endpoint();
    return { path: `/v1/webhook/${webhook.id}/enable` };
  },
  WebhookRotateSecret: async () => {
    const webhook = await endpoint();
    return { path: `/v1/webhook/${webhook.id}/rotate-secret` };
  },
  WebhookTest: async () => {
    const webhook = await endpoint();
    return { path: `/v1/webhook/${webhook.id}/test` };
  },
  AccountSettings: async () => ({ path: '/v1/account/settings', body: { lowBalanceThreshold: 1_000 } }),
  KeyCreate: async () => ({ path: '/v1/key/create', body: { name: 'Retried', role: 'viewer' } }),
  KeyRevoke: async () => {
    const key = await created('/v1/key/create', { name: 'Revoke twice', role: 'viewer' });
    return { path: `/v1/key/${key.id}/revoke`, body: {} };
  },
  MemberInvite: async () => ({
    path: '/v1/member/invite',
    body: { email: 'retried@example.com', role: 'viewer' },
  }),
  MemberUpdate: async () => {
    const member = await created('/v1/member/invite', { email: 'update.twice@example.com', role: 'viewer' });
    return { path: `/v1/member/${member.id}/update`, body: { role: 'editor' } };
  },
  MemberRemove: async () => {
    const member = await created('/v1/member/invite', { email: 'remove.twice@example.com', role: 'viewer' });
    return { path: `/v1/member/${member.id}/remove`, body: {} };
  },
};

describe('an Idempotency-Key on every route that has an effect', () => {
  it('is declared by each such route, and by no route that only reads', () => {
    for (const route of API_ROUTES) {
      const reference: RouteReference = ROUTE_REFERENCE[route.id];
      expect({ route: route.id, idempotent: reference.idempotent === true }).toEqual({
        route: route.id,
        idempotent: hasEffect(route),
      });
      // Its function keeps the key's record in the table: deployed, a read-only role would refuse it.
      if (hasEffect(route)) expect(route.readOnly, route.id).toBe(false);
    }
  });

  it.for(API_ROUTES.filter(hasEffect).map((route) => route.id))(
    '%s: the same request twice does it once and answers the first answer again',
    async (routeId, { skip }) => {
      // Deployed, a webhook goes to a public address, and the rehearsal resolves no name: the create is
      // checked on the local stack (and its refusal of loopback on the rehearsal, in test/rehearsal).
      skip(onRehearsal && routeId === 'WebhookCreate', 'local only: no public receiver is reachable here');
      const make = effectful[routeId];
      if (!make) throw new Error(`${routeId} has an effect: give it a request in this test`);
      const { path, body } = await make();
      const { first, second } = await twice(path, body);
      expect(first.status, JSON.stringify(first.body)).toBeLessThan(300);
      expect(second.status).toBe(first.status);
      expect(second.headers.get('idempotent-replayed')).toBe('true');
      expect(second.body).toEqual(first.body);
    },
  );

  localOnly(
    'deployed, webhooks go to public addresses only, and none is reachable here',
    'makes one webhook endpoint and one secret for a create sent twice',
    async () => {
      const before = (await stack.call('/v1/webhook/list')).body.totalCount;
      const { first, second } = await twice('/v1/webhook/create', { url: receiver.url, events: ['*'] });
      expect(second.body.data.secret).toBe(first.body.data.secret);
      expect((await stack.call('/v1/webhook/list')).body.totalCount).toBe(before + 1);
    },
  );

  it('makes one sender for a create sent twice, never sender-name-taken for its own retry', async () => {
    const { first, second } = await twice('/v1/sender/create', {
      name: 'Once',
      description: 'Made once whatever the retries',
    });
    expect(first.status).toBe(201);
    expect(second.body.data.id).toBe(first.body.data.id);
    const other = await stack.call(
      '/v1/sender/create',
      { name: 'Once', description: 'Another request' },
      undefined,
      { 'idempotency-key': 'another-request' },
    );
    expect(other).toMatchObject({ status: 409, body: { error: 'sender-name-taken' } });
  });

  localOnly(
    'the signatures are read by a receiver on this machine, which the deployed rule refuses',
    'rotates a secret once for a rotation sent twice: the old secret still signs beside the new one',
    async () => {
      const webhook = await created('/v1/webhook/create', { url: receiver.url, events: ['*'] });
      const { first, second } = await twice(`/v1/webhook/${webhook.id}/rotate-secret`);
      expect(second.body.data.secret).toBe(first.body.data.secret);
      receiver.received.length = 0;
      await stack.call(`/v1/webhook/${webhook.id}/test`);
      await stack.webhookQueue.drain();
      const signatures = String(receiver.received[0]?.headers['webhook-signature']).split(' ');
      expect(signatures).toHaveLength(2);
    },
  );

  it('reads still answer with a key sent, and do nothing more', async () => {
    const answer = await stack.call('/v1/sender/list', {}, undefined, { 'idempotency-key': 'a-read' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('idempotent-replayed')).toBeNull();
  });
});
