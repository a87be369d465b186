import type { Webhook } from './webhook';

/** A webhook as the API answers it; `secret` only in the create and rotate answers. */
export const webhookView = (webhook: Webhook, secret?: string) => ({
  id: webhook.id,
  url: webhook.url,
  events: webhook.events,
  description: webhook.description,
  status: webhook.status,
  ...(webhook.disabledReason ? { disabledReason: webhook.disabledReason } : {}),
  createdAt: webhook.createdAt,
  ...(secret ? { secret } : {}),
});
