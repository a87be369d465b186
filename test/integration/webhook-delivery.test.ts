import { Webhook as StandardWebhook } from 'standardwebhooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../shared/accounts/repository';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { createLogger } from '../../shared/logger';
import type { WebhookEvent } from '../../shared/ports';
import { deliverOnce, RETRY_WINDOW_MS, retryDelaySeconds } from '../../shared/webhooks/deliver';
import { deliverBatch } from '../../shared/webhooks/deliver-batch';
import { randomEventId } from '../../shared/webhooks/events';
import { createWebhook, findWebhook, listDeliveries } from '../../shared/webhooks/repository';
import { createTestDb } from '../support/db';
import { startReceiver } from '../support/webhook-receiver';

let db: Db;
const log = createLogger({ level: 'silent' });
const policy = { allowLoopback: true, resolve: async () => ['127.0.0.1'] };

beforeAll(async () => {
  db = await createTestDb();
});

/** An account with one endpoint at a receiver answering `status`, and a clock to move. */
async function endpointAnswering(status: (count: number) => number) {
  const clock = new ManualClock('2026-06-01T09:00:00.000Z');
  const { account } = await createAccount(db, { name: 'Hooks', plan: { senderLimit: 1 }, now: clock.now() });
  let count = 0;
  const receiver = await startReceiver(() => status(++count));
  const { webhook, secret } = await createWebhook(
    db,
    account.id,
    { url: receiver.url, events: ['*'], description: '' },
    clock.now(),
  );
  const event = (): WebhookEvent => ({
    id: randomEventId(),
    type: 'message.delivered',
    timestamp: clock.now().toISOString(),
    data: { phone: '2250700000001' },
  });
  const deps = { db, clock, log, policy, random: () => 0.5 };
  const deliveries = async () =>
    (await listDeliveries(db, account.id, webhook.id, { page: 1, size: 100 })).items;
  return { clock, account, webhook, secret, receiver, event, deps, deliveries };
}

describe('the retry schedule', () => {
  it('waits 5 s, 5 min, 30 min, 2 h, 5 h, then 10 h, each ±20% at random', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 12].map((attempt) => retryDelaySeconds(attempt, 0.5))).toEqual([
      5, 300, 1800, 7200, 18_000, 36_000, 36_000, 36_000,
    ]);
    expect(retryDelaySeconds(2, 0)).toBe(240);
    expect(retryDelaySeconds(2, 0.999_999)).toBe(360);
  });
});

