/**
 * A batch of deliveries from the webhook queue: endpoints in parallel, each read once and posted to
 * at most `PER_ENDPOINT_IN_FLIGHT` at once. Once an endpoint cannot be reached or does not answer in
 * time, the rest of its deliveries in the batch are not tried now but put back for a little later, so
 * one slow or dead receiver costs the batch one attempt's time and the others are not held behind it.
 * A receiver that answers an error quickly costs nothing: its other deliveries go on.
 */
import { groupBy } from '../collections';
import { mapLimit } from '../db/batch';
import type { WebhookDelivery } from '../ports';
import { type DeliverDeps, deliverOnce, retryDelaySeconds } from './deliver';
import { findWebhook } from './repository';

export const PER_ENDPOINT_IN_FLIGHT = 2;

export interface QueuedDelivery {
  /** The queue's handle on the message (SQS: its receipt handle). */
  handle: string;
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
      const { accountId, webhookId } = (queued[0] as QueuedDelivery).delivery;
      const webhook = (await findWebhook(deps.db, accountId, webhookId)) ?? null;
      let unreachable = false;
      await mapLimit(queued, PER_ENDPOINT_IN_FLIGHT, async (message) => {
        if (unreachable) {
          // Not an attempt: it waits as a first retry would, jittered.
          putBack.push({
            handle: message.handle,
            inSeconds: retryDelaySeconds(1, (deps.random ?? Math.random)()),
          });
          return;
        }
        const result = await deliverOnce(deps, message.delivery, webhook);
        if (result.outcome === 'retry') {
          unreachable ||= !result.answered;
          putBack.push({ handle: message.handle, inSeconds: result.inSeconds });
        }
      });
    }),
  );
  return putBack;
}
