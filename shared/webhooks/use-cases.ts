import type { Actor } from '../audit/audit';
import { auditItem } from '../audit/repository';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import type { WebhookEvent, WebhookQueue } from '../ports';
import { eventId, randomEventId } from './events';
import { createWebhook, deleteWebhook, enableWebhook, requireWebhook, rotateSecret } from './repository';
import { checkedAddresses, parseWebhookUrl, UrlNotAllowed, type UrlPolicy } from './url-safety';
import type { CreateWebhookInput } from './webhook';

/** The URL as it will be called, checked now (and again at every delivery). */
async function allowedUrl(raw: string, policy: UrlPolicy): Promise<string> {
  try {
    const url = parseWebhookUrl(raw, policy);
    await checkedAddresses(url, policy);
    return url.href;
  } catch (error) {
    if (error instanceof UrlNotAllowed) {
      throw new AppError('webhook-url-not-allowed', `This URL cannot receive webhooks: ${error.message}.`, {
        details: [{ path: 'url', message: error.message }],
      });
    }
    throw error;
  }
}

export async function createEndpoint(
  deps: { db: Db; clock: Clock; policy: UrlPolicy },
  accountId: string,
  input: CreateWebhookInput,
  actor: Actor,
  operationId?: string,
) {
  const url = await allowedUrl(input.url, deps.policy);
  const now = deps.clock.now();
  return createWebhook(deps.db, accountId, { ...input, url }, now, operationId, (id) => [
    auditItem(
      deps.db,
      accountId,
      {
        actor,
        action: 'webhook.create',
        target: { type: 'webhook', id },
        details: { url, events: input.events },
      },
      now,
    ),
  ]);
}

const webhookAudit = (
  deps: { db: Db; clock: Clock },
  accountId: string,
  actor: Actor,
  action: string,
  id: string,
) => [auditItem(deps.db, accountId, { actor, action, target: { type: 'webhook', id } }, deps.clock.now())];

export async function deleteEndpoint(
  deps: { db: Db; clock: Clock },
  accountId: string,
  id: string,
  actor: Actor,
) {
  await deleteWebhook(deps.db, accountId, id, webhookAudit(deps, accountId, actor, 'webhook.delete', id));
}

export const enableEndpoint = (deps: { db: Db; clock: Clock }, accountId: string, id: string, actor: Actor) =>
  enableWebhook(deps.db, accountId, id, webhookAudit(deps, accountId, actor, 'webhook.enable', id));

/** A new signing secret (the audit entry says it was rotated, never what it is). */
export async function rotateEndpointSecret(
  deps: { db: Db; clock: Clock },
  accountId: string,
  id: string,
  actor: Actor,
  operationId?: string,
) {
  const webhook = await requireWebhook(deps.db, accountId, id);
  return rotateSecret(
    deps.db,
    webhook,
    deps.clock.now(),
    operationId,
    webhookAudit(deps, accountId, actor, 'webhook.rotate_secret', id),
  );
}

/**
 * Sends a `webhook.test` event to this endpoint now, whatever it subscribed to, even disabled. A request's
 * retry (same `operationId`) sends the same event id, which receivers see once.
 */
export async function testEndpoint(
  deps: { db: Db; clock: Clock; webhookQueue: WebhookQueue },
  accountId: string,
  webhookId: string,
  operationId?: string,
): Promise<WebhookEvent> {
  const webhook = await requireWebhook(deps.db, accountId, webhookId);
  const event: WebhookEvent = {
    id: operationId ? eventId(accountId, webhookId, 'webhook.test', operationId) : randomEventId(),
    type: 'webhook.test',
    timestamp: deps.clock.now().toISOString(),
    data: { webhookId: webhook.id, url: webhook.url },
  };
  await deps.webhookQueue.enqueue([{ accountId, webhookId: webhook.id, event }]);
  return event;
}
