import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { ingestReports } from '../../shared/reports/ingest';
import { portsOf, requireConfiguration, runtime } from '../../shared/runtime';
import { webhookQueueFromEnv } from '../../shared/sending/aws/sqs';

const NEEDS = requireConfiguration({ table: true, ports: { webhookQueue: webhookQueueFromEnv } });

/**
 * End User Messaging's delivery events, from the reports queue: applied to messages and stats per
 * batch, with the message events they raise handed to the webhook queue.
 */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const rt = runtime();
  return ingestReports({ db: rt.db, clock: rt.clock, log: rt.log, ...portsOf(rt, NEEDS) }, event.Records);
}
