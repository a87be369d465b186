import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { Outbox } from '../../local/sending';
import { getCampaign } from '../../shared/campaigns/repository';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { keys } from '../../shared/db/keys';
import { createLogger } from '../../shared/logger';
import { getBalance } from '../../shared/money/balance';
import { listLedger } from '../../shared/money/repository';
import { addOptOuts } from '../../shared/opt-outs/repository';
import {
  type OutgoingSms,
  ProviderError,
  type SendTask,
  type SmsProvider,
  type WebhookDelivery,
} from '../../shared/ports';
import { type ChunkResult, sendChunk } from '../../shared/sending/send';
import { sweepOutbox } from '../../shared/webhooks/outbox';
import { createWebhook } from '../../shared/webhooks/repository';
import { dispatchedCampaign } from '../support/campaigns';
import { createTestDb } from '../support/db';

let db: Db;
const clock = new ManualClock('2026-05-04T08:00:00.000Z');
const log = createLogger({ level: 'silent' });

beforeAll(async () => {
  db = await createTestDb();
});

/** The demonstration price to Côte d'Ivoire (25 a segment), and the opening balance, in units. */
const PRICE = 250_000;
const OPENING = 1_000_000_000;

/** A chunk's result without the name of its charge (whichever message went first). */
const counted = ({ firstCharged: _, ...result }: ChunkResult) => result;

/** A campaign of `count` recipients, dispatched: returns the one task its chunk became. */
async function plannedChunk(count: number): Promise<SendTask> {
  const tasks = await dispatchedCampaign(db, clock, count);
  expect(tasks).toHaveLength(1);
  return tasks[0] as SendTask;
}

/** A provider that accepts `accepted` messages, then dies in the middle of the next call. */
function crashingAfter(accepted: number, outbox: Outbox): Pick<SmsProvider, 'send'> {
  let calls = 0;
  return {
    send: async (message: OutgoingSms) => {
      calls++;
      if (calls > accepted) throw new Error('process crashed during the call');
      return outbox.send(message);
    },
  };
}

