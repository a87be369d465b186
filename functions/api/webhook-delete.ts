import { ok } from '../../shared/http/envelope';
import { deleteWebhook } from '../../shared/webhooks/repository';
import { emptyInput } from '../../shared/webhooks/webhook';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: emptyInput,
  idempotent: true,
  pathId: 'webhook',
  handle: async ({ account, id, runtime }) => {
    await deleteWebhook(runtime.db, account.id, id);
    return ok({ id, deleted: true });
  },
});
