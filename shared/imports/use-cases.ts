import { createHash } from 'node:crypto';
import type { Actor } from '../audit/audit';
import { auditOf } from '../audit/repository';
import type { Clock } from '../clock';
import { countContacts, recordFieldKeys } from '../contacts/repository';
import { fieldsToImportOf, guessMapping, type Mapping, sheetOf } from '../contacts/sheet';
import { csvRows, writeCsv } from '../csv';
import type { Db } from '../db/client';
import type { TransactItem } from '../db/transactions';
import { notFound } from '../errors';
import { countMembers } from '../groups/repository';
import { makeGroup, requireGroup } from '../groups/use-cases';
import { newId } from '../ids';
import type { Logger } from '../logger';
import type { ExportQueue, ImportRequest, ObjectStore, WebhookQueue } from '../ports';
import { eventId } from '../webhooks/events';
import { enabledWebhooks, eventsToRaise, relay } from '../webhooks/outbox';
import { importBatch } from './batch';
import {
  type ColumnRef,
  ERRORS_LINK_SECONDS,
  errorsKeyOf,
  errorsPartKeyOf,
  fileKeyOf,
  IMPORT_ATTEMPTS,
  IMPORT_DAYS,
  IMPORT_MAX_BYTES,
  type ImportFailure,
  type ImportRecord,
  type ImportUpload,
  type ImportView,
  importOfKey,
  type ResolvedColumns,
  ROWS_PER_BATCH,
  type StartImportInput,
  UPLOAD_SECONDS,
} from './import';
import { MalformedCsvError, rowBatches } from './records';
import {
  checkpoint,
  claimImport,
  countFailure,
  finishImport,
  getImport,
  markArrived,
  putNewImport,
  releaseImport,
} from './repository';

const CSV_TYPE = 'text/csv; charset=utf-8';
/** An invocation stops reading and hands over when less time than this is left. */
export const HAND_OVER_MS = 60_000;
/** How long an invocation holds an import: the function's 15 minutes, and a little more. */
const LEASE_MS = 16 * 60_000;

/**
 * Starts an import: its group found (or made), the import saved `AWAITING_FILE` with its audit entry, and
 * a link to upload the file to, valid 15 minutes.
 */
export async function startImport(
  deps: { db: Db; clock: Clock; objectStore: ObjectStore },
  accountId: string,
  input: StartImportInput,
  actor: Actor,
  operationId?: string,
): Promise<ImportUpload> {
  const { db, clock } = deps;
  const now = clock.now();
  const id = operationId ?? newId(now);
  const groupId = input.groupId
    ? (await requireGroup(db, accountId, input.groupId)).id
    : input.groupName
      ? // A retry of the same request (its operation id) finds the group its first attempt made.
        (
          await makeGroup(
            deps,
            accountId,
            { name: input.groupName },
            actor,
            operationId && groupIdOf(operationId),
          )
        ).id
      : undefined;
  const record: ImportRecord = {
    id,
    status: 'AWAITING_FILE',
    ...(groupId ? { groupId } : {}),
    ...(input.columns ? { columns: input.columns } : {}),
    ...(input.hasHeader !== undefined ? { hasHeader: input.hasHeader } : {}),
    ...(input.separator ? { separator: input.separator } : {}),
    createdAt: now.toISOString(),
    bytesRead: 0,
    nextLine: 1,
    batches: 0,
    rowsRead: 0,
    imported: 0,
    duplicates: 0,
    refused: 0,
  };
  const audit = auditOf(db, accountId, actor, 'contact.import', { type: 'import', id }, now, {
    ...(groupId ? { groupId } : {}),
  });
  const saved = await putNewImport(db, accountId, record, [audit]);
  return {
    id: saved.id,
    status: saved.status,
    ...(saved.groupId ? { groupId: saved.groupId } : {}),
    uploadUrl: await deps.objectStore.uploadUrl(fileKeyOf(accountId, saved.id), UPLOAD_SECONDS),
    expiresAt: new Date(now.getTime() + UPLOAD_SECONDS * 1000).toISOString(),
    maxBytes: IMPORT_MAX_BYTES,
  };
}

