import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { runtime } from '../../shared/runtime';
import type { SendTask } from '../../shared/sending/ports';
import { sendChunk } from '../../shared/sending/send';

/** Sends the chunks of an SQS batch; a chunk with recipients to try again goes back to the queue alone. */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const rt = runtime();
  if (!rt.sending) throw new Error('Missing configuration: the send function has no SMS provider');
  const deps = { db: rt.db, clock: rt.clock, provider: rt.sending.provider, log: rt.log };
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
