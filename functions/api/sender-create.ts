import { actorOf } from '../../shared/audit/audit';
import { created } from '../../shared/http/envelope';
import { createSenderInput } from '../../shared/senders/sender';
import { requestSender } from '../../shared/senders/use-cases';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: createSenderInput,
  idempotent: true,
  handle: async ({ input, account, caller, runtime, operationId }) =>
    created(await requestSender(runtime, account.id, input, actorOf(caller), operationId)),
});
