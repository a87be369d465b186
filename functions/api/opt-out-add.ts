import { ok } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';
import { addOptOutsInput } from '../../shared/opt-outs/opt-out';
import { addOptOuts } from '../../shared/opt-outs/repository';

export const handler = apiHandler({
  body: addOptOutsInput,
  handle: async ({ input, account, runtime }) => {
    const phones = [...new Set(input.phones)];
    const added = await addOptOuts(
      runtime.db,
      account.id,
      phones,
      { source: 'api', ...(input.reason ? { reason: input.reason } : {}) },
      runtime.clock.now(),
    );
    return ok({ added: added.length, alreadyOptedOut: phones.length - added.length });
  },
});
