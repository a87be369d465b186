import { paged } from '../../shared/http/envelope';
import { listDeliveries, requireWebhook } from '../../shared/webhooks/repository';
import { listDeliveriesInput } from '../../shared/webhooks/webhook';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: listDeliveriesInput,
  pathId: 'webhook',
  handle: async ({ input, account, id, runtime }) => {
    await requireWebhook(runtime.db, account.id, id);
    return paged(
      await listDeliveries(runtime.db, account.id, id, { page: input.page, size: input.count }),
      (delivery) => delivery,
    );
  },
});