describe('sending a chunk', () => {
  it('sends every recipient exactly once when it crashes half way and is retried', async () => {
    const task = await plannedChunk(10);
    const outbox = new Outbox(clock);

    // First delivery: 5 accepted, the 6th call dies with its outcome unknown.
    const first = await sendChunk({ db, clock, log, provider: crashingAfter(5, outbox) }, task);
    expect(counted(first)).toEqual({
      sent: 5,
      failed: 0,
      parts: 5,
      optedOut: 0,
      charged: 5 * PRICE,
      retry: 5,
      unsent: [],
    });

    // Redelivery: the 4 never tried go out; the one in flight is left to its lease.
    const second = await sendChunk({ db, clock, log, provider: outbox }, task);
    expect(counted(second)).toEqual({
      sent: 4,
      failed: 0,
      parts: 4,
      optedOut: 0,
      charged: 4 * PRICE,
      retry: 1,
      unsent: [],
    });
    expect(outbox.messages).toHaveLength(9);

    // Once its lease has run out, the lost one counts as failed, never sent blindly again.
    clock.advance(10 * 60_000);
    const third = await sendChunk({ db, clock, log, provider: outbox }, task);
    expect(counted(third)).toEqual({
      sent: 0,
      failed: 1,
      parts: 0,
      optedOut: 0,
      charged: 0,
      retry: 0,
      unsent: [],
    });
    expect(outbox.messages).toHaveLength(9);
    expect(new Set(outbox.messages.map((message) => message.to)).size).toBe(9);
    // The account paid for the 9 handed over, once each, not for the one whose outcome is unknown;
    // the occurrence has ended, and nothing of its hold stays held.
    const balance = await getBalance(db, task.accountId);
    expect([balance.balance, balance.reserved]).toEqual([OPENING - 9 * PRICE, 0]);
    const ledger = (await listLedger(db, task.accountId, { page: 1, size: 50 })).items;
    expect(ledger.map((entry) => [entry.type, entry.units, entry.segments])).toEqual([
      ['CHARGE', -4 * PRICE, 4],
      ['CHARGE', -5 * PRICE, 5],
      ['TOP_UP', OPENING, undefined],
    ]);

    const lost = await db.client.send(
      new GetCommand({
        TableName: db.tableName,
        Key: keys.messageClaim(task.accountId, task.campaignId, task.slot, '2250700000005'),
      }),
    );
    expect(lost.Item).toMatchObject({ state: 'FAILED', reason: 'outcome-unknown' });
    expect(await getCampaign(db, task.accountId, task.campaignId)).toMatchObject({
      status: 'SENT',
      total: 10,
      sent: 9,
      failed: 1,
    });

    // Any later redelivery changes nothing, the balance included.
    expect(await sendChunk({ db, clock, log, provider: outbox }, task)).toEqual({
      sent: 0,
      failed: 0,
      parts: 0,
      optedOut: 0,
      charged: 0,
      retry: 0,
      unsent: [],
    });
    expect(outbox.messages).toHaveLength(9);
    expect((await getBalance(db, task.accountId)).balance).toBe(OPENING - 9 * PRICE);
  });

  it('sends a chunk handed to two workers at once only once', async () => {
    const task = await plannedChunk(20);
    const outbox = new Outbox(clock);
    const results = await Promise.all(
      [1, 2].map(() => sendChunk({ db, clock, log, provider: outbox }, task)),
    );
    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(20);
    expect(outbox.messages).toHaveLength(20);
    expect(await getCampaign(db, task.accountId, task.campaignId)).toMatchObject({
      sent: 20,
      failed: 0,
      charged: 20 * PRICE,
      status: 'SENT',
    });
    // Both workers charged what each handed over: the 20 once, and nothing stays held.
    const balance = await getBalance(db, task.accountId);
    expect([balance.balance, balance.reserved]).toEqual([OPENING - 20 * PRICE, 0]);
  });
});

/** A provider whose every call takes `latencyMs` of the given clock. */
const slowProvider = (outbox: Outbox, latencyMs: number, at: ManualClock): Pick<SmsProvider, 'send'> => ({
  send: async (message) => {
    at.advance(latencyMs);
    return outbox.send(message);
  },
});

