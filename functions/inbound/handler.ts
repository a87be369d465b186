import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { replyOf } from '../../shared/opt-outs/inbound';
import { handleReply } from '../../shared/opt-outs/replies';
import { portsOf, requireConfiguration, runtime } from '../../shared/runtime';
import { smsProviderFromEnv } from '../../shared/sending/aws/sms';
import { webhookQueueFromEnv } from '../../shared/sending/aws/sqs';
import { eachMessage } from '../../shared/sqs-batch';

// The SMS provider only when replies are confirmed.
const CONFIRMS = runtime().replyConfirmations;
if (CONFIRMS) {
  requireConfiguration({
    table: true,
    ports: { smsProvider: smsProviderFromEnv, webhookQueue: webhookQueueFromEnv },
  });
} else requireConfiguration({ table: true, ports: { webhookQueue: webhookQueueFromEnv } });

/**
 * Replies to the two-way number, from the inbound queue: stop and start keywords move the opt-out lists
 * (raising `contact.opted_out|opted_in`), and are confirmed when REPLY_CONFIRMATIONS is on.
 */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const rt = runtime();
  const confirmWith = CONFIRMS ? portsOf(rt, ['smsProvider']).smsProvider : undefined;
  const { webhookQueue } = portsOf(rt, ['webhookQueue']);
  return eachMessage<unknown>(event, rt.log, async (body) => {
    await handleReply({ db: rt.db, clock: rt.clock, log: rt.log, confirmWith, webhookQueue }, replyOf(body));
    return 'done';
  });
}
