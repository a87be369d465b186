import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { Logger } from './logger';

/**
 * Handles each message of an SQS batch on its own. One that throws, or whose handler answers `'retry'`,
 * is reported as a partial batch failure: it alone goes back to the queue (and, after its receives,
 * to the dead-letter queue).
 */
export async function eachMessage<T>(
  event: SQSEvent,
  log: Logger,
  handle: (body: T) => Promise<'done' | 'retry'>,
): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      if ((await handle(JSON.parse(record.body) as T)) === 'retry') {
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    } catch (error) {
      log.error('queue message failed', { error, messageId: record.messageId });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
