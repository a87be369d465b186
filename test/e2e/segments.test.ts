import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../shared/accounts/repository';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let apiKey: string;
let otherKey: string;

beforeAll(async () => {
  stack = await startTestStack();
  apiKey = stack.demo.apiKey;
  otherKey = (
    await createAccount(stack.db, { name: 'Other', plan: { senderLimit: 1 }, now: stack.clock.now() })
  ).apiKey;
});

afterAll(async () => {
  await stack?.stop();
});

const call = (path: string, body: Record<string, unknown> = {}, key = apiKey) =>
  stack.post(path, { apiKey: key, ...body });

async function outbox(campaignId: string) {
  const response = await fetch(`${stack.url}/_local/outbox?campaignId=${campaignId}`);
  return ((await response.json()) as { data: { to: string; text: string; occurrence: string }[] }).data;
}

async function moveClock(now: string) {
  const response = await fetch(`${stack.url}/_local/clock`, {
    method: 'POST',
    body: JSON.stringify({ now }),
  });
  expect(response.status).toBe(200);
}

async function clockNow(): Promise<Date> {
  const response = await fetch(`${stack.url}/_local/clock`);
  return new Date(((await response.json()) as { data: { now: string } }).data.now);
}

const abidjanEndingSoon = {
  match: 'all',
  conditions: [
    { field: 'fields.ville', op: 'eq', value: 'abidjan' },
    { field: 'fields.fin_abonnement', op: 'before', value: '2026-07-01' },
  ],
};