describe('delivering one event', () => {
  it('retries a failure with the next delay, then succeeds, each attempt in the log', async () => {
    const hook = await endpointAnswering((count) => (count === 1 ? 503 : 204));
    const event = hook.event();
    const delivery = { accountId: hook.account.id, webhookId: hook.webhook.id, event };
    expect(await deliverOnce(hook.deps, delivery)).toEqual({
      outcome: 'retry',
      inSeconds: 5,
      reason: 'answered 503',
      answered: true,
    });
    expect(await hook.deliveries()).toEqual([
      expect.objectContaining({
        eventId: event.id,
        status: 'PENDING',
        attempts: 1,
        lastStatusCode: 503,
        nextAttemptAt: '2026-06-01T09:00:05.000Z',
      }),
    ]);
    expect((await findWebhook(db, hook.account.id, hook.webhook.id))?.failingSince).toBe(
      '2026-06-01T09:00:00.000Z',
    );
    hook.clock.advance(5_000);
    expect(await deliverOnce(hook.deps, delivery)).toEqual({ outcome: 'succeeded' });
    const [entry] = await hook.deliveries();
    expect(entry).toMatchObject({ status: 'SUCCEEDED', attempts: 2, lastStatusCode: 204 });
    expect(entry?.nextAttemptAt).toBeUndefined();
    expect((await findWebhook(db, hook.account.id, hook.webhook.id))?.failingSince).toBeUndefined();
    // Queued again after it succeeded: not posted again, and the log keeps its final word.
    // Signed at the real time, though this test's clock is months away: a receiver checks it against its own.
    const [, accepted] = hook.receiver.received;
    expect(
      new StandardWebhook(hook.secret).verify(
        String(accepted?.body),
        accepted?.headers as Record<string, string>,
      ),
    ).toMatchObject({ type: 'message.delivered' });
    expect(await deliverOnce(hook.deps, delivery)).toEqual({ outcome: 'dropped' });
    expect(hook.receiver.received).toHaveLength(2);
    expect(await hook.deliveries()).toEqual([expect.objectContaining({ status: 'SUCCEEDED', attempts: 2 })]);
    await hook.receiver.stop();
  });

  it('disables the endpoint on 410 Gone, and delivers nothing more to it', async () => {
    const hook = await endpointAnswering(() => 410);
    const target = { accountId: hook.account.id, webhookId: hook.webhook.id };
    expect(await deliverOnce(hook.deps, { ...target, event: hook.event() })).toEqual({
      outcome: 'failed',
    });
    expect(await findWebhook(db, hook.account.id, hook.webhook.id)).toMatchObject({
      status: 'DISABLED',
      disabledReason: expect.stringMatching(/410 Gone/),
    });
    // A second later, so the log's newest-first order is certain.
    hook.clock.advance(1000);
    expect(await deliverOnce(hook.deps, { ...target, event: hook.event() })).toEqual({
      outcome: 'failed',
    });
    expect(hook.receiver.received).toHaveLength(1);
    expect((await hook.deliveries()).map((entry) => [entry.status, entry.attempts])).toEqual([
      ['FAILED', 0],
      ['FAILED', 1],
    ]);
    await hook.receiver.stop();
  });

  it('gives up three days after the event, and disables an endpoint that failed all that time, saying why', async () => {
    const hook = await endpointAnswering(() => 500);
    const event = hook.event();
    const delivery = { accountId: hook.account.id, webhookId: hook.webhook.id, event };
    expect(await deliverOnce(hook.deps, delivery)).toMatchObject({ outcome: 'retry' });
    hook.clock.advance(RETRY_WINDOW_MS - 60_000);
    // The last wait is cut to what is left of the three days.
    expect(await deliverOnce(hook.deps, delivery)).toEqual({
      outcome: 'retry',
      inSeconds: 60,
      reason: 'answered 500',
      answered: true,
    });
    hook.clock.advance(60_000);
    expect(await deliverOnce(hook.deps, delivery)).toEqual({ outcome: 'failed' });
    expect(await hook.deliveries()).toEqual([expect.objectContaining({ status: 'FAILED', attempts: 3 })]);
    expect(await findWebhook(db, hook.account.id, hook.webhook.id)).toMatchObject({
      status: 'DISABLED',
      disabledReason: expect.stringMatching(
        /^every delivery failed from 2026-06-01T09:00:00.000Z .*answered 500$/,
      ),
    });
    await hook.receiver.stop();
  });
});

describe('an endpoint read once for several deliveries', () => {
  it('forgets a failure when a later delivery succeeds', async () => {
    const hook = await endpointAnswering((count) => (count === 1 ? 500 : 200));
    const webhook = await findWebhook(db, hook.account.id, hook.webhook.id);
    const target = { accountId: hook.account.id, webhookId: hook.webhook.id };
    expect(await deliverOnce(hook.deps, { ...target, event: hook.event() }, webhook)).toMatchObject({
      outcome: 'retry',
    });
    expect(await deliverOnce(hook.deps, { ...target, event: hook.event() }, webhook)).toEqual({
      outcome: 'succeeded',
    });
    expect((await findWebhook(db, hook.account.id, hook.webhook.id))?.failingSince).toBeUndefined();
    await hook.receiver.stop();
  });
});

describe('delivering a batch', () => {
  it('does not let a dead endpoint hold back others: its other deliveries wait without an attempt', async () => {
    const dead = await endpointAnswering(() => 200);
    await dead.receiver.stop();
    const refusing = await endpointAnswering(() => 500);
    const healthy = await endpointAnswering(() => 200);
    const hooks = [dead, dead, dead, refusing, refusing, refusing, healthy, healthy, healthy];
    const queued = hooks.map((hook, index) => ({
      handle: `h${index}`,
      delivery: { accountId: hook.account.id, webhookId: hook.webhook.id, event: hook.event() },
    }));
    const putBack = await deliverBatch({ ...healthy.deps, random: () => 0.5 }, queued);
    expect(healthy.receiver.received).toHaveLength(3);
    // An endpoint that answers an error quickly costs no time: each of its deliveries is tried.
    expect(refusing.receiver.received).toHaveLength(3);
    expect(putBack.map((entry) => entry.handle).sort()).toEqual(['h0', 'h1', 'h2', 'h3', 'h4', 'h5']);
    expect(putBack.every((entry) => entry.inSeconds === 5)).toBe(true);
    // The dead one was tried at most as many times as it may be at once; the rest wait, not counted.
    const deadLog = await dead.deliveries();
    expect(deadLog.length).toBeLessThanOrEqual(2);
    expect(deadLog.every((entry) => entry.status === 'PENDING' && entry.attempts === 1)).toBe(true);
    await refusing.receiver.stop();
    await healthy.receiver.stop();
  });
});
