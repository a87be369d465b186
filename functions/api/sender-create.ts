import { created } from '../../shared/http/envelope';
import { createSender } from '../../shared/senders/repository';
import { createSenderInput } from '../../shared/senders/sender';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: createSenderInput,
  idempotent: true,
  handle: async ({ input, account, runtime, operationId }) =>
    created(
      await createSender(runtime.db, {
        accountId: account.id,
        ...input,
        now: runtime.clock.now(),
        ...(operationId ? { id: operationId } : {}),
      }),
    ),
});