describe('sending a chunk with a slow provider', () => {
  it('hands several messages to the provider at once, never more than asked, each once', async () => {
    const task = await plannedChunk(40);
    const outbox = new Outbox(clock);
    // Each call waits until eight are in flight together: fewer workers would never get past it.
    let waiting: (() => void)[] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    const gated: Pick<SmsProvider, 'send'> = {
      send: async (message) => {
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        if (waiting.length + 1 >= 8) {
          for (const release of waiting) release();
          waiting = [];
        } else {
          await new Promise<void>((release) => waiting.push(release));
        }
        inFlight--;
        return outbox.send(message);
      },
    };
    const result = await sendChunk({ db, clock, log, provider: gated, inFlight: 8 }, task);
    expect(counted(result)).toEqual({
      sent: 40,
      failed: 0,
      parts: 40,
      optedOut: 0,
      charged: 40 * PRICE,
      retry: 0,
      unsent: [],
    });
    expect(mostInFlight).toBe(8);
    expect(new Set(outbox.messages.map((message) => message.to)).size).toBe(40);
  });

  it('with several in flight, a crash leaves every message sent once or counted unknown, never twice', async () => {
    const task = await plannedChunk(40);
    const at = new ManualClock(clock.now());
    const outbox = new Outbox(at);
    const first = await sendChunk(
      { db, clock: at, log, provider: crashingAfter(10, outbox), inFlight: 4 },
      task,
    );
    expect(first.sent).toBe(10);
    expect(first.sent + first.retry).toBe(40);
    at.advance(10 * 60_000);
    const second = await sendChunk({ db, clock: at, log, provider: outbox, inFlight: 4 }, task);
    expect(second.retry).toBe(0);
    expect(first.sent + second.sent + second.failed).toBe(40);
    // The calls that died in flight (one per worker at most) count as unknown; none went out again.
    expect(second.failed).toBeGreaterThanOrEqual(1);
    expect(second.failed).toBeLessThanOrEqual(4);
    expect(outbox.messages).toHaveLength(40 - second.failed);
    expect(new Set(outbox.messages.map((message) => message.to)).size).toBe(outbox.messages.length);
    expect(await getCampaign(db, task.accountId, task.campaignId)).toMatchObject({
      sent: outbox.messages.length,
      failed: 40 - outbox.messages.length,
    });
  });

  it('stops taking messages before its deadline and hands the rest back; the rest then goes, each once', async () => {
    const task = await plannedChunk(30);
    const at = new ManualClock(clock.now());
    const outbox = new Outbox(at);
    const slow = slowProvider(outbox, 100, at);
    // A 2 s invocation that keeps 500 ms for a last call and the stats: about 15 calls of 100 ms fit.
    const deadline = at.now().getTime() + 2_000;
    const deps = {
      db,
      clock: at,
      log,
      provider: slow,
      timeLeft: () => deadline - at.now().getTime(),
    };
    const first = await sendChunk({ ...deps, reserveMs: 500 }, task);
    expect(first.sent + first.unsent.length).toBe(30);
    expect(first.sent).toBeGreaterThanOrEqual(14);
    expect(first.sent).toBeLessThanOrEqual(16);
    expect(first.retry).toBe(0);
    expect(at.now().getTime()).toBeLessThanOrEqual(deadline);

    // The rest, handed on as a task of its own to a fresh invocation.
    const later = at.now().getTime() + 2_000;
    const rest = await sendChunk(
      { ...deps, reserveMs: 500, timeLeft: () => later - at.now().getTime() },
      { ...task, recipients: first.unsent },
    );
    expect(counted(rest)).toEqual({
      sent: first.unsent.length,
      failed: 0,
      parts: first.unsent.length,
      optedOut: 0,
      charged: first.unsent.length * PRICE,
      retry: 0,
      unsent: [],
    });
    expect(outbox.messages.map((message) => message.to).sort()).toEqual(
      task.recipients.map((recipient) => recipient.phone).sort(),
    );
    expect(await getCampaign(db, task.accountId, task.campaignId)).toMatchObject({
      status: 'SENT',
      sent: 30,
    });
  });

  it('gives back a message whose wait for the sending rate ran past the deadline, unsent and unclaimed', async () => {
    const task = await plannedChunk(3);
    const at = new ManualClock(clock.now());
    const outbox = new Outbox(at);
    const deadline = at.now().getTime() + 1_000;
    // The rate lets one message go, then makes the next wait two seconds.
    let paced = 0;
    const pace = async () => {
      if (paced++ > 0) at.advance(2_000);
    };
    const result = await sendChunk(
      {
        db,
        clock: at,
        log,
        provider: outbox,
        pace,
        reserveMs: 100,
        timeLeft: () => deadline - at.now().getTime(),
      },
      task,
    );
    expect(result.sent).toBe(1);
    expect(result.unsent).toHaveLength(2);
    const claim = await db.client.send(
      new GetCommand({
        TableName: db.tableName,
        Key: keys.messageClaim(task.accountId, task.campaignId, task.slot, result.unsent[0]?.phone ?? ''),
        ConsistentRead: true,
      }),
    );
    expect(claim.Item?.state ?? 'none').toMatch(/^(RELEASED|none)$/);
  });
});

