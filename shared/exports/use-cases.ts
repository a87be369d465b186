import type { Actor } from '../audit/audit';
import { auditOf } from '../audit/repository';
import { getCampaign } from '../campaigns/repository';
import { requireCampaign } from '../campaigns/use-cases';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { newId } from '../ids';
import type { Logger } from '../logger';
import type { ExportQueue, ExportRequest, ObjectStore, WebhookQueue } from '../ports';
import { eventId } from '../webhooks/events';
import { enabledWebhooks, eventsToRaise, relay } from '../webhooks/outbox';
import { exportParts } from './csv';
import {
  EXPORT_ATTEMPTS,
  EXPORT_DAYS,
  type ExportCampaignInput,
  type ExportRecord,
  type ExportView,
  fileNameOf,
  LINK_SECONDS,
  objectKeyOf,
} from './export';
import { countAttempt, finishExport, getExport, putNewExport } from './repository';

const CSV_TYPE = 'text/csv; charset=utf-8';

/**
 * Starts exporting a campaign's message log: the export is saved `RUNNING`, with its audit entry (the
 * file holds people's numbers), and handed to the export function.
 */
export async function startExport(
  deps: { db: Db; clock: Clock; exportQueue: Pick<ExportQueue, 'queueExport'> },
  accountId: string,
  campaignId: string,
  filter: ExportCampaignInput,
  actor: Actor,
  operationId?: string,
): Promise<ExportView> {
  await requireCampaign(deps.db, accountId, campaignId);
  const now = deps.clock.now();
  const id = operationId ?? newId(now);
  const record: ExportRecord = {
    id,
    campaignId,
    status: 'RUNNING',
    rows: 0,
    filter,
    createdAt: now.toISOString(),
  };
  const audit = auditOf(
    deps.db,
    accountId,
    actor,
    'campaign.export',
    { type: 'campaign', id: campaignId },
    now,
    {
      exportId: id,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.occurrence !== undefined ? { occurrence: new Date(filter.occurrence).toISOString() } : {}),
    },
  );
  const saved = await putNewExport(deps.db, accountId, record, [audit]);
  // A retry after a failed hand-off hands it again: a second run of one export writes nothing twice.
  if (saved.status === 'RUNNING') await deps.exportQueue.queueExport({ accountId, exportId: id });
  return viewOf(saved);
}

/** An export as `export/{id}` answers it: once `READY`, with a link to its file, new at each call. */
export async function exportWithLink(
  deps: { db: Db; clock: Clock; objectStore: ObjectStore },
  accountId: string,
  exportId: string,
): Promise<ExportView> {
  const now = deps.clock.now();
  const record = await getExport(deps.db, accountId, exportId);
  // Its file is gone after 7 days, even before DynamoDB's time to live removes the export.
  if (!record || now.getTime() >= expiryOf(record)) throw notFound('export', exportId);
  if (record.status !== 'READY' || !record.objectKey) return viewOf(record);
  const url = await deps.objectStore.readUrl(record.objectKey, LINK_SECONDS, fileNameOf(record));
  return {
    ...viewOf(record),
    url,
    expiresAt: new Date(Math.min(now.getTime() + LINK_SECONDS * 1000, expiryOf(record))).toISOString(),
  };
}

const expiryOf = (record: ExportRecord) => new Date(record.createdAt).getTime() + EXPORT_DAYS * 86_400_000;

const viewOf = (record: ExportRecord): ExportView => ({
  id: record.id,
  campaignId: record.campaignId,
  status: record.status,
  rows: record.rows,
  createdAt: record.createdAt,
  ...(record.finishedAt ? { finishedAt: record.finishedAt } : {}),
});

export interface ExportDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  objectStore: ObjectStore;
  webhookQueue?: WebhookQueue;
}

/**
 * The export function's work: streams the log into the file, then marks the export `READY` with the
 * `export.ready` event in the same transaction. A failure is retried by the queue; the last attempt
 * marks it `FAILED`. An export no longer running (a message delivered twice) is left alone.
 */
export async function writeExport(
  deps: ExportDeps,
  request: ExportRequest,
): Promise<'written' | 'skipped' | 'failed'> {
  const { db, log } = deps;
  const { accountId, exportId } = request;
  const record = await getExport(db, accountId, exportId);
  if (record?.status !== 'RUNNING') return 'skipped';
  const attempts = await countAttempt(db, accountId, exportId);
  try {
    const campaign = await getCampaign(db, accountId, record.campaignId);
    if (!campaign) {
      log.warn('export: its campaign is gone', { accountId, exportId });
      await finishExport(db, accountId, exportId, { status: 'FAILED', at: deps.clock.now().toISOString() });
      return 'failed';
    }
    let rows = 0;
    const objectKey = objectKeyOf(accountId, exportId);
    const { bytes } = await deps.objectStore.write(
      objectKey,
      exportParts(db, campaign, record.filter, (count) => {
        rows += count;
      }),
      CSV_TYPE,
    );
    const now = deps.clock.now();
    const events = eventsToRaise(
      db,
      { accountId, endpoints: await enabledWebhooks(db, accountId) },
      [
        {
          id: eventId(accountId, 'export', exportId, 'ready'),
          type: 'export.ready',
          timestamp: now.toISOString(),
          data: { exportId, campaignId: record.campaignId, rows },
        },
      ],
      now,
    );
    const ended = await finishExport(
      db,
      accountId,
      exportId,
      { status: 'READY', rows, objectKey, bytes, at: now.toISOString() },
      events ? [events.put] : [],
    );
    if (ended) await relay(deps, events);
    log.info('export written', { accountId, exportId, rows, bytes });
    return ended ? 'written' : 'skipped';
  } catch (error) {
    if (attempts < EXPORT_ATTEMPTS) throw error;
    log.error('export failed for good', { accountId, exportId, attempts, error });
    await finishExport(db, accountId, exportId, { status: 'FAILED', at: deps.clock.now().toISOString() });
    return 'failed';
  }
}
