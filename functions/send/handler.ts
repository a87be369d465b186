import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { SendTask } from '../../shared/ports';
import { portsOf, requireConfiguration, runtime } from '../../shared/runtime';
import { smsProviderFromEnv } from '../../shared/sending/aws/sms';
import { sendQueueFromEnv, webhookQueueFromEnv } from '../../shared/sending/aws/sqs';
import { hasCaps, sharedCaps } from '../../shared/sending/caps';
import { bothPaces, type MessagePacer, partsPerSecond } from '../../shared/sending/pace';
import { sendChunk } from '../../shared/sending/send';
import { eachMessage } from '../../shared/sqs-batch';

const NEEDS = requireConfiguration({
  table: true,
  ports: { smsProvider: smsProviderFromEnv, sendQueue: sendQueueFromEnv, webhookQueue: webhookQueueFromEnv },
});

let pace: MessagePacer | undefined;

/**
 * Sends the chunks of an SQS batch. A chunk with recipients to try again goes back to the queue alone
 * (redelivered after its visibility timeout); what time did not allow is queued again at once, so the
 * function is never killed in the middle of a chunk.
 */
export async function handler(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  const rt = runtime();
  const deadline = rt.clock.now().getTime() + context.getRemainingTimeInMillis();
  // Its own rate is per running function (the platform sends at most this times the send concurrency);
  // the throughput caps are shared by all of them, held in the table.
  pace ??= bothPaces(
    rt.sendPartsPerSecond > 0 ? partsPerSecond(rt.sendPartsPerSecond, rt.clock) : undefined,
    hasCaps(rt.throughputCaps) ? sharedCaps(rt.db, rt.clock, rt.throughputCaps) : undefined,
  );
  const { smsProvider, sendQueue, webhookQueue } = portsOf(rt, NEEDS);
  const deps = {
    db: rt.db,
    clock: rt.clock,
    provider: smsProvider,
    webhookQueue,
    currency: rt.currency,
    log: rt.log,
    pace,
    inFlight: rt.sendMessagesInFlight,
    timeLeft: () => deadline - rt.clock.now().getTime(),
  };
  return eachMessage<SendTask>(event, rt.log, async (task) => {
    const result = await sendChunk(deps, task);
    const { unsent, ...counts } = result;
    rt.log.info('chunk sent', {
      campaignId: task.campaignId,
      slot: task.slot,
      chunk: task.chunk,
      ...counts,
      unsent: unsent.length,
    });
    if (result.retry > 0) return 'retry';
    if (unsent.length) await sendQueue.send([{ ...task, recipients: unsent }]);
    return 'done';
  });
}
