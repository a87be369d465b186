import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { keys } from '../../shared/db/keys';
import { sharedCaps, type ThroughputCaps } from '../../shared/sending/caps';
import { createTestDb } from '../support/db';

let db: Db;

beforeAll(async () => {
  db = await createTestDb();
});

/**
 * Time for workers that run side by side: it stands still while any of them works (their DynamoDB calls
 * take no time), and moves to the earliest wake-up once every one of them sleeps.
 */
function sharedTime(start: string, workers: number) {
  const clock = new ManualClock(start);
  let running = workers;
  const sleepers: { at: number; wake: () => void }[] = [];
  const moveOn = () => {
    if (running > 0 || sleepers.length === 0) return;
    const next = Math.min(...sleepers.map((sleeper) => sleeper.at));
    if (next > clock.now().getTime()) clock.set(new Date(next));
    for (const sleeper of sleepers.filter((candidate) => candidate.at <= next)) {
      sleepers.splice(sleepers.indexOf(sleeper), 1);
      running++;
      sleeper.wake();
    }
  };
  return {
    clock,
    sleep: (ms: number) =>
      new Promise<void>((wake) => {
        sleepers.push({ at: clock.now().getTime() + ms, wake });
        running--;
        moveOn();
      }),
    done: () => {
      running--;
      moveOn();
    },
  };
}

/** Every second's parts under one cap, as the table holds them. */
async function partsBySecond(cap: string): Promise<Map<number, number>> {
  const answer = await db.client.send(
    new QueryCommand({
      TableName: db.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.throughput(cap, 0).pk },
    }),
  );
  return new Map(
    (answer.Items ?? []).map((item) => [Number(String(item.sk).slice('SECOND#'.length)), Number(item.used)]),
  );
}

/** Four send functions at once, each handing over `messages` messages of `parts` parts to `phones`. */
async function fourSenders(
  caps: ThroughputCaps,
  start: string,
  plan: { messages: number; parts: (i: number) => number; phone: (i: number) => string; origination: string },
) {
  const time = sharedTime(start, 4);
  const handedAt: { at: number; parts: number; phone: string }[] = [];
  await Promise.all(
    Array.from({ length: 4 }, async (_, worker) => {
      const pace = sharedCaps(db, time.clock, caps, time.sleep);
      for (let i = worker; i < plan.messages; i += 4) {
        const parts = plan.parts(i);
        await pace(parts, { phone: plan.phone(i), origination: plan.origination });
        handedAt.push({ at: time.clock.now().getTime(), parts, phone: plan.phone(i) });
      }
      time.done();
    }),
  );
  return { handedAt, clock: time.clock };
}

describe('throughput caps shared by every send function', () => {
  it('hold 4 senders together to 50 parts a second for one country, the messages waiting', async () => {
    const start = '2026-06-01T08:00:00.000Z';
    const { handedAt, clock } = await fourSenders(
      { byCountry: { CI: 50 }, perOtherCountry: 0, perOrigination: 0 },
      start,
      // 1,000 parts: one message in four is of two parts.
      {
        messages: 800,
        parts: (i) => (i % 4 === 0 ? 2 : 1),
        phone: (i) => `22507${String(i).padStart(8, '0')}`,
        origination: 'Shop',
      },
    );
    const seconds = (clock.now().getTime() - new Date(start).getTime()) / 1000 + 1;
    const parts = handedAt.reduce((sum, message) => sum + message.parts, 0);
    expect(parts).toBe(1000);
    expect(parts / seconds).toBeGreaterThanOrEqual(45);
    expect(parts / seconds).toBeLessThanOrEqual(55);
    const bySecond = await partsBySecond('country#CI');
    expect(Math.max(...bySecond.values())).toBeLessThanOrEqual(50);
    // What the table counted is what went.
    expect([...bySecond.values()].reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('caps the sender and the country together, and leaves a country without a cap alone', async () => {
    const start = '2026-06-02T08:00:00.000Z';
    const caps = { byCountry: { SN: 30 }, perOtherCountry: 0, perOrigination: 40 };
    // Half to Senegal (capped at 30), half to Mali (no country cap): the sender's 40 holds them all.
    const { handedAt, clock } = await fourSenders(caps, start, {
      messages: 400,
      parts: () => 1,
      phone: (i) =>
        i % 2 === 0 ? `22177${String(i).padStart(7, '0')}` : `22376${String(i).padStart(6, '0')}`,
      origination: 'Banque',
    });
    const seconds = (clock.now().getTime() - new Date(start).getTime()) / 1000 + 1;
    expect(handedAt).toHaveLength(400);
    expect(400 / seconds).toBeGreaterThanOrEqual(36);
    expect(400 / seconds).toBeLessThanOrEqual(44);
    expect(Math.max(...(await partsBySecond('origination#Banque')).values())).toBeLessThanOrEqual(40);
    expect(Math.max(...(await partsBySecond('country#SN')).values())).toBeLessThanOrEqual(30);
    expect((await partsBySecond('country#ML')).size).toBe(0);
  });

  it('lets a message longer than a second of its cap go, alone in its second', async () => {
    const start = '2026-06-03T08:00:00.000Z';
    const { handedAt } = await fourSenders(
      { byCountry: { CI: 3 }, perOtherCountry: 0, perOrigination: 0 },
      start,
      {
        messages: 4,
        parts: () => 5,
        phone: (i) => `2250799${String(i).padStart(6, '0')}`,
        origination: 'Long',
      },
    );
    expect(new Set(handedAt.map((message) => message.at)).size).toBe(4);
  });
});
