import { paged } from '../../../shared/http/envelope';
import { listSendersInput } from '../../../shared/operators/inputs';
import { queuedSenderView } from '../../../shared/operators/views';
import { listSendersByStatus } from '../../../shared/senders/repository';
import { operatorHandler } from '../pipeline';

/** Every account's senders of one status, oldest first: PENDING is the queue to work through. */
export const handler = operatorHandler({
  body: listSendersInput,
  handle: async ({ input, runtime }) =>
    paged(
      await listSendersByStatus(runtime.db, input.status, { page: input.page, size: input.count }),
      queuedSenderView,
    ),
});
