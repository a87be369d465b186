import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

const call = (path: string, body: Record<string, unknown> = {}) => stack.call(path, body);

async function outbox(campaignId: string) {
  const response = await fetch(`${stack.url}/_local/outbox?campaignId=${campaignId}`);
  return ((await response.json()) as { data: { to: string; timeToLive?: number }[] }).data;
}

async function clockNow(): Promise<Date> {
  const response = await fetch(`${stack.url}/_local/clock`);
  return new Date(((await response.json()) as { data: { now: string } }).data.now);
}

async function moveClock(now: Date) {
  const response = await fetch(`${stack.url}/_local/clock`, {
    method: 'POST',
    body: JSON.stringify({ now: now.toISOString() }),
  });
  expect(response.status).toBe(200);
}

describe('validity (validFor)', () => {
  it('hands a message over with the provider told how long it stays worth delivering', async () => {
    const created = await call('/v1/campaign/create', {
      contacts: [{ phone: '2250700050001' }],
      text: 'Votre code : 4821',
      validFor: 30,
    });
    expect(created.status).toBe(201);
    expect(created.body.data.validFor).toBe(30);
    const [sent] = await outbox(created.body.data.id);
    // Handed over at once: about 30 minutes left (End User Messaging's TimeToLive, in seconds).
    expect(sent?.timeToLive).toBeGreaterThan(29 * 60);
    expect(sent?.timeToLive).toBeLessThanOrEqual(30 * 60);
  });

  it('fails a message not handed over in time as expired, sends nothing and charges nothing', async () => {
    const before = (await call('/v1/account/balance')).body.data;
    const now = await clockNow();
    const slot = new Date(Math.ceil((now.getTime() + 3_600_000) / 900_000) * 900_000);
    const created = await call('/v1/campaign/create', {
      contacts: [{ phone: '2250700050002' }, { phone: '2250700050003' }],
      text: 'Vente flash : -50% jusqu’à midi.',
      type: 'SCHEDULED',
      scheduledDate: slot.toISOString(),
      validFor: 15,
    });
    expect(created.status).toBe(201);
    // The occurrence goes 20 minutes late (the clock jumps past it: its schedule fires then).
    await moveClock(new Date(slot.getTime() + 20 * 60_000));
    expect(await outbox(created.body.data.id)).toEqual([]);
    const messages = (await call(`/v1/campaign/${created.body.data.id}/messages`)).body.data;
    expect(
      messages.map((message: { status: string; reason?: string }) => [message.status, message.reason]),
    ).toEqual([
      ['FAILED', 'expired'],
      ['FAILED', 'expired'],
    ]);
    const campaign = (await call(`/v1/campaign/${created.body.data.id}`)).body.data;
    expect(campaign.stats).toMatchObject({ total: 2, sent: 0, failed: 2 });
    const after = (await call('/v1/account/balance')).body.data;
    expect(after.balance).toEqual(before.balance);
    expect(after.reserved).toEqual(before.reserved);
  });

  it('refuses a validity out of range, naming validFor', async () => {
    for (const validFor of [14, 4321, 30.5, '60']) {
      const answer = await call('/v1/campaign/create', {
        contacts: [{ phone: '2250700050004' }],
        text: 'Bonjour',
        validFor,
      });
      expect(answer.status).toBe(400);
      expect(answer.body.details).toEqual([{ path: 'validFor', message: expect.any(String) }]);
    }
  });
});
