import { paged } from '../../shared/http/envelope';
import { listWebhooks } from '../../shared/webhooks/repository';
import { webhookView } from '../../shared/webhooks/view';
import { listWebhooksInput } from '../../shared/webhooks/webhook';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: listWebhooksInput,
  handle: async ({ input, account, runtime }) =>
    paged(await listWebhooks(runtime.db, account.id, { page: input.page, size: input.count }), (webhook) =>
      webhookView(webhook),
    ),
});
