import { actorOf } from '../../shared/audit/audit';
import { ok } from '../../shared/http/envelope';
import { deleteEndpoint } from '../../shared/webhooks/use-cases';
import { emptyInput } from '../../shared/webhooks/webhook';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: emptyInput,
  idempotent: true,
  pathId: 'webhook',
  handle: async ({ account, caller, id, runtime }) => {
    await deleteEndpoint(runtime, account.id, id, actorOf(caller));
    return ok({ id, deleted: true });
  },
});