/** The group an import's request makes, named by the request. */
const groupIdOf = (operationId: string) =>
  createHash('sha256').update(`import-group:${operationId}`).digest('hex').slice(0, 24);

const expiryOf = (record: ImportRecord) => new Date(record.createdAt).getTime() + IMPORT_DAYS * 86_400_000;

/** An import as `import/{id}` answers it: once done with refused rows, a link to them, new at each call. */
export async function importWithLink(
  deps: { db: Db; clock: Clock; objectStore: ObjectStore },
  accountId: string,
  importId: string,
): Promise<ImportView> {
  const now = deps.clock.now();
  const record = await getImport(deps.db, accountId, importId);
  if (!record || now.getTime() >= expiryOf(record)) throw notFound('import', importId);
  const view = viewOf(record);
  if (!record.errorsKey) return view;
  return {
    ...view,
    errorsUrl: await deps.objectStore.readUrl(
      record.errorsKey,
      ERRORS_LINK_SECONDS,
      `import-${record.id}-lignes-refusees.csv`,
    ),
    errorsExpiresAt: new Date(
      Math.min(now.getTime() + ERRORS_LINK_SECONDS * 1000, expiryOf(record)),
    ).toISOString(),
  };
}

const viewOf = (record: ImportRecord): ImportView => ({
  id: record.id,
  status: record.status,
  ...(record.groupId ? { groupId: record.groupId } : {}),
  rowsRead: record.rowsRead,
  imported: record.imported,
  duplicates: record.duplicates,
  refused: record.refused,
  ...(record.bytes !== undefined ? { bytes: record.bytes } : {}),
  bytesRead: record.bytesRead,
  createdAt: record.createdAt,
  ...(record.startedAt ? { startedAt: record.startedAt } : {}),
  ...(record.finishedAt ? { finishedAt: record.finishedAt } : {}),
  ...(record.reason ? { reason: record.reason } : {}),
});

export interface ImportDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  objectStore: ObjectStore;
  exportQueue: Pick<ExportQueue, 'continueImport'>;
  webhookQueue?: WebhookQueue;
}

export type ImportOutcome = 'completed' | 'continued' | 'busy' | 'skipped' | 'failed';

/**
 * A file arrived where an import waits for it (storage's notification): the import runs, unless the file
 * is too large. A file no import waits for (another key, a second notification) is left alone.
 */
export async function fileArrived(
  deps: ImportDeps,
  file: { key: string; bytes: number },
  timeLeftMs: () => number,
): Promise<ImportOutcome> {
  const named = importOfKey(file.key);
  if (!named) return 'skipped';
  const { accountId, importId } = named;
  const at = deps.clock.now().toISOString();
  if (file.bytes > IMPORT_MAX_BYTES) {
    await end(deps, named, { status: 'FAILED', reason: 'file-too-large' });
    return 'failed';
  }
  await markArrived(deps.db, accountId, importId, file.bytes, at);
  return runImport(deps, named, timeLeftMs);
}

/**
 * The columns asked for (or guessed) read against the file's first rows, and whether the first is a
 * header; or why they cannot be.
 */
