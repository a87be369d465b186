import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { ingestReports } from '../../shared/reports/ingest';
import { requireConfiguration, runtime } from '../../shared/runtime';

requireConfiguration({ table: true, ports: {} });

/** End User Messaging's delivery events, from the reports queue: applied to messages and stats per batch. */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const rt = runtime();
  return ingestReports({ db: rt.db, clock: rt.clock, log: rt.log }, event.Records);
}
