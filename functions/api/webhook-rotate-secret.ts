import { ok } from '../../shared/http/envelope';
import { requireWebhook, rotateSecret, toWebhook } from '../../shared/webhooks/repository';
import { webhookView } from '../../shared/webhooks/view';
import { emptyInput } from '../../shared/webhooks/webhook';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: emptyInput,
  pathId: 'webhook',
  idempotent: true,
  handle: async ({ account, id, runtime, operationId }) => {
    const webhook = await requireWebhook(runtime.db, account.id, id);
    const rotated = await rotateSecret(runtime.db, webhook, runtime.clock.now(), operationId);
    return ok(webhookView(toWebhook(rotated.webhook), rotated.secret));
  },
});
