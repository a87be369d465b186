import { actorOf } from '../../shared/audit/audit';
import { ok } from '../../shared/http/envelope';
import { removeOptOutsInput } from '../../shared/opt-outs/opt-out';
import { optIn } from '../../shared/opt-outs/use-cases';
import { webhookQueueFromEnv } from '../../shared/sending/aws/sqs';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: removeOptOutsInput,
  idempotent: true,
  ports: { webhookQueue: webhookQueueFromEnv },
  handle: async ({ input, account, caller, runtime, ports }) => {
    const phones = [...new Set(input.phones)];
    const removed = await optIn(
      { db: runtime.db, clock: runtime.clock, relayTo: { log: runtime.log, ...ports } },
      account.id,
      phones,
      actorOf(caller),
    );
    return ok({ removed: removed.length, notOptedOut: phones.length - removed.length });
  },
});
