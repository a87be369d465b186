import { paged } from '../../../shared/http/envelope';
import { deadLettersFromEnv } from '../../../shared/operators/aws/dead-letters';
import { listQueuesInput } from '../../../shared/operators/inputs';
import { operatorHandler } from '../pipeline';

/** Each dead-letter queue: its depth and its oldest message. */
export const handler = operatorHandler({
  body: listQueuesInput,
  ports: { deadLetters: deadLettersFromEnv },
  handle: async ({ ports }) => {
    const queues = await ports.deadLetters.list();
    return paged(
      { items: queues, totalCount: queues.length, page: 1, size: Math.max(1, queues.length) },
      (queue) => queue,
    );
  },
});
