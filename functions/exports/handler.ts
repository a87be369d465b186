import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { objectStoreFromEnv } from '../../shared/exports/aws/s3';
import { writeExport } from '../../shared/exports/use-cases';
import { uploadsOf } from '../../shared/imports/aws/s3-events';
import { fileArrived, runImport } from '../../shared/imports/use-cases';
import type { ExportRequest, ImportRequest } from '../../shared/ports';
import { portsOf, requireConfiguration, runtime } from '../../shared/runtime';
import { exportQueueFromEnv, webhookQueueFromEnv } from '../../shared/sending/aws/sqs';
import { eachMessage } from '../../shared/sqs-batch';

const NEEDS = requireConfiguration({
  table: true,
  ports: {
    objectStore: objectStoreFromEnv,
    webhookQueue: webhookQueueFromEnv,
    exportQueue: exportQueueFromEnv,
  },
});

/**
 * The files function: writes each export the queue hands over, and reads each uploaded import (S3's
 * notification, then its own hand-overs when one invocation's time runs short). A failure goes back to
 * the queue; an import goes on from its last checkpoint.
 */
export async function handler(event: SQSEvent, context?: Context): Promise<SQSBatchResponse> {
  const rt = runtime();
  const deps = { db: rt.db, clock: rt.clock, log: rt.log, ...portsOf(rt, NEEDS) };
  // Without Lambda's context (a direct call), as much time as Lambda would give.
  const timeLeftMs = () => context?.getRemainingTimeInMillis() ?? 15 * 60_000;
  return eachMessage<unknown>(event, rt.log, async (body) => {
    const uploads = uploadsOf(body);
    if (uploads) {
      for (const file of uploads) {
        rt.log.info('file uploaded', { ...file, outcome: await fileArrived(deps, file, timeLeftMs) });
      }
    } else if (body && typeof body === 'object' && 'importId' in body) {
      const request = body as ImportRequest;
      rt.log.info('import', { ...request, outcome: await runImport(deps, request, timeLeftMs) });
    } else if (body && typeof body === 'object' && 'exportId' in body) {
      const request = body as ExportRequest;
      rt.log.info('export', { ...request, outcome: await writeExport(deps, request) });
    } else rt.log.warn('files queue: not a message for this function', { body });
    return 'done';
  });
}
