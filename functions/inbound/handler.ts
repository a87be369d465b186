import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { replyOf } from '../../shared/opt-outs/inbound';
import { handleReply } from '../../shared/opt-outs/replies';
import { requireConfiguration, runtime } from '../../shared/runtime';
import { eachMessage } from '../../shared/sqs-batch';

requireConfiguration({ table: true, ports: {} });

/** Replies to the two-way number, from the inbound queue: stop and start keywords move the opt-out lists. */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const rt = runtime();
  return eachMessage<unknown>(event, rt.log, async (body) => {
    await handleReply({ db: rt.db, clock: rt.clock, log: rt.log }, replyOf(body));
    return 'done';
  });
}
