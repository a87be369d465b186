import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { runtime } from '../../shared/runtime';
import { type Pacer, partsPerSecond } from '../../shared/sending/pace';
import type { SendTask } from '../../shared/sending/ports';
import { sendChunk } from '../../shared/sending/send';
import { eachMessage } from '../../shared/sqs-batch';

// The rate is per running function: the whole platform sends at most this times the send concurrency.
const rate = Number(process.env.SEND_PARTS_PER_SECOND ?? 0);
let pace: Pacer | undefined;

/** Sends the chunks of an SQS batch; a chunk with recipients to try again goes back to the queue alone. */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const rt = runtime();
  if (!rt.sending) throw new Error('Missing configuration: the send function has no SMS provider');
  if (rate > 0) pace ??= partsPerSecond(rate, rt.clock);
  const deps = { db: rt.db, clock: rt.clock, provider: rt.sending.provider, log: rt.log, pace };
  return eachMessage<SendTask>(event, rt.log, async (task) => {
    const result = await sendChunk(deps, task);
    rt.log.info('chunk sent', { campaignId: task.campaignId, slot: task.slot, chunk: task.chunk, ...result });
    return result.retry > 0 ? 'retry' : 'done';
  });
}
