import { ok } from '../../shared/http/envelope';
import { addOptOutsInput } from '../../shared/opt-outs/opt-out';
import { addOptOuts } from '../../shared/opt-outs/repository';
import { webhookQueueFromEnv } from '../../shared/sending/aws/sqs';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: addOptOutsInput,
  idempotent: true,
  ports: { webhookQueue: webhookQueueFromEnv },
  handle: async ({ input, account, runtime, ports }) => {
    const phones = [...new Set(input.phones)];
    const added = await addOptOuts(
      runtime.db,
      account.id,
      phones,
      { source: 'api', ...(input.reason ? { reason: input.reason } : {}) },
      runtime.clock.now(),
      { log: runtime.log, ...ports },
    );
    return ok({ added: added.length, alreadyOptedOut: phones.length - added.length });
  },
});
