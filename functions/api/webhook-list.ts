import { paged } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';
import { listWebhooks } from '../../shared/webhooks/repository';
import { webhookView } from '../../shared/webhooks/view';
import { listWebhooksInput } from '../../shared/webhooks/webhook';

export const handler = apiHandler({
  body: listWebhooksInput,
  handle: async ({ input, account, runtime }) =>
    paged(await listWebhooks(runtime.db, account.id, { page: input.page, size: input.count }), (webhook) =>
      webhookView(webhook),
    ),
});
