import { actorOf } from '../../shared/audit/audit';
import { ok } from '../../shared/http/envelope';
import { toWebhook } from '../../shared/webhooks/repository';
import { enableEndpoint } from '../../shared/webhooks/use-cases';
import { webhookView } from '../../shared/webhooks/view';
import { emptyInput } from '../../shared/webhooks/webhook';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: emptyInput,
  pathId: 'webhook',
  idempotent: true,
  handle: async ({ account, caller, id, runtime }) =>
    ok(webhookView(toWebhook(await enableEndpoint(runtime, account.id, id, actorOf(caller))))),
});
