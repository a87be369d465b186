import { ok } from '../../shared/http/envelope';
import { webhookQueueFromEnv } from '../../shared/sending/aws/sqs';
import { testEndpoint } from '../../shared/webhooks/use-cases';
import { emptyInput } from '../../shared/webhooks/webhook';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: emptyInput,
  pathId: 'webhook',
  ports: { webhookQueue: webhookQueueFromEnv },
  idempotent: true,
  handle: async ({ account, id, runtime, ports, operationId }) => {
    const event = await testEndpoint(
      { db: runtime.db, clock: runtime.clock, ...ports },
      account.id,
      id,
      operationId,
    );
    return ok({ eventId: event.id, type: event.type });
  },
});
