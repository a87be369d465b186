/**
 * The local stack's dead-letter queues, as the back office reads them: a report the reports function
 * refused `QUEUE_RECEIVES` times is a dead letter of `reports`, and a redrive hands it over once more.
 */
import { describe, expect, it } from 'vitest';
import { LocalDeadLetters } from '../../local/dead-letters';
import { LocalQueues, Outbox } from '../../local/sending';
import { LocalWebhookQueue } from '../../local/webhooks';
import { ManualClock } from '../../shared/clock';
import { QUEUE_RECEIVES } from '../../shared/config';
import { createLogger } from '../../shared/logger';

const setUp = () => {
  const clock = new ManualClock('2026-06-01T09:00:00.000Z');
  const log = createLogger({ level: 'silent' });
  const outbox = new Outbox(clock);
  const deadLetters = new LocalDeadLetters(
    new LocalQueues(log, 5, clock),
    new LocalWebhookQueue(clock, log),
    outbox,
  );
  return { clock, outbox, deadLetters };
};

const reportsQueue = async (deadLetters: LocalDeadLetters) =>
  (await deadLetters.list()).find((queue) => queue.name === 'reports');

describe('the local reports queue’s dead letters', () => {
  it('keeps a report refused as often as a queue hands it over, lists it, and redrives it to be applied again', async () => {
    const { clock, outbox, deadLetters } = setUp();
    await outbox.send({
      to: '2250700000001',
      from: 'Demo',
      text: 'Bonjour',
      accountId: 'a',
      campaignId: 'c',
      occurrence: 'o',
    });
    clock.advance(60_000);
    const refuseAll = async (bodies: string[]) => new Set(bodies.map((_, index) => index));
    for (let attempt = 1; attempt <= QUEUE_RECEIVES; attempt++)
      await outbox.deliverDueReports(clock.now(), refuseAll);
    expect(await reportsQueue(deadLetters)).toEqual({
      name: 'reports',
      what: 'Accusés de réception non appliqués',
      depth: 1,
      oldestAt: clock.now().toISOString(),
      redrivable: true,
    });
    // Nothing is handed over while it lies there.
    expect(await outbox.deliverDueReports(clock.now(), refuseAll)).toBe(0);

    expect(await deadLetters.redrive('reports')).toEqual({ found: true, redrivable: true });
    expect((await reportsQueue(deadLetters))?.depth).toBe(0);
    const handed: string[] = [];
    await outbox.deliverDueReports(clock.now(), async (bodies) => {
      handed.push(...bodies);
      return new Set();
    });
    expect(handed.map((body) => JSON.parse(body).messageStatus)).toEqual(['DELIVERED']);
  });

  it('answers an unknown queue as not found', async () => {
    expect(await setUp().deadLetters.redrive('replies')).toEqual({ found: false, redrivable: false });
  });
});