export function resolveColumns(
  record: Pick<ImportRecord, 'columns' | 'hasHeader'>,
  firstRows: string[][],
): { columns: ResolvedColumns; headerless: boolean } | ImportFailure {
  const sheet = sheetOf(firstRows, record.hasHeader === undefined ? {} : { hasHeader: record.hasHeader });
  const headerless = sheet.headerless === true;
  const width = Math.max(sheet.header.length, ...firstRows.map((row) => row.length));
  const indexOf = (ref: ColumnRef): number | undefined => {
    const wanted = String(ref).trim().toLowerCase();
    const found = sheet.header.findIndex((header) => header.trim().toLowerCase() === wanted);
    if (typeof ref === 'string' && found >= 0) return found;
    // A column by its position (a field's as a string, `"3"`: JSON keys are strings), if the file has it.
    const position = /^\d+$/.test(wanted) ? Number(wanted) : undefined;
    return position !== undefined && position < width ? position : undefined;
  };
  let mapping: Mapping = guessMapping(sheet);
  const given = record.columns;
  if (given) {
    mapping = { fields: {} };
    for (const field of ['phone', 'name', 'firstName', 'lastName', 'sex'] as const) {
      const ref = given[field];
      if (ref === undefined) continue;
      const index = indexOf(ref);
      if (index === undefined) return 'column-not-found';
      mapping[field] = index;
    }
    for (const [ref, key] of Object.entries(given.fields ?? {})) {
      const index = indexOf(ref);
      if (index === undefined) return 'column-not-found';
      (mapping.fields as Record<number, string | null>)[index] = key;
    }
  }
  if (mapping.phone === undefined) return 'no-phone-column';
  const { fields: _, ...builtIn } = mapping;
  return {
    columns: { ...builtIn, phone: mapping.phone, fields: fieldsToImportOf(sheet, mapping) },
    headerless,
  };
}

/** One string, as the parts of a file. */
async function* only(text: string) {
  yield text;
}

/**
 * Reads the import's file from its checkpoint, a batch at a time: each batch written, then the checkpoint
 * moved past it with its counts. When time runs short, hands over to a new invocation; at the file's end,
 * joins the refused rows into one file and completes the import with its `import.completed` event.
 */
export async function runImport(
  deps: ImportDeps,
  request: ImportRequest,
  timeLeftMs: () => number,
): Promise<ImportOutcome> {
  const { db, clock, log } = deps;
  const { accountId, importId } = request;
  const claimedAt = clock.now();
  const until = new Date(claimedAt.getTime() + LEASE_MS).toISOString();
  if (!(await claimImport(db, accountId, importId, claimedAt.toISOString(), until))) {
    const record = await getImport(db, accountId, importId);
    return record?.status === 'RUNNING' ? 'busy' : 'skipped';
  }
  try {
    let record = (await getImport(db, accountId, importId)) as ImportRecord;
    const file = deps.objectStore.read(fileKeyOf(accountId, importId), record.bytesRead);
    const batches = rowBatches(
      file,
      { offset: record.bytesRead, line: record.nextLine },
      { rowsPerBatch: ROWS_PER_BATCH, ...(record.separator ? { separator: record.separator } : {}) },
    );
    for await (const batch of batches) {
      let rows = batch.rows;
      let resolved = record.resolved;
      if (!resolved) {
        const read = resolveColumns(
          record,
          rows.slice(0, 21).map((row) => row.cells),
        );
        if (typeof read === 'string') {
          await end(deps, request, { status: 'FAILED', reason: read });
          return 'failed';
        }
        resolved = read.columns;
        // The header is no contact.
        if (!read.headerless) rows = rows.slice(1);
      }
      const now = clock.now();
      const outcome = await importBatch(
        db,
        { accountId, importId, ...(record.groupId ? { groupId: record.groupId } : {}) },
        rows,
        resolved,
        now,
      );
      if (outcome.refused.length) {
        await deps.objectStore.write(
          errorsPartKeyOf(accountId, importId, record.batches),
          only(
            csvRows(
              outcome.refused.map((problem) => [problem.line, problem.value, problem.message]),
              { delimiter: ';' },
            ),
          ),
          CSV_TYPE,
        );
      }
      const along: TransactItem[] = [];
      if (outcome.created) along.push({ Update: countContacts(db, accountId, outcome.created) });
      if (outcome.added && record.groupId)
        along.push({ Update: countMembers(db, accountId, record.groupId, outcome.added, now) });
      if (outcome.fieldKeys.size) along.push({ Update: recordFieldKeys(db, accountId, outcome.fieldKeys) });
      const moved = await checkpoint(
        db,
        accountId,
        importId,
        {
          fromOffset: record.bytesRead,
          nextOffset: batch.nextOffset,
          nextLine: batch.nextLine,
          rowsRead: rows.length,
          imported: outcome.imported,
          duplicates: outcome.duplicates,
          refused: outcome.refused.length,
          ...(outcome.refused.length ? { refusedBatch: record.batches } : {}),
          ...(record.resolved ? {} : { resolved }),
          ...(record.separator ? {} : { separator: batch.separator }),
        },
        along,
      );
      const after = await getImport(db, accountId, importId);
      if (!moved) {
        // Either another run moved the checkpoint (this one stops), or the group was removed meanwhile.
        if (after?.status === 'RUNNING' && after.bytesRead === record.bytesRead && record.groupId) {
          await end(deps, request, { status: 'FAILED', reason: 'group-not-found' });
          return 'failed';
        }
        return 'skipped';
      }
      record = after as ImportRecord;
      if (timeLeftMs() < HAND_OVER_MS) {
        await releaseImport(db, accountId, importId, until);
        await deps.exportQueue.continueImport(request);
        log.info('import handed over', { accountId, importId, bytesRead: record.bytesRead });
        return 'continued';
      }
    }
    const errorsKey = record.refusedBatches?.length
      ? await joinRefusedRows(deps, record, accountId)
      : undefined;
    return (await end(deps, request, { status: 'COMPLETED', ...(errorsKey ? { errorsKey } : {}) }))
      ? 'completed'
      : 'skipped';
  } catch (error) {
    if (error instanceof MalformedCsvError) {
      log.warn('import: malformed file', { accountId, importId, line: error.line });
      await end(deps, request, { status: 'FAILED', reason: 'malformed-csv' });
      return 'failed';
    }
    const failures = await countFailure(db, accountId, importId);
    if (failures >= IMPORT_ATTEMPTS) {
      log.error('import failed for good', { accountId, importId, failures, error });
      await end(deps, request, { status: 'FAILED', reason: 'internal-error' });
      return 'failed';
    }
    // The next delivery goes on from the checkpoint at once.
    await releaseImport(db, accountId, importId, until).catch(() => false);
    throw error;
  }
}

