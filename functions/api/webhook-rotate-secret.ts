import { actorOf } from '../../shared/audit/audit';
import { ok } from '../../shared/http/envelope';
import { toWebhook } from '../../shared/webhooks/repository';
import { rotateEndpointSecret } from '../../shared/webhooks/use-cases';
import { webhookView } from '../../shared/webhooks/view';
import { emptyInput } from '../../shared/webhooks/webhook';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: emptyInput,
  pathId: 'webhook',
  idempotent: true,
  handle: async ({ account, caller, id, runtime, operationId }) => {
    const rotated = await rotateEndpointSecret(runtime, account.id, id, actorOf(caller), operationId);
    return ok(webhookView(toWebhook(rotated.webhook), rotated.secret));
  },
});
