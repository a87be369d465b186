/**
 * A batch of deliveries from the webhook queue: endpoints in parallel, each endpoint at most
 * `PER_ENDPOINT_IN_FLIGHT` at once; once an endpoint fails in this batch, the rest of its deliveries
 * are not tried now but put back for a little later, so one slow or dead receiver costs the batch one
 * attempt's time, and the others are not held behind it.
 */
import { groupBy } from '../collections';
import { mapLimit } from '../db/batch';
import { type DeliverDeps, deliverOnce, retryDelaySeconds } from './deliver';
import type { WebhookDelivery } from './events';

export const PER_ENDPOINT_IN_FLIGHT = 2;

export interface QueuedDelivery {
  /** The queue's handle on the message (SQS: its receipt handle). */
  handle: string;
  /** 1 on the first receive. */
  attempt: number;
  delivery: WebhookDelivery;
}

/** What to do with a message that is not done: bring it back after `inSeconds`. */
export interface PutBack {
  handle: string;
  inSeconds: number;
}

export async function deliverBatch(
  deps: DeliverDeps,
  messages: readonly QueuedDelivery[],
): Promise<PutBack[]> {
  const putBack: PutBack[] = [];
  const byEndpoint = groupBy(
    messages,
    (message) => `${message.delivery.accountId}/${message.delivery.webhookId}`,
  );
  await Promise.all(
    [...byEndpoint.values()].map(async (queued) => {
      let failing = false;
      await mapLimit(queued, PER_ENDPOINT_IN_FLIGHT, async (message) => {
        if (failing) {
          // Not an attempt: it waits as a first retry would, jittered.
          putBack.push({
            handle: message.handle,
            inSeconds: retryDelaySeconds(1, (deps.random ?? Math.random)()),
          });
          return;
        }
        const result = await deliverOnce(deps, message.delivery, message.attempt);
        if (result.outcome === 'retry') {
          failing = true;
          putBack.push({ handle: message.handle, inSeconds: result.inSeconds });
        }
      });
    }),
  );
  return putBack;
}
