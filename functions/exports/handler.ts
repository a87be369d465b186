import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { objectStoreFromEnv } from '../../shared/exports/aws/s3';
import { writeExport } from '../../shared/exports/use-cases';
import type { ExportRequest } from '../../shared/ports';
import { portsOf, requireConfiguration, runtime } from '../../shared/runtime';
import { webhookQueueFromEnv } from '../../shared/sending/aws/sqs';
import { eachMessage } from '../../shared/sqs-batch';

const NEEDS = requireConfiguration({
  table: true,
  ports: { objectStore: objectStoreFromEnv, webhookQueue: webhookQueueFromEnv },
});

/** Writes each export the queue hands over; a failure goes back to the queue, for three attempts in all. */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const rt = runtime();
  const deps = { db: rt.db, clock: rt.clock, log: rt.log, ...portsOf(rt, NEEDS) };
  return eachMessage<ExportRequest>(event, rt.log, async (request) => {
    rt.log.info('export', { ...request, outcome: await writeExport(deps, request) });
    return 'done';
  });
}
