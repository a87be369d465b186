import { ok } from '../../../shared/http/envelope';
import { senderStatusInput } from '../../../shared/operators/inputs';
import { queuedSenderView } from '../../../shared/operators/views';
import { setSenderStatus } from '../../../shared/senders/use-cases';
import { webhookQueueFromEnv } from '../../../shared/sending/aws/sqs';
import { operatorHandler } from '../pipeline';

/** Raises `sender.status_changed`, as the command line's `sender set-status` does. */
export const handler = operatorHandler({
  body: senderStatusInput,
  pathId: 'sender',
  idempotent: true,
  ports: { webhookQueue: webhookQueueFromEnv },
  handle: async ({ id, input, runtime, ports, log, actor }) =>
    ok(
      queuedSenderView(
        await setSenderStatus(
          { db: runtime.db, clock: runtime.clock, log, webhookQueue: ports.webhookQueue },
          { senderId: id, to: input.status, ...(input.reason ? { reason: input.reason } : {}), actor },
        ),
      ),
    ),
});
