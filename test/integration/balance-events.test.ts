import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../shared/accounts/repository';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { createLogger } from '../../shared/logger';
import { moneyDeps, setBalanceSettings } from '../../shared/money/balance';
import { holdOccurrence, releaseHold } from '../../shared/money/holds';
import { recordMovement } from '../../shared/money/repository';
import type { EventType, WebhookDelivery } from '../../shared/ports';
import { sweepOutbox } from '../../shared/webhooks/outbox';
import { createWebhook } from '../../shared/webhooks/repository';
import { createTestDb } from '../support/db';

let db: Db;
const clock = new ManualClock('2026-07-01T08:00:00.000Z');
const log = createLogger({ level: 'error' });

beforeAll(async () => {
  db = await createTestDb();
});

/** A queue that keeps what it is given. */
function capturingQueue() {
  const delivered: WebhookDelivery[] = [];
  return {
    delivered,
    enqueue: async (deliveries: readonly WebhookDelivery[]) => void delivered.push(...deliveries),
    retryLater: async () => {},
  };
}

async function accountListening(events: (EventType | '*')[]) {
  const { account } = await createAccount(db, { name: 'E', plan: { senderLimit: 1 }, now: clock.now() });
  await createWebhook(
    db,
    account.id,
    { url: 'https://hooks.example.com/sms', events, description: '' },
    clock.now(),
  );
  return account.id;
}

const occurrence = (accountId: string, slot: string) => ({ accountId, campaignId: 'c1', slot });
const xof = (amount: number) => ({ amount, currency: 'XOF' });

describe('account.topped_up', () => {
  it('is raised with the top-up, once, however often the same top-up is asked', async () => {
    const accountId = await accountListening(['account.topped_up']);
    const queue = capturingQueue();
    const money = { db, currency: 'XOF', webhookQueue: queue };
    const topUp = { id: 'topup-1', type: 'TOP_UP' as const, units: 1_500_000, note: 'Virement' };
    await recordMovement(money, accountId, topUp, clock.now());
    await recordMovement(money, accountId, topUp, clock.now());
    await recordMovement(money, accountId, { id: 'adj-1', type: 'ADJUSTMENT', units: -500_000 }, clock.now());
    expect(queue.delivered.map((delivery) => [delivery.event.type, delivery.event.data])).toEqual([
      [
        'account.topped_up',
        {
          transactionId: 'topup-1',
          amount: xof(150),
          balance: xof(150),
          available: xof(150),
          note: 'Virement',
        },
      ],
    ]);
    expect(
      await sweepOutbox({ db, log, webhookQueue: queue }, new Date(clock.now().getTime() + 60_000)),
    ).toBe(0);
  });

  it('waits in the outbox for the sweeper when no queue is at hand (the operators’ command line)', async () => {
    const accountId = await accountListening(['*']);
    await recordMovement(
      moneyDeps({ db }),
      accountId,
      { id: 'topup-2', type: 'TOP_UP', units: 10_000 },
      clock.now(),
    );
    const queue = capturingQueue();
    expect(
      await sweepOutbox({ db, log, webhookQueue: queue }, new Date(clock.now().getTime() + 60_000)),
    ).toBe(1);
    expect(queue.delivered.map((delivery) => [delivery.accountId, delivery.event.type])).toEqual([
      [accountId, 'account.topped_up'],
    ]);
  });

  it('writes nothing where no endpoint wants it', async () => {
    const accountId = await accountListening(['campaign.sent']);
    const queue = capturingQueue();
    await recordMovement(
      { db, currency: 'XOF', webhookQueue: queue },
      accountId,
      { id: 'topup-3', type: 'TOP_UP', units: 10_000 },
      clock.now(),
    );
    expect(queue.delivered).toEqual([]);
    expect(
      await sweepOutbox({ db, log, webhookQueue: queue }, new Date(clock.now().getTime() + 60_000)),
    ).toBe(0);
  });
});

describe('account.balance_low', () => {
  it('is raised once per crossing of the threshold, and again after the balance came back above it', async () => {
    const accountId = await accountListening(['account.balance_low']);
    const queue = capturingQueue();
    const money = { db, currency: 'XOF', webhookQueue: queue };
    await setBalanceSettings(db, accountId, { lowBalanceThreshold: 5_000_000 });
    await recordMovement(money, accountId, { id: 't1', type: 'TOP_UP', units: 10_000_000 }, clock.now());
    expect(queue.delivered).toEqual([]);

    // 1,000 − 600 held = 400 available: below 500.
    await holdOccurrence(money, occurrence(accountId, 's1'), 6_000_000, {}, clock.now());
    // Further down: still the same crossing.
    await holdOccurrence(money, occurrence(accountId, 's2'), 1_000_000, {}, clock.now());
    expect(queue.delivered.map((delivery) => [delivery.event.type, delivery.event.data])).toEqual([
      [
        'account.balance_low',
        { available: xof(400), threshold: xof(500), balance: xof(1000), reserved: xof(600) },
      ],
    ]);

    // Back above (the holds released), then below again: a second crossing, a second event.
    await releaseHold(money, occurrence(accountId, 's1'), clock.now());
    await releaseHold(money, occurrence(accountId, 's2'), clock.now());
    await recordMovement(money, accountId, { id: 'a1', type: 'ADJUSTMENT', units: -6_000_000 }, clock.now());
    const events = queue.delivered.map((delivery) => delivery.event);
    expect(events.map((event) => [event.type, event.data.available])).toEqual([
      ['account.balance_low', xof(400)],
      ['account.balance_low', xof(400)],
    ]);
    expect(new Set(events.map((event) => event.id)).size).toBe(2);
  });

  it('is not raised by a top-up that leaves the balance above the threshold, nor without a threshold', async () => {
    const accountId = await accountListening(['account.balance_low']);
    const queue = capturingQueue();
    const money = { db, currency: 'XOF', webhookQueue: queue };
    await recordMovement(money, accountId, { id: 't1', type: 'TOP_UP', units: 10_000 }, clock.now());
    await holdOccurrence(money, occurrence(accountId, 's1'), 10_000, {}, clock.now());
    expect(queue.delivered).toEqual([]);
    await setBalanceSettings(db, accountId, { lowBalanceThreshold: 5_000 });
    await recordMovement(money, accountId, { id: 't2', type: 'TOP_UP', units: 100_000 }, clock.now());
    expect(queue.delivered).toEqual([]);
  });
});
