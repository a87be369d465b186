import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { WebhookDelivery } from '../../shared/ports';
import { portsOf, requireConfiguration, runtime } from '../../shared/runtime';
import { webhookQueueFromEnv } from '../../shared/sending/aws/sqs';
import { deliverBatch, type QueuedDelivery } from '../../shared/webhooks/deliver-batch';
import { systemResolver } from '../../shared/webhooks/url-safety';

const NEEDS = requireConfiguration({ table: true, ports: { webhookQueue: webhookQueueFromEnv } });

/**
 * Deliveries from the webhook queue: each posted, signed, to its endpoint; one to try again comes back
 * after its delay (its visibility), and is reported as a failure of the batch so SQS keeps it.
 */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const rt = runtime();
  const { webhookQueue } = portsOf(rt, NEEDS);
  const messages: QueuedDelivery[] = [];
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      messages.push({
        handle: record.receiptHandle,
        delivery: JSON.parse(record.body) as WebhookDelivery,
      });
    } catch (error) {
      rt.log.error('webhook delivery is not JSON', { error, messageId: record.messageId });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  const putBack = await deliverBatch(
    {
      db: rt.db,
      clock: rt.clock,
      log: rt.log,
      policy: { allowLoopback: rt.webhookAllowLoopback, resolve: rt.resolver ?? systemResolver },
    },
    messages,
  );
  const idOf = new Map(event.Records.map((record) => [record.receiptHandle, record.messageId]));
  for (const { handle, inSeconds } of putBack) {
    await webhookQueue.retryLater(handle, inSeconds);
    batchItemFailures.push({ itemIdentifier: idOf.get(handle) ?? handle });
  }
  return { batchItemFailures };
}
