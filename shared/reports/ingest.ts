/**
 * A batch of the reports queue: read each event, apply the reports together (stats move once per
 * batch), and say which messages go back to the queue.
 */
import type { SQSBatchResponse } from 'aws-lambda';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { MalformedEvent } from '../errors';
import { applyClicks, clickOf } from '../links/clicks';
import type { Logger } from '../logger';
import type { LinkClick, WebhookQueue } from '../ports';
import { relay } from '../webhooks/outbox';
import { type ApplyResult, applyReports } from './apply';
import { reportOf } from './end-user-messaging';
import type { DeliveryReport } from './report';

export interface IngestDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  webhookQueue?: WebhookQueue;
}

/**
 * A malformed event goes back alone, and to the dead-letter queue after its receives. A report that
 * names no message of ours is counted and logged, and never retried. A failure to write sends the
 * batch's reports back whole: applying them again changes nothing that was applied.
 */
export async function ingestReports(
  deps: IngestDeps,
  records: readonly { messageId: string; body: string }[],
): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  const reports: { messageId: string; report: DeliveryReport }[] = [];
  const clicks: { messageId: string; click: LinkClick }[] = [];
  let foreign = 0;
  for (const record of records) {
    try {
      const click = clickOf(record.body);
      if (click) {
        clicks.push({ messageId: record.messageId, click });
        continue;
      }
      const report = reportOf(record.body);
      if (report) reports.push({ messageId: record.messageId, report });
      else foreign++;
    } catch (error) {
      if (!(error instanceof MalformedEvent)) throw error;
      deps.log.error('malformed delivery report', { error, messageId: record.messageId });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  let result: ApplyResult;
  try {
    result = await applyReports(
      deps.db,
      reports.map(({ report }) => report),
      deps.clock.now(),
    );
    const unmatched = foreign + result.unmatched.length;
    if (unmatched > 0) {
      deps.log.warn('delivery reports for no message of ours', {
        unmatched,
        campaigns: [...new Set(result.unmatched.map((report) => report.campaignId))],
        providerMessageIds: result.unmatched.map((report) => report.messageId).slice(0, 20),
      });
    }
    deps.log.info('delivery reports', {
      received: records.length,
      applied: result.applied,
      unmatched,
      malformed: batchItemFailures.length,
    });
  } catch (error) {
    deps.log.error('delivery reports not applied; the batch goes back to the queue', { error });
    batchItemFailures.push(
      ...[...reports, ...clicks].map(({ messageId }) => ({ itemIdentifier: messageId })),
    );
    return { batchItemFailures };
  }
  if (clicks.length) {
    try {
      const applied = await applyClicks(
        deps.db,
        clicks.map(({ click }) => click),
        deps.clock.now(),
      );
      const deferred = new Set(applied.deferred.map((click) => click.id));
      batchItemFailures.push(
        ...clicks.flatMap(({ messageId, click }) =>
          deferred.has(click.id) ? [{ itemIdentifier: messageId }] : [],
        ),
      );
      if (applied.unmatched.length) {
        deps.log.warn('clicks for no message kept', { unmatched: applied.unmatched.length });
      }
      deps.log.info('link clicks', { received: clicks.length, applied: applied.applied });
      result.raised.push(...applied.raised);
    } catch (error) {
      deps.log.error('link clicks not applied; they go back to the queue', { error });
      batchItemFailures.push(...clicks.map(({ messageId }) => ({ itemIdentifier: messageId })));
    }
  }
  // Written with the reports: what is not relayed now, the sweeper relays.
  for (const raised of result.raised) {
    await relay(deps, raised).catch((error: unknown) =>
      deps.log.warn('events left for the sweeper', { error, events: raised.events.length }),
    );
  }
  return { batchItemFailures };
}
