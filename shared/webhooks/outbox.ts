/**
 * Raising events: they are written with the change that raises them (an outbox item in the same
 * transaction, when some endpoint of the account wants one of them), then relayed at once to the
 * webhook queue, one message per (endpoint, event), and the item deleted. Items a stopped process
 * left behind are relayed by the sweeper (the recovery function, every minute). So an event is
 * never lost, and may come twice, under the same id.
 */
import type { Db } from '../db/client';
import type { Logger } from '../logger';
import type { WebhookDelivery, WebhookEvent, WebhookQueue } from '../ports';
import {
  deleteOutboxItem,
  type OutboxItemWrite,
  outboxItem,
  outboxItemsBefore,
  type WebhookItem,
  webhooksOf,
} from './repository';
import { subscribes } from './webhook';

export interface RaisedEvents {
  accountId: string;
  key: { pk: string; sk: string };
  events: WebhookEvent[];
  /** The endpoints read to raise them: the relay hands the events to these, reading nothing again. */
  endpoints: readonly WebhookItem[];
  /** The write to put in the transaction of the change. */
  put: OutboxItemWrite['put'];
}

/** The account's endpoints that take events now. */
export const enabledWebhooks = async (db: Db, accountId: string): Promise<WebhookItem[]> =>
  (await webhooksOf(db, accountId)).filter((webhook) => webhook.status === 'ENABLED');

/**
 * The outbox write for these events, or `undefined` when none of the account's `endpoints` (read
 * once by the caller) wants any of them: then nothing is written.
 */
export function eventsToRaise(
  db: Db,
  target: { accountId: string; endpoints: readonly WebhookItem[] },
  events: readonly WebhookEvent[],
  now: Date,
): RaisedEvents | undefined {
  const { accountId, endpoints } = target;
  const wanted = events.filter((event) => endpoints.some((webhook) => subscribes(webhook, event.type)));
  if (wanted.length === 0) return undefined;
  return { accountId, events: wanted, endpoints, ...outboxItem(db, accountId, wanted, now) };
}

export interface RelayDeps {
  db: Db;
  log?: Logger;
  /** Absent where no queue is at hand (the operators' command line): the sweeper relays then. */
  webhookQueue?: WebhookQueue;
}

/**
 * Hands the events to the queue for each endpoint that wants them, then deletes the outbox item. The
 * sweeper, which did not raise them, has the endpoints read again.
 */
export async function relay(
  deps: RelayDeps,
  raised:
    | (Pick<RaisedEvents, 'accountId' | 'key' | 'events'> & { endpoints?: readonly WebhookItem[] })
    | undefined,
): Promise<void> {
  if (!raised || !deps.webhookQueue) return;
  const endpoints = raised.endpoints ?? (await enabledWebhooks(deps.db, raised.accountId));
  const deliveries: WebhookDelivery[] = raised.events.flatMap((event) =>
    endpoints
      .filter((webhook) => subscribes(webhook, event.type))
      .map((webhook) => ({ accountId: raised.accountId, webhookId: webhook.id, event })),
  );
  if (deliveries.length) await deps.webhookQueue.enqueue(deliveries);
  await deleteOutboxItem(deps.db, raised.key);
}

/** Relays what was left in the outbox more than `graceMs` ago. Returns how many items it relayed. */
export async function sweepOutbox(
  deps: RelayDeps & { webhookQueue: WebhookQueue; log: Logger },
  now: Date,
  graceMs = 10_000,
): Promise<number> {
  const before = new Date(now.getTime() - graceMs).toISOString();
  let relayed = 0;
  for await (const items of outboxItemsBefore(deps.db, before)) {
    for (const item of items) {
      await relay(deps, {
        accountId: item.accountId,
        key: { pk: item.pk, sk: item.sk },
        events: item.events,
      });
      relayed++;
    }
  }
  if (relayed) deps.log.warn('relayed events a process had left behind', { relayed });
  return relayed;
}
