import { AppError } from '../../../shared/errors';
import { ok } from '../../../shared/http/envelope';
import { deadLettersFromEnv } from '../../../shared/operators/aws/dead-letters';
import { redriveInput } from '../../../shared/operators/inputs';
import { operatorHandler } from '../pipeline';

/** Sends a dead-letter queue's messages back to the queue they came from, to be handled again. */
export const handler = operatorHandler({
  body: redriveInput,
  idempotent: true,
  ports: { deadLetters: deadLettersFromEnv },
  handle: async ({ input, ports, log }) => {
    const redrive = await ports.deadLetters.redrive(input.queue);
    if (!redrive.found) throw new AppError('queue-not-found', `No dead-letter queue ${input.queue}.`);
    if (!redrive.redrivable) {
      throw new AppError(
        'queue-not-redrivable',
        `The messages of ${input.queue} come from no queue to send them back to.`,
      );
    }
    log.info('dead letters redriven', { queue: input.queue });
    return ok({ queue: input.queue, started: true });
  },
});