describe('a send that outlives its claim', () => {
  /** A provider whose call runs past the claim's lease, while a redelivery of the chunk settles the claim. */
  function outlivingItsLease(task: SendTask, outbox: Outbox, answer: 'accept' | 'throttle' | 'refuse') {
    const seen: { redelivery?: Awaited<ReturnType<typeof sendChunk>> } = {};
    const provider: Pick<SmsProvider, 'send'> = {
      send: async (message) => {
        if (seen.redelivery) return outbox.send(message);
        clock.advance(10 * 60_000);
        seen.redelivery = await sendChunk({ db, clock, log, provider: outbox }, task);
        if (answer === 'throttle') throw new ProviderError('provider-refused', true, 'ThrottlingException');
        if (answer === 'refuse') throw new ProviderError('invalid-number', false, 'ValidationException');
        return outbox.send(message);
      },
    };
    return { provider, seen };
  }

  it.each(['accept', 'throttle', 'refuse'] as const)(
    'changes nothing the recovery settled when the provider answers %s late: counted once, never sent again',
    async (answer) => {
      const task = await plannedChunk(1);
      const outbox = new Outbox(clock);
      const { provider, seen } = outlivingItsLease(task, outbox, answer);
      const late = await sendChunk({ db, clock, log, provider }, task);
      expect(seen.redelivery).toMatchObject({ sent: 0, failed: 1, retry: 0 });
      expect(late).toMatchObject({ sent: 0, failed: 0, retry: 0, unsent: [] });
      const phone = task.recipients[0]?.phone as string;
      const claim = await db.client.send(
        new GetCommand({
          TableName: db.tableName,
          Key: keys.messageClaim(task.accountId, task.campaignId, task.slot, phone),
        }),
      );
      expect(claim.Item).toMatchObject({ state: 'FAILED', reason: 'outcome-unknown' });
      // A later redelivery finds it settled: nothing more goes out, nothing more is counted.
      await sendChunk({ db, clock, log, provider: outbox }, task);
      expect(outbox.messages.length).toBe(answer === 'accept' ? 1 : 0);
      expect(await getCampaign(db, task.accountId, task.campaignId)).toMatchObject({
        total: 1,
        sent: 0,
        failed: 1,
      });
    },
  );
});

describe('message.failed', () => {
  it('is written with the failure itself, so a process stopped before relaying it loses nothing', async () => {
    const task = await plannedChunk(3);
    const [refused, optedOut] = task.recipients.map((recipient) => recipient.phone) as [string, string];
    await createWebhook(
      db,
      task.accountId,
      { url: 'https://hooks.example.com/sms', events: ['message.failed'], description: '' },
      clock.now(),
    );
    await addOptOuts(db, task.accountId, [optedOut], { source: 'api' }, clock.now());
    const outbox = new Outbox(clock);
    outbox.failures.set(refused, { kind: 'final', reason: 'invalid-number' });
    // No webhook queue at hand: the events stay in the outbox, as after a stop before the relay.
    expect(await sendChunk({ db, clock, log, provider: outbox }, task)).toMatchObject({ sent: 1, failed: 2 });
    const queued: WebhookDelivery[] = [];
    const webhookQueue = {
      enqueue: async (deliveries: readonly WebhookDelivery[]) => void queued.push(...deliveries),
      retryLater: async () => {},
    };
    clock.advance(60_000);
    expect(await sweepOutbox({ db, log, webhookQueue }, clock.now())).toBe(2);
    expect(
      queued
        .map((delivery) => [delivery.event.type, delivery.event.data.phone, delivery.event.data.reason])
        .sort(),
    ).toEqual(
      [
        ['message.failed', optedOut, 'opted-out'],
        ['message.failed', refused, 'invalid-number'],
      ].sort(),
    );
    // A redelivered chunk raises nothing more: the failures are settled, with their events.
    await sendChunk({ db, clock, log, provider: outbox }, task);
    expect(await sweepOutbox({ db, log, webhookQueue }, new Date(clock.now().getTime() + 60_000))).toBe(0);
  });
});
