import { ok } from '../../shared/http/envelope';
import { removeOptOutsInput } from '../../shared/opt-outs/opt-out';
import { removeOptOuts } from '../../shared/opt-outs/repository';
import { webhookQueueFromEnv } from '../../shared/sending/aws/sqs';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: removeOptOutsInput,
  idempotent: true,
  ports: { webhookQueue: webhookQueueFromEnv },
  handle: async ({ input, account, runtime, ports }) => {
    const phones = [...new Set(input.phones)];
    const removed = await removeOptOuts(runtime.db, account.id, phones, runtime.clock.now(), {
      log: runtime.log,
      ...ports,
    });
    return ok({ removed: removed.length, notOptedOut: phones.length - removed.length });
  },
});
