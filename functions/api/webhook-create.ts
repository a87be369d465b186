import { actorOf } from '../../shared/audit/audit';
import { created } from '../../shared/http/envelope';
import { systemResolver } from '../../shared/webhooks/url-safety';
import { createEndpoint } from '../../shared/webhooks/use-cases';
import { webhookView } from '../../shared/webhooks/view';
import { createWebhookInput } from '../../shared/webhooks/webhook';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: createWebhookInput,
  idempotent: true,
  handle: async ({ input, account, caller, runtime, operationId }) => {
    const policy = {
      allowLoopback: runtime.webhookAllowLoopback,
      resolve: runtime.resolver ?? systemResolver,
    };
    const { webhook, secret } = await createEndpoint(
      { db: runtime.db, clock: runtime.clock, policy },
      account.id,
      input,
      actorOf(caller),
      operationId,
    );
    return created(webhookView(webhook, secret));
  },
});