/** The batches' refused rows as one file, in the order of their lines. */
async function joinRefusedRows(deps: ImportDeps, record: ImportRecord, accountId: string): Promise<string> {
  const key = errorsKeyOf(accountId, record.id);
  const { objectStore } = deps;
  async function* parts() {
    yield `\uFEFF${writeCsv(['line', 'value', 'reason'], [], { delimiter: ';' })}\r\n`;
    for (const batch of [...(record.refusedBatches ?? [])].sort((a, b) => a - b)) {
      const decoder = new TextDecoder();
      for await (const bytes of objectStore.read(errorsPartKeyOf(accountId, record.id, batch))) {
        yield decoder.decode(bytes, { stream: true });
      }
      yield decoder.decode();
    }
  }
  await objectStore.write(key, parts(), CSV_TYPE);
  return key;
}

/** Ends the import with its `import.completed` event; false when it had already ended. */
async function end(
  deps: ImportDeps,
  request: ImportRequest,
  outcome: { status: 'COMPLETED'; errorsKey?: string } | { status: 'FAILED'; reason: ImportFailure },
): Promise<boolean> {
  const { db, clock } = deps;
  const { accountId, importId } = request;
  const now = clock.now();
  const record = await getImport(db, accountId, importId);
  if (!record) return false;
  const events = eventsToRaise(
    db,
    { accountId, endpoints: await enabledWebhooks(db, accountId) },
    [
      {
        id: eventId(accountId, 'import', importId, 'completed'),
        type: 'import.completed',
        timestamp: now.toISOString(),
        data: {
          importId,
          status: outcome.status,
          ...(record.groupId ? { groupId: record.groupId } : {}),
          rowsRead: record.rowsRead,
          imported: record.imported,
          duplicates: record.duplicates,
          refused: record.refused,
          ...(outcome.status === 'FAILED' ? { reason: outcome.reason } : {}),
        },
      },
    ],
    now,
  );
  const ended = await finishImport(
    db,
    accountId,
    importId,
    { ...outcome, at: now.toISOString() },
    events ? [events.put] : [],
  );
  if (ended) await relay(deps, events);
  deps.log.info('import ended', { accountId, importId, status: outcome.status });
  return ended;
}
