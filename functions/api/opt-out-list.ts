import { paged } from '../../shared/http/envelope';
import { listOptOutsInput } from '../../shared/opt-outs/opt-out';
import { listOptOuts } from '../../shared/opt-outs/repository';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: listOptOutsInput,
  handle: async ({ input, account, runtime }) =>
    paged(
      await listOptOuts(runtime.db, account.id, { page: input.page, size: input.count, phone: input.phone }),
      (optOut) => optOut,
    ),
});
