import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localOnly, onRehearsal, startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let apiKey: string;

beforeAll(async () => {
  stack = await startTestStack();
  apiKey = stack.demo.apiKey;
});

afterAll(async () => {
  await stack?.stop();
});

const call = (path: string, body: Record<string, unknown> = {}) => stack.post(path, { apiKey, ...body });

async function outbox(campaignId: string) {
  const response = await fetch(`${stack.url}/_local/outbox?campaignId=${campaignId}`);
  return (
    (await response.json()) as {
      data: {
        to: string;
        from: string;
        text: string;
        occurrence: string;
        segments: number;
        encoding: string;
      }[];
    }
  ).data;
}

async function moveClock(now: string) {
  const response = await fetch(`${stack.url}/_local/clock`, {
    method: 'POST',
    body: JSON.stringify({ now }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { now: string; fired: number; recovered: number } }).data;
}

async function clockNow(): Promise<Date> {
  const response = await fetch(`${stack.url}/_local/clock`);
  return new Date(((await response.json()) as { data: { now: string } }).data.now);
}

const details = async (id: string) => (await call(`/v1/campaign/${id}`)).body.data;

describe('sending on the local stack', () => {
  it('sends an immediate campaign at once, personalised, each recipient once, with exact stats', async () => {
    const created = await call('/v1/campaign/create', {
      contacts: [
        { phone: '2250700001001', name: 'Awa Koné' },
        { phone: '2250700001002', firstName: 'Moussa', sex: 'M' },
        { phone: '2250700001002' },
        { phone: '2250700001003' },
      ],
      text: 'Bonjour @nom_complet, votre colis est arrivé.',
    });
    expect(created.status).toBe(201);
    const sent = await outbox(created.body.data.id);
    // Several messages of a chunk are in flight at once: they reach the provider in any order.
    sent.sort((a, b) => a.to.localeCompare(b.to));
    expect(sent.map((message) => [message.to, message.from, message.text])).toEqual([
      ['2250700001001', 'SMSInfo', 'Bonjour Awa Koné, votre colis est arrivé.'],
      ['2250700001002', 'SMSInfo', 'Bonjour Moussa, votre colis est arrivé.'],
      ['2250700001003', 'SMSInfo', 'Bonjour, votre colis est arrivé.'],
    ]);
    expect(sent.every((message) => message.occurrence === created.body.data.createdAt)).toBe(true);
    expect(await details(created.body.data.id)).toMatchObject({
      status: 'SENT',
      stats: { total: 3, sent: 3, failed: 0, pending: 0 },
    });
  });

  it('sends an immediate campaign once when its hand-off to dispatch fails, and its retry creates nothing more', async () => {
    const outage = await fetch(`${stack.url}/_local/queues/outage`, {
      method: 'POST',
      body: JSON.stringify({ dispatch: 1 }),
    });
    expect(outage.status).toBe(200);
    const body = {
      contacts: [{ phone: '2250700009001' }, { phone: '2250700009002' }],
      text: 'Promo du jour',
    };
    const key = { 'idempotency-key': 'outage-1' };
    const created = await stack.call('/v1/campaign/create', body, apiKey, key);
    expect(created.status).toBe(201);
    expect(created.body.data.status).toBe('PENDING');
    const id = created.body.data.id as string;
    expect(await outbox(id)).toEqual([]);

    const retried = await stack.call('/v1/campaign/create', body, apiKey, key);
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(retried.body.data.id).toBe(id);

    const start = (await clockNow()).getTime();
    expect((await moveClock(new Date(start + 60_000).toISOString())).recovered).toBe(0);
    expect(await outbox(id)).toEqual([]);
    expect((await moveClock(new Date(start + 3 * 60_000).toISOString())).recovered).toBe(1);
    expect((await outbox(id)).map((message) => message.to).sort()).toEqual([
      '2250700009001',
      '2250700009002',
    ]);
    expect((await moveClock(new Date(start + 30 * 60_000).toISOString())).recovered).toBe(0);
    expect(await outbox(id)).toHaveLength(2);
    expect(await details(id)).toMatchObject({ status: 'SENT', stats: { total: 2, sent: 2 } });
    const listed = await call('/v1/campaign/list', { page: 1, limit: 100, status: 'ALL' });
    expect(
      listed.body.data.filter((campaign: { text: string }) => campaign.text === 'Promo du jour'),
    ).toHaveLength(1);
  });

  it('sends a scheduled campaign when the clock reaches its date, not before', async () => {
    const now = await clockNow();
    const slot = new Date(Math.ceil((now.getTime() + 3_600_000) / 900_000) * 900_000).toISOString();
    const created = await call('/v1/campaign/create', {
      contacts: [{ phone: '2250700002001' }, { phone: '2250700002002' }],
      text: 'Rappel : votre rendez-vous.',
      type: 'SCHEDULED',
      scheduledDate: slot,
    });
    expect(created.body.data.nextRunAt).toBe(new Date(slot).toISOString());
    await moveClock(new Date(new Date(slot).getTime() - 60_000).toISOString());
    expect(await outbox(created.body.data.id)).toEqual([]);
    expect(await moveClock(slot)).toMatchObject({ fired: 1 });
    // Messages of a chunk are in flight together: they reach the provider in any order.
    expect((await outbox(created.body.data.id)).map((m) => [m.to, m.occurrence]).sort()).toEqual([
      ['2250700002001', slot],
      ['2250700002002', slot],
    ]);
    const afterwards = await details(created.body.data.id);
    expect(afterwards).toMatchObject({ status: 'SENT', stats: { total: 2, sent: 2 }, lastRunAt: slot });
    expect(afterwards.nextRunAt).toBeUndefined();
    // A one-time schedule is gone once fired (the local scheduler's list; EventBridge deletes it after).
    if (!onRehearsal) {
      expect((await stack.scheduler.list()).map((s) => s.name)).not.toContain(
        `campaign-${created.body.data.id}-once`,
      );
    }
  });

  it('sends a recurring campaign every week, reading its groups again at each occurrence', async () => {
    const group = (await call('/v1/group/create', { name: 'Hebdo' })).body.data;
    await call(`/v1/group/${group.id}/add`, { contacts: [{ phone: '2250700003001', firstName: 'Awa' }] });
    const created = await call('/v1/campaign/create', {
      contacts: [{ phone: '2250700003000', firstName: 'Yao' }],
      groupsIds: [group.id],
      text: 'Bonjour @prenom, à vos marques !',
      type: 'RECURRING',
      timezone: 'Africa/Abidjan',
      recurring: { monday: '2024-03-18T09:00:00Z', thursday: '2024-03-21T18:30:00Z' },
    });
    const id = created.body.data.id;
    const current = await clockNow();
    // A week: one Monday and one Thursday slot.
    await moveClock(new Date(current.getTime() + 7 * 86_400_000).toISOString());
    expect(await outbox(id)).toHaveLength(4);
    await call(`/v1/group/${group.id}/add`, { contacts: [{ phone: '2250700003002', firstName: 'Fatou' }] });
    await moveClock(new Date(current.getTime() + 14 * 86_400_000).toISOString());
    const messages = await outbox(id);
    expect(messages).toHaveLength(10);
    const slots = [...new Set(messages.map((message) => message.occurrence))];
    expect(slots).toHaveLength(4);
    for (const slot of slots) {
      const day = new Date(slot).getUTCDay();
      expect([1, 4]).toContain(day);
      expect(new Date(slot).toISOString().slice(11, 16)).toBe(day === 1 ? '09:00' : '18:30');
    }
    expect(messages.filter((message) => message.to === '2250700003002')).toHaveLength(2);
    const shown = await details(id);
    expect(shown).toMatchObject({ status: 'SENT', stats: { total: 10, sent: 10, failed: 0, pending: 0 } });
    expect(shown.lastRunAt).toBe(slots.sort().at(-1));
    expect(new Date(shown.nextRunAt).getTime()).toBeGreaterThan(new Date(shown.lastRunAt).getTime());
    expect([1, 4]).toContain(new Date(shown.nextRunAt).getUTCDay());
    const cancelled = (await call(`/v1/campaign/${id}/cancel`)).body.data;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.nextRunAt).toBeUndefined();
    if (!onRehearsal) expect((await stack.scheduler.list()).filter((s) => s.name.includes(id))).toEqual([]);
  });

  it('sends nothing for a campaign cancelled before its slot', async () => {
    const now = await clockNow();
    const slot = new Date(Math.ceil((now.getTime() + 3_600_000) / 900_000) * 900_000).toISOString();
    const created = await call('/v1/campaign/create', {
      contacts: [{ phone: '2250700004001' }],
      text: 'Annulé',
      type: 'SCHEDULED',
      scheduledDate: slot,
    });
    expect((await call(`/v1/campaign/${created.body.data.id}/cancel`)).status).toBe(200);
    await moveClock(new Date(new Date(slot).getTime() + 3_600_000).toISOString());
    expect(await outbox(created.body.data.id)).toEqual([]);
  });

  localOnly(
    "it fires the slot through npm start's in-process queue",
    'plans a slot once, however often it fires',
    async () => {
      const now = await clockNow();
      const slot = new Date(Math.ceil((now.getTime() + 3_600_000) / 900_000) * 900_000).toISOString();
      const created = await call('/v1/campaign/create', {
        contacts: [{ phone: '2250700005001' }, { phone: '2250700005002' }],
        text: 'Une fois',
        type: 'SCHEDULED',
        scheduledDate: slot,
      });
      const request = { accountId: stack.demo.accountId, campaignId: created.body.data.id, slot };
      await Promise.all([
        stack.queues.dispatch(request),
        stack.queues.dispatch(request),
        stack.queues.dispatch(request),
      ]);
      await stack.queues.drain();
      expect(await outbox(created.body.data.id)).toHaveLength(2);
      await moveClock(new Date(new Date(slot).getTime() + 60_000).toISOString());
      expect(await outbox(created.body.data.id)).toHaveLength(2);
      expect(await details(created.body.data.id)).toMatchObject({ stats: { total: 2, sent: 2, failed: 0 } });
    },
  );

  it('retries transient provider failures and counts final ones as failed', async () => {
    for (const rule of [
      { phone: '2250700006001', kind: 'transient', times: 2 },
      { phone: '2250700006002', kind: 'final', reason: 'invalid-number' },
    ]) {
      const response = await fetch(`${stack.url}/_local/outbox/failures`, {
        method: 'POST',
        body: JSON.stringify(rule),
      });
      expect(response.status).toBe(200);
    }
    const created = await call('/v1/campaign/create', {
      contacts: [{ phone: '2250700006001' }, { phone: '2250700006002' }, { phone: '2250700006003' }],
      text: 'Essai',
    });
    await stack.queues.drain();
    expect((await outbox(created.body.data.id)).map((m) => m.to).sort()).toEqual([
      '2250700006001',
      '2250700006003',
    ]);
    expect(await details(created.body.data.id)).toMatchObject({
      status: 'SENT',
      stats: { total: 3, sent: 2, failed: 1, pending: 0 },
    });
  });

  it('fails a campaign whose every message fails, and a message too long once personalised', async () => {
    const long = 'x'.repeat(1500);
    const created = await call('/v1/campaign/create', {
      contacts: [{ phone: '2250700007001', name: 'N'.repeat(100) }],
      text: `${long} @nom_complet`,
    });
    expect(created.status).toBe(201);
    await stack.queues.drain();
    expect(await outbox(created.body.data.id)).toEqual([]);
    expect(await details(created.body.data.id)).toMatchObject({
      status: 'FAILED',
      stats: { total: 1, sent: 0, failed: 1 },
    });
  });
});