describe('segments', () => {
  it('selects contacts by their fields, counts them, and keeps them saved, listed, changed and deleted', async () => {
    const contacts = [
      {
        phone: '2250700030001',
        firstName: 'Awa',
        fields: { ville: 'Abidjan', fin_abonnement: '2026-06-15' },
      },
      {
        phone: '2250700030002',
        firstName: 'Yao',
        fields: { ville: 'Abidjan', fin_abonnement: '30/06/2026' },
      },
      {
        phone: '2250700030003',
        firstName: 'Koffi',
        fields: { ville: 'Abidjan', fin_abonnement: '2026-08-01' },
      },
      {
        phone: '2250700030004',
        firstName: 'Fatou',
        fields: { ville: 'Bouaké', fin_abonnement: '2026-06-01' },
      },
      { phone: '2250700030005', firstName: 'Moussa', fields: { ville: 'Abidjan' } },
      {
        phone: '2250700030006',
        firstName: 'Aya',
        fields: { ville: 'ABIDJAN', fin_abonnement: '2026-06-20' },
      },
    ];
    for (const contact of contacts) expect((await call('/v1/contact/create', contact)).status).toBe(201);
    // Opted out: never in a segment.
    await call('/v1/opt-out/add', { phones: ['2250700030006'] });

    const preview = await call('/v1/segment/preview', abidjanEndingSoon);
    expect(preview.status).toBe(200);
    expect(preview.body.data.count).toBe(2);
    expect(preview.body.data.sample.map((contact: { phone: string }) => contact.phone)).toEqual([
      '2250700030001',
      '2250700030002',
    ]);

    const created = await call('/v1/segment/create', { name: 'Fin juin à Abidjan', ...abidjanEndingSoon });
    expect(created.status).toBe(201);
    const segment = created.body.data;
    expect(segment).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      name: 'Fin juin à Abidjan',
    });
    // A small account is counted one by one, asked exact or not.
    expect((await call(`/v1/segment/${segment.id}`)).body.data).toEqual({
      ...segment,
      count: 2,
      approximate: false,
    });
    expect((await call(`/v1/segment/${segment.id}`, { exact: true })).body.data.count).toBe(2);
    expect((await call('/v1/segment/list')).body.data).toEqual([segment]);

    const any = await call(`/v1/segment/${segment.id}/update`, { match: 'any' });
    expect(any.body.data.match).toBe('any');
    // Any: every Abidjan contact (but the opted-out), and Fatou whose subscription ends in June.
    expect((await call(`/v1/segment/${segment.id}`)).body.data.count).toBe(5);

    expect((await call('/v1/segment/fields')).body.data.keys).toEqual(
      expect.arrayContaining(['fin_abonnement', 'ville']),
    );

    expect((await call(`/v1/segment/${segment.id}`, {}, otherKey)).status).toBe(404);
    expect((await call(`/v1/segment/${segment.id}/update`, { name: 'x' }, otherKey)).status).toBe(404);
    expect((await call(`/v1/segment/${segment.id}/delete`, {}, otherKey)).status).toBe(404);
    expect((await call('/v1/segment/list', {}, otherKey)).body.data).toEqual([]);
    expect((await call('/v1/segment/preview', { conditions: [] }, otherKey)).body.data.count).toBe(0);

    expect((await call(`/v1/segment/${segment.id}/delete`)).body.data).toEqual({
      id: segment.id,
      deleted: true,
    });
    expect((await call(`/v1/segment/${segment.id}`)).status).toBe(404);
  });

  it('names each bad condition in a validation error', async () => {
    const bad = await call('/v1/segment/create', {
      name: 'Mauvais',
      conditions: [
        { field: 'fields.Ville', op: 'eq', value: 'x' },
        { field: 'ville', op: 'eq', value: 'x' },
        { field: 'fields.ville', op: 'like', value: 'x' },
        { field: 'fields.ville', op: 'in', value: 'x' },
        { field: 'fields.ville', op: 'exists', value: 'x' },
        { field: 'createdAt', op: 'before', value: 'hier' },
        { field: 'createdAt', op: 'eq', value: '2026-01-01' },
        { field: 'sex', op: 'eq', value: 'X' },
        { field: 'fields.ville', op: 'eq', value: 3 },
        { field: 'fields.inconnu', op: 'exists' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('validation-error');
    const paths = bad.body.details.map((detail: { path: string }) => detail.path);
    expect(paths).toEqual([
      'conditions.0.field',
      'conditions.1.field',
      'conditions.2.op',
      'conditions.3.value',
      'conditions.4.value',
      'conditions.5.value',
      'conditions.6.op',
      'conditions.7.value',
      'conditions.8.value',
    ]);
    const tooMany = await call('/v1/segment/preview', {
      conditions: Array.from({ length: 21 }, () => ({ field: 'phone', op: 'startsWith', value: '225' })),
    });
    expect(tooMany.body.details).toEqual([
      { path: 'conditions', message: 'must have at most 20 conditions' },
    ]);
    for (const path of ['/v1/segment/preview', `/v1/segment/${'0'.repeat(24)}`]) {
      const notYesOrNo = await call(path, { conditions: [], exact: 'oui' });
      expect(notYesOrNo.status, path).toBe(400);
      expect(notYesOrNo.body.details, path).toContainEqual({ path: 'exact', message: expect.any(String) });
    }
    const unknownSegment = await call('/v1/campaign/create', {
      segmentIds: ['0'.repeat(24)],
      text: 'Bonjour',
    });
    expect(unknownSegment.status).toBe(404);
    expect(unknownSegment.body).toMatchObject({
      error: 'segment-not-found',
      details: [{ path: 'segmentIds.0', message: 'is not a segment of this account' }],
    });
  });

  it('sends to a segment and its groups once per phone, and a recurring campaign reaches next week’s new match', async () => {
    const group = (await call('/v1/group/create', { name: 'Fidèles' })).body.data;
    await call(`/v1/group/${group.id}/add`, {
      contacts: [{ phone: '2250700031001', firstName: 'Awa', fields: { plan: 'or' } }],
    });
    await call('/v1/contact/create', { phone: '2250700031002', firstName: 'Yao', fields: { plan: 'or' } });
    await call('/v1/contact/create', {
      phone: '2250700031003',
      firstName: 'Ali',
      fields: { plan: 'argent' },
    });
    const gold = (
      await call('/v1/segment/create', {
        name: 'Or',
        conditions: [{ field: 'fields.plan', op: 'eq', value: 'or' }],
      })
    ).body.data;
    const inGroup = (
      await call('/v1/segment/create', {
        name: 'Fidèles',
        conditions: [{ field: 'group', op: 'eq', value: group.id }],
      })
    ).body.data;
    expect((await call(`/v1/segment/${inGroup.id}`)).body.data.count).toBe(1);

    const now = await call('/v1/campaign/create', {
      groupsIds: [group.id],
      segmentIds: [gold.id, inGroup.id],
      text: 'Bonjour @prenom, client @plan.',
    });
    expect(now.status).toBe(201);
    expect(now.body.data.segmentIds).toEqual([gold.id, inGroup.id]);
    expect((await outbox(now.body.data.id)).map((message) => [message.to, message.text]).sort()).toEqual([
      ['2250700031001', 'Bonjour Awa, client or.'],
      ['2250700031002', 'Bonjour Yao, client or.'],
    ]);

    const weekly = await call('/v1/campaign/create', {
      segmentIds: [gold.id],
      text: 'Offre de la semaine, @prenom.',
      type: 'RECURRING',
      timezone: 'Africa/Abidjan',
      recurring: { monday: '2024-03-18T09:00:00Z' },
    });
    expect(weekly.status).toBe(201);
    const start = await clockNow();
    await moveClock(new Date(start.getTime() + 7 * 86_400_000).toISOString());
    expect((await outbox(weekly.body.data.id)).map((message) => message.to).sort()).toEqual([
      '2250700031001',
      '2250700031002',
    ]);
    // Ali moves up to gold; Yao opts out: next week's occurrence reaches who matches then.
    const ali = (await call('/v1/contact/list', { phone: '2250700031003' })).body.data[0];
    await call(`/v1/contact/${ali.id}/update`, { fields: { plan: 'or' } });
    await call('/v1/opt-out/add', { phones: ['2250700031002'] });
    await moveClock(new Date(start.getTime() + 14 * 86_400_000).toISOString());
    const messages = await outbox(weekly.body.data.id);
    const slots = [...new Set(messages.map((message) => message.occurrence))].sort();
    expect(slots).toHaveLength(2);
    expect(
      messages
        .filter((message) => message.occurrence === slots[1])
        .map((message) => message.to)
        .sort(),
    ).toEqual(['2250700031001', '2250700031003']);
  });
});
