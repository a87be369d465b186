import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { DispatchRequest } from '../../shared/ports';
import { portsOf, requireConfiguration, runtime } from '../../shared/runtime';
import { schedulerFromEnv } from '../../shared/sending/aws/scheduler';
import { sendQueueFromEnv } from '../../shared/sending/aws/sqs';
import { dispatchOccurrence } from '../../shared/sending/dispatch';
import { eachMessage } from '../../shared/sqs-batch';

// The scheduler: what quiet hours hold back is released by a one-time schedule.
const NEEDS = requireConfiguration({
  table: true,
  ports: { sendQueue: sendQueueFromEnv, scheduler: schedulerFromEnv },
});

const isSqs = (event: DispatchRequest | SQSEvent): event is SQSEvent => 'Records' in event;

/**
 * Plans an occurrence. EventBridge Scheduler invokes it with `{ accountId, campaignId, slot }` (and
 * `release` for a group quiet hours held back); immediate campaigns reach it through the dispatch
 * queue. A failure is retried by either.
 */
export async function handler(event: DispatchRequest | SQSEvent): Promise<SQSBatchResponse | undefined> {
  const rt = runtime();
  const deps = { db: rt.db, clock: rt.clock, log: rt.log, currency: rt.currency, ...portsOf(rt, NEEDS) };
  if (!isSqs(event)) {
    const outcome = await dispatchOccurrence(deps, event);
    rt.log.info('dispatch', { ...event, outcome });
    return undefined;
  }
  return eachMessage<DispatchRequest>(event, rt.log, async (request) => {
    rt.log.info('dispatch', { ...request, outcome: await dispatchOccurrence(deps, request) });
    return 'done';
  });
}
