import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { Outbox } from '../../local/sending';
import { createAccount } from '../../shared/accounts/repository';
import { createCampaignInput } from '../../shared/campaigns/campaign';
import { createCampaign } from '../../shared/campaigns/create';
import { getCampaign } from '../../shared/campaigns/repository';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { keys } from '../../shared/db/keys';
import { createLogger } from '../../shared/logger';
import { dispatchOccurrence } from '../../shared/sending/dispatch';
import type { OutgoingSms, SendTask, SmsProvider } from '../../shared/sending/ports';
import { sendChunk } from '../../shared/sending/send';
import { createTestDb } from '../support/db';
import { campaignPorts } from '../support/fake-ports';

let db: Db;
const clock = new ManualClock('2026-05-04T08:00:00.000Z');
const log = createLogger({ level: 'silent' });

beforeAll(async () => {
  db = await createTestDb();
});

/** A campaign of `count` recipients, dispatched: returns the one task its chunk became. */
async function plannedChunk(count: number): Promise<SendTask> {
  const { account } = await createAccount(db, { name: 'T', plan: { senderLimit: 1 }, now: clock.now() });
  const input = createCampaignInput.parse({
    contacts: Array.from({ length: count }, (_, i) => ({ phone: `22507${String(i).padStart(8, '0')}` })),
    text: 'Bonjour',
  });
  const campaign = await createCampaign({ db, clock, log, ...campaignPorts() }, account, input);
  const tasks: SendTask[] = [];
  await dispatchOccurrence(
    { db, clock, log, sendQueue: { send: async (queued) => void tasks.push(...queued) } },
    { accountId: account.id, campaignId: campaign.id, slot: campaign.createdAt },
  );
  expect(tasks).toHaveLength(1);
  return tasks[0] as SendTask;
}

/** A provider that accepts `accepted` messages, then dies in the middle of the next call. */
function crashingAfter(accepted: number, outbox: Outbox): SmsProvider {
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
    expect(first).toEqual({ sent: 5, failed: 0, retry: 5 });

    // Redelivery: the 4 never tried go out; the one in flight is left to its lease.
    const second = await sendChunk({ db, clock, log, provider: outbox }, task);
    expect(second).toEqual({ sent: 4, failed: 0, retry: 1 });
    expect(outbox.messages).toHaveLength(9);

    // Once its lease has run out, the lost one counts as failed, never sent blindly again.
    clock.advance(10 * 60_000);
    const third = await sendChunk({ db, clock, log, provider: outbox }, task);
    expect(third).toEqual({ sent: 0, failed: 1, retry: 0 });
    expect(outbox.messages).toHaveLength(9);
    expect(new Set(outbox.messages.map((message) => message.to)).size).toBe(9);

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

    // Any later redelivery changes nothing.
    expect(await sendChunk({ db, clock, log, provider: outbox }, task)).toEqual({
      sent: 0,
      failed: 0,
      retry: 0,
    });
    expect(outbox.messages).toHaveLength(9);
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
      status: 'SENT',
    });
  });
});
