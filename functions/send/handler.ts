import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { portsOf, requireConfiguration, runtime } from '../../shared/runtime';
import { type Pacer, partsPerSecond } from '../../shared/sending/pace';
import type { SendTask } from '../../shared/sending/ports';
import { sendChunk } from '../../shared/sending/send';
import { eachMessage } from '../../shared/sqs-batch';

const NEEDS = ['smsProvider'] as const;
requireConfiguration({ table: true, ports: NEEDS });

let pace: Pacer | undefined;

/** Sends the chunks of an SQS batch; a chunk with recipients to try again goes back to the queue alone. */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const rt = runtime();
  // The rate is per running function: the whole platform sends at most this times the send concurrency.
  if (rt.sendPartsPerSecond > 0) pace ??= partsPerSecond(rt.sendPartsPerSecond, rt.clock);
  const provider = portsOf(rt, NEEDS).smsProvider;
  const deps = { db: rt.db, clock: rt.clock, provider, log: rt.log, pace };
  return eachMessage<SendTask>(event, rt.log, async (task) => {
    const result = await sendChunk(deps, task);
    rt.log.info('chunk sent', { campaignId: task.campaignId, slot: task.slot, chunk: task.chunk, ...result });
    return result.retry > 0 ? 'retry' : 'done';
  });
}
