import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localOnly, startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

async function moveClockTo(iso: string) {
  const response = await fetch(`${stack.url}/_local/clock`, {
    method: 'POST',
    body: JSON.stringify({ now: iso }),
  });
  expect(response.status).toBe(200);
}

const sentTo = async (campaignId: string) =>
  (
    (await (await fetch(`${stack.url}/_local/outbox?campaignId=${campaignId}`)).json()) as {
      data: { to: string }[];
    }
  ).data
    .map((sms) => sms.to)
    .sort();
const statsOf = async (id: string) => (await stack.call(`/v1/campaign/${id}`)).body.data.stats;
const night = { start: '21:00', end: '08:00' };
const xof = (amount: number) => ({ amount, currency: 'XOF' });
const balance = async () => (await stack.call('/v1/account/balance')).body.data;

describe('quiet hours on the local stack', () => {
  it('holds each recipient back until the window ends in their own time: Abidjan at 08:00, Paris at 08:00 Paris', async () => {
    await moveClockTo('2026-06-01T23:00:00.000Z'); // 23:00 in Abidjan, 01:00 in Paris
    const created = await stack.call('/v1/campaign/create', {
      contacts: [{ phone: '2250700001001' }, { phone: '33612345678' }],
      text: 'Bonjour',
      quietHours: night,
    });
    expect(created.status).toBe(201);
    expect(created.body.data.quietHours).toEqual(night);
    const id = created.body.data.id;
    await stack.queues.drain();
    expect(await sentTo(id)).toEqual([]);
    expect(await statsOf(id)).toMatchObject({ total: 2, sent: 0, pending: 2, deferred: 2 });
    const log = (await stack.call(`/v1/campaign/${id}/messages`)).body.data;
    expect(
      log.map((m: { phone: string; status: string; deferredUntil: string }) => [
        m.phone,
        m.status,
        m.deferredUntil,
      ]),
    ).toEqual([
      ['2250700001001', 'PENDING', '2026-06-02T08:00:00.000Z'],
      ['33612345678', 'PENDING', '2026-06-02T06:00:00.000Z'],
    ]);

    await moveClockTo('2026-06-02T05:59:00.000Z');
    expect(await sentTo(id)).toEqual([]);
    await moveClockTo('2026-06-02T06:00:00.000Z');
    expect(await sentTo(id)).toEqual(['33612345678']);
    expect(await statsOf(id)).toMatchObject({ sent: 1, deferred: 1 });
    await moveClockTo('2026-06-02T07:59:00.000Z');
    expect(await sentTo(id)).toEqual(['33612345678']);
    await moveClockTo('2026-06-02T08:00:00.000Z');
    expect(await sentTo(id)).toEqual(['2250700001001', '33612345678']);
    expect((await stack.call(`/v1/campaign/${id}`)).body.data).toMatchObject({
      status: 'SENT',
      stats: { sent: 2, pending: 0, deferred: 0 },
    });
  });

  it('sends nothing held back once the campaign is cancelled', async () => {
    await moveClockTo('2026-06-02T22:00:00.000Z');
    const created = await stack.call('/v1/campaign/create', {
      contacts: [{ phone: '2250700002001' }],
      text: 'Bonsoir',
      type: 'RECURRING',
      recurring: { tuesday: '2024-03-19T22:15:00Z' },
      timezone: 'Africa/Abidjan',
      quietHours: night,
    });
    const id = created.body.data.id;
    // The Tuesday 22:15 slot falls inside the window: held back to Wednesday 08:00.
    await moveClockTo('2026-06-02T22:30:00.000Z');
    expect(await statsOf(id)).toMatchObject({ total: 1, deferred: 1, sent: 0 });
    expect((await stack.call(`/v1/campaign/${id}/cancel`)).status).toBe(200);
    await moveClockTo('2026-06-03T09:00:00.000Z');
    expect(await sentTo(id)).toEqual([]);
    expect(await statsOf(id)).toMatchObject({ deferred: 0, sent: 0 });
  });

  localOnly(
    "it fires the release through npm start's in-process queue",
    'sends each held-back message once when its release fires twice',
    async () => {
      await moveClockTo('2026-06-03T22:00:00.000Z');
      const created = await stack.call('/v1/campaign/create', {
        contacts: [{ phone: '2250700003001' }, { phone: '2250700003002' }],
        text: 'Une fois',
        quietHours: night,
      });
      const id = created.body.data.id;
      await stack.queues.drain();
      const slot = (await stack.call(`/v1/campaign/${id}`)).body.data.occurrences[0].occurrence;
      const release = {
        accountId: stack.demo.accountId,
        campaignId: id,
        slot,
        release: '2026-06-04T08:00:00.000Z',
      };
      await stack.queues.dispatch(release);
      await stack.queues.dispatch(release);
      await stack.queues.drain();
      await moveClockTo('2026-06-04T08:00:00.000Z');
      expect(await sentTo(id)).toEqual(['2250700003001', '2250700003002']);
      expect(await statsOf(id)).toMatchObject({ sent: 2, deferred: 0 });
    },
  );

  it('cancels an immediate campaign while quiet hours hold some of it back: those never go', async () => {
    await moveClockTo('2026-06-05T07:00:00.000Z'); // 07:00 in Abidjan, 09:00 in Paris
    const before = await balance();
    const created = await stack.call('/v1/campaign/create', {
      contacts: [{ phone: '2250700005001' }, { phone: '33612345001' }],
      text: 'Matin',
      quietHours: night,
    });
    const id = created.body.data.id;
    await stack.queues.drain();
    expect(await sentTo(id)).toEqual(['33612345001']);
    // The demonstration prices: 60 to France (sent, charged), 25 to Côte d'Ivoire (held back, still held).
    expect(await balance()).toMatchObject({
      balance: xof(before.balance.amount - 60),
      reserved: xof(before.reserved.amount + 25),
    });
    expect((await stack.call(`/v1/campaign/${id}/cancel`)).status).toBe(200);
    await moveClockTo('2026-06-05T08:00:00.000Z');
    expect(await sentTo(id)).toEqual(['33612345001']);
    // The message held back was dropped by the cancel: never charged, its hold given back.
    expect(await balance()).toMatchObject({
      balance: xof(before.balance.amount - 60),
      reserved: before.reserved,
    });
    expect((await stack.call(`/v1/campaign/${id}`)).body.data.stats.cost).toEqual(xof(60));
    expect((await stack.call('/v1/account/transactions', { campaignId: id })).body.data).toEqual([
      expect.objectContaining({ type: 'CHARGE', amount: xof(-60), segments: 1 }),
    ]);
    // Once nothing is held back, a campaign that went out is not cancellable.
    const other = await stack.call('/v1/campaign/create', {
      contacts: [{ phone: '33612345002' }],
      text: 'x',
    });
    await stack.queues.drain();
    expect((await stack.call(`/v1/campaign/${other.body.data.id}/cancel`)).status).toBe(409);
  });

  it('refuses a window off the quarter hour, out of the day, or empty', async () => {
    for (const [quietHours, path] of [
      [{ start: '25:00', end: '08:00' }, 'quietHours.start'],
      [{ start: '21:00', end: '08:07' }, 'quietHours.end'],
      [{ start: '21:00', end: '21:00' }, 'quietHours.end'],
    ] as const) {
      const answer = await stack.call('/v1/campaign/create', {
        contacts: [{ phone: '2250700004001' }],
        text: 'x',
        quietHours,
      });
      expect(answer.status).toBe(400);
      expect(answer.body.details.map((detail: { path: string }) => detail.path)).toContain(path);
    }
  });
});
