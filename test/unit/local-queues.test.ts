/**
 * The local stack's queues run as many messages at once as functions run deployed: a burst waits its
 * turn instead of meeting all at once (on one account's balance item, for a burst of campaigns).
 */
import { describe, expect, it } from 'vitest';
import { LocalQueues, type QueueConsumers } from '../../local/sending';
import { ManualClock } from '../../shared/clock';
import { createLogger } from '../../shared/logger';
import type { DispatchRequest, SendTask } from '../../shared/ports';

const request = (campaignId: string): DispatchRequest => ({
  accountId: 'a',
  campaignId,
  slot: '2026-06-01T09:00:00.000Z',
});

/** Event-loop turns enough for every message handed over to have started, were it let to. */
const settle = async () => {
  for (let turn = 0; turn < 20; turn++) await new Promise((next) => setImmediate(next));
};

/** Consumers whose dispatches wait until released, each remembering it started. */
function heldConsumers() {
  const started: string[] = [];
  const releases: (() => void)[] = [];
  const attempts = new Map<string, number>();
  let failFirstOf: string | undefined;
  const consumers: QueueConsumers = {
    dispatch: async (asked) => {
      started.push(asked.campaignId);
      const attempt = (attempts.get(asked.campaignId) ?? 0) + 1;
      attempts.set(asked.campaignId, attempt);
      await new Promise<void>((release) => releases.push(release));
      if (asked.campaignId === failFirstOf && attempt === 1) throw new Error('the balance kept moving');
    },
    send: async (_task: SendTask) => ({ retry: 0 }),
    export: async () => {},
  };
  return {
    consumers,
    started,
    releaseOldest: () => releases.shift()?.(),
    failFirstAttemptOf: (campaignId: string) => {
      failFirstOf = campaignId;
    },
  };
}

const queuesOf = (consumers: QueueConsumers) => {
  const queues = new LocalQueues(
    createLogger({ level: 'silent' }),
    3,
    new ManualClock('2026-06-01T09:00:00Z'),
    {
      dispatch: 2,
      send: 5,
      export: 1,
    },
  );
  queues.connect(consumers);
  return queues;
};

describe('the local queues', () => {
  it('handle no more messages of a queue at once than its functions would, the others in turn', async () => {
    const held = heldConsumers();
    const queues = queuesOf(held.consumers);
    for (const id of ['c1', 'c2', 'c3', 'c4', 'c5']) await queues.dispatch(request(id));
    await settle();
    expect(held.started).toEqual(['c1', 'c2']);

    held.releaseOldest();
    await settle();
    expect(held.started).toEqual(['c1', 'c2', 'c3']);

    let drained = false;
    void queues.drain().then(() => {
      drained = true;
    });
    for (let i = 0; i < 4; i++) {
      held.releaseOldest();
      await settle();
    }
    expect(held.started).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(drained).toBe(true);
  });

  it('hand a failed message over again behind those already waiting', async () => {
    const held = heldConsumers();
    held.failFirstAttemptOf('c1');
    const queues = queuesOf(held.consumers);
    for (const id of ['c1', 'c2', 'c3']) await queues.dispatch(request(id));
    await settle();
    held.releaseOldest(); // c1 fails: it goes back behind c3
    await settle();
    expect(held.started).toEqual(['c1', 'c2', 'c3']);
    held.releaseOldest(); // c2 done: c1's second attempt starts
    await settle();
    expect(held.started).toEqual(['c1', 'c2', 'c3', 'c1']);
    held.releaseOldest();
    held.releaseOldest();
    await settle();
    await queues.drain();
    expect(queues.deadLetters).toEqual([]);
  });
});
