import { actorOf } from '../../shared/audit/audit';
import { ok } from '../../shared/http/envelope';
import { addOptOutsInput } from '../../shared/opt-outs/opt-out';
import { optOut } from '../../shared/opt-outs/use-cases';
import { webhookQueueFromEnv } from '../../shared/sending/aws/sqs';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: addOptOutsInput,
  idempotent: true,
  ports: { webhookQueue: webhookQueueFromEnv },
  handle: async ({ input, account, caller, runtime, ports }) => {
    const phones = [...new Set(input.phones)];
    const added = await optOut(
      { db: runtime.db, clock: runtime.clock, relayTo: { log: runtime.log, ...ports } },
      account.id,
      phones,
      { source: 'api', ...(input.reason ? { reason: input.reason } : {}) },
      actorOf(caller),
    );
    return ok({ added: added.length, alreadyOptedOut: phones.length - added.length });
  },
});
