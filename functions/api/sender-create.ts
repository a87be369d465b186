import { created } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';
import { createSender } from '../../shared/senders/repository';
import { createSenderInput } from '../../shared/senders/sender';

export const handler = apiHandler({
  body: createSenderInput,
  handle: async ({ input, account, runtime }) =>
    created(await createSender(runtime.db, { accountId: account.id, ...input, now: runtime.clock.now() })),
});
