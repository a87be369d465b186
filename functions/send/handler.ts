import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { runtime } from '../../shared/runtime';
import { type Pacer, partsPerSecond } from '../../shared/sending/pace';
import type { SendTask } from '../../shared/sending/ports';
import { sendChunk } from '../../shared/sending/send';

// The rate is per running function: the whole platform sends at most this times the send concurrency.
const rate = Number(process.env.SEND_PARTS_PER_SECOND ?? 0);
let pace: Pacer | undefined;

/** Sends the chunks of an SQS batch; a chunk with recipients to try again goes back to the queue alone. */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const rt = runtime();
  if (!rt.sending) throw new Error('Missing configuration: the send function has no SMS provider');
  if (rate > 0) pace ??= partsPerSecond(rate, rt.clock);
  const deps = { db: rt.db, clock: rt.clock, provider: rt.sending.provider, log: rt.log, pace };
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const task = JSON.parse(record.body) as SendTask;
      const result = await sendChunk(deps, task);
      rt.log.info('chunk sent', {
        campaignId: task.campaignId,
        slot: task.slot,
        chunk: task.chunk,
        ...result,
      });
      if (result.retry > 0) batchItemFailures.push({ itemIdentifier: record.messageId });
    } catch (error) {
      rt.log.error('chunk failed', { error, messageId: record.messageId });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
