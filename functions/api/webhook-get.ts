import { ok } from '../../shared/http/envelope';
import { requireWebhook, toWebhook } from '../../shared/webhooks/repository';
import { webhookView } from '../../shared/webhooks/view';
import { emptyInput } from '../../shared/webhooks/webhook';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: emptyInput,
  pathId: 'webhook',
  handle: async ({ account, id, runtime }) =>
    ok(webhookView(toWebhook(await requireWebhook(runtime.db, account.id, id)))),
});
