import { ok } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';
import { removeOptOutsInput } from '../../shared/opt-outs/opt-out';
import { removeOptOuts } from '../../shared/opt-outs/repository';

export const handler = apiHandler({
  body: removeOptOutsInput,
  handle: async ({ input, account, runtime }) => {
    const phones = [...new Set(input.phones)];
    const removed = await removeOptOuts(runtime.db, account.id, phones);
    return ok({ removed: removed.length, notOptedOut: phones.length - removed.length });
  },
});
