import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileObjectStore } from '../../local/object-store';
import { Outbox } from '../../local/sending';
import { listAudit } from '../../shared/audit/repository';
import { getCampaign } from '../../shared/campaigns/repository';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { exportParts } from '../../shared/exports/csv';
import { exportWithLink, startExport, writeExport } from '../../shared/exports/use-cases';
import { createLogger } from '../../shared/logger';
import { listMessages } from '../../shared/messages/log';
import { messageView } from '../../shared/messages/view';
import type { ExportRequest, ObjectStore } from '../../shared/ports';
import { sendChunk } from '../../shared/sending/send';
import { dispatchedCampaign } from '../support/campaigns';
import { createTestDb } from '../support/db';

let db: Db;
const clock = new ManualClock('2026-06-01T08:00:00.000Z');
const log = createLogger({ level: 'silent' });

beforeAll(async () => {
  db = await createTestDb();
});

/** A campaign of 600 recipients with fields, sent (one number refused by the provider). */
async function sentCampaign() {
  const tasks = await dispatchedCampaign(db, clock, 600, {
    text: 'Votre facture de @montant FCFA est disponible.',
    recipient: (i) => ({
      // A name a spreadsheet would run as a formula, and one with the separator in it.
      name: i === 0 ? '=HYPERLINK("http://x")' : i === 1 ? 'Koné; Awa' : `Client ${i}`,
      fields: { montant: `${i * 100}`, ville: 'Abidjan' },
    }),
  });
  const outbox = new Outbox(clock);
  outbox.failures.set('2250700000002', { kind: 'final', reason: 'invalid-number' });
  for (const task of tasks) await sendChunk({ db, clock, log, provider: outbox, inFlight: 8 }, task);
  const [first] = tasks;
  const stored = first && (await getCampaign(db, first.accountId, first.campaignId));
  if (!stored) throw new Error('no campaign');
  return stored;
}

describe('exports', () => {
  it('write the message log as a French CSV, parsed back equal to the log, formulas as text', async () => {
    const campaign = await sentCampaign();
    const folder = await mkdtemp(join(tmpdir(), 'exports-'));
    const store = new FileObjectStore(folder, () => 'http://127.0.0.1:3000', clock);
    let rows = 0;
    const written = await store.write(
      'exports/a/b.csv',
      exportParts(db, campaign, {}, (count) => {
        rows += count;
      }),
      'text/csv',
    );
    expect(rows).toBe(600);
    const text = await readFile(store.pathOf('exports/a/b.csv'), 'utf8');
    expect(written.bytes).toBe(Buffer.byteLength(text));
    expect(text.startsWith('\uFEFFphone;name;montant;text;')).toBe(true);

    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    const log = await listMessages(db, campaign, { page: 1, count: 100, status: 'ALL' });
    expect(log.totalCount).toBe(600);
    const all = [];
    for (let page = 1; page <= 6; page++) {
      all.push(...(await listMessages(db, campaign, { page, count: 100, status: 'ALL' })).items);
    }
    expect(parsed).toEqual(
      all.map((message) => {
        const view = messageView(campaign, message);
        const name = message.recipient.name ?? '';
        return {
          phone: view.phone,
          name: name.startsWith('=') ? `'${name}` : name,
          montant: message.recipient.fields?.montant ?? '',
          text: view.text,
          segments: String(view.segments),
          status: view.status,
          reason: view.reason ?? '',
          providerStatus: view.providerStatus ?? '',
          sentAt: view.sentAt ?? '',
          deliveredAt: view.deliveredAt ?? '',
          clickedAt: '',
          occurrence: view.occurrence,
        };
      }),
    );
    expect(parsed.find((row) => row.phone === '2250700000002')).toMatchObject({
      status: 'FAILED',
      reason: 'invalid-number',
    });
    expect(parsed.find((row) => row.phone === '2250700000001')?.name).toBe('Koné; Awa');
  });

  it('keep only the messages of a status, and refuse a key that leaves the folder', async () => {
    const campaign = await sentCampaign();
    const folder = await mkdtemp(join(tmpdir(), 'exports-'));
    const store = new FileObjectStore(folder, () => 'http://127.0.0.1:3000', clock);
    await store.write('failed.csv', exportParts(db, campaign, { status: 'FAILED' }), 'text/csv');
    const lines = (await readFile(store.pathOf('failed.csv'), 'utf8')).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('2250700000002');
    expect(() => store.pathOf('../etc/passwd')).toThrow('not an object key');
    const expires = clock.now().getTime() + 3_600_000;
    expect(await store.readUrl('failed.csv', 3600, 'échecs.csv')).toMatch(
      new RegExp(
        `^http://127.0.0.1:3000/_local/files/failed.csv\\?filename=%C3%A9checs.csv&expires=${expires}&signature=[0-9a-f]{64}$`,
      ),
    );
  });
});

describe('an export, from its request to its link', () => {
  const actor = { type: 'key', id: 'k', label: 'test' } as const;

  async function setUp() {
    const campaign = await sentCampaign();
    const folder = await mkdtemp(join(tmpdir(), 'exports-'));
    const objectStore = new FileObjectStore(folder, () => 'http://127.0.0.1:3000', clock);
    const queued: ExportRequest[] = [];
    const exportQueue = { queueExport: async (request: ExportRequest) => void queued.push(request) };
    return { campaign, objectStore, queued, exportQueue, deps: { db, clock, log, objectStore } };
  }

  it('is queued RUNNING, written once, then READY with a link of one hour; its retry is the same export', async () => {
    const { campaign, objectStore, queued, exportQueue, deps } = await setUp();
    const started = await startExport(
      { db, clock, exportQueue },
      campaign.accountId,
      campaign.id,
      { status: 'FAILED' },
      actor,
      'op-1',
    );
    expect(started).toMatchObject({ id: 'op-1', status: 'RUNNING', rows: 0 });
    expect(queued).toEqual([{ accountId: campaign.accountId, exportId: 'op-1' }]);
    expect(await exportWithLink(deps, campaign.accountId, 'op-1')).not.toHaveProperty('url');

    expect(await writeExport(deps, queued[0] as ExportRequest)).toBe('written');
    // A message delivered twice: the second run finds it READY and writes nothing.
    expect(await writeExport(deps, queued[0] as ExportRequest)).toBe('skipped');
    const ready = await exportWithLink(deps, campaign.accountId, 'op-1');
    expect(ready).toMatchObject({ status: 'READY', rows: 1, campaignId: campaign.id });
    expect(ready.expiresAt).toBe(new Date(clock.now().getTime() + 3_600_000).toISOString());
    const key = `exports/${campaign.accountId}/op-1.csv`;
    expect(ready.url).toContain(`/_local/files/${key}?filename=campagne-${campaign.id}-2026-06-01.csv`);
    expect((await readFile(objectStore.pathOf(key), 'utf8')).trim().split('\r\n')).toHaveLength(2);

    // The same request again (an Idempotency-Key's retry) is the same export, not queued twice.
    const again = await startExport(
      { db, clock, exportQueue },
      campaign.accountId,
      campaign.id,
      {},
      actor,
      'op-1',
    );
    expect(again).toMatchObject({ id: 'op-1', status: 'READY' });
    expect(queued).toHaveLength(1);

    const audit = await listAudit(
      db,
      campaign.accountId,
      { page: 1, size: 10 },
      { action: 'campaign.export' },
    );
    expect(audit.items.map((entry) => entry.details)).toEqual([{ exportId: 'op-1', status: 'FAILED' }]);
  });

  it('is another account’s: not found; so is an export past its 7 days, and a campaign that is not there', async () => {
    const { campaign, exportQueue, deps, queued } = await setUp();
    await startExport({ db, clock, exportQueue }, campaign.accountId, campaign.id, {}, actor, 'op-2');
    await writeExport(deps, queued[0] as ExportRequest);
    const other = await sentCampaign();
    await expect(exportWithLink(deps, other.accountId, 'op-2')).rejects.toMatchObject({
      code: 'export-not-found',
    });
    await expect(
      startExport({ db, clock, exportQueue }, other.accountId, campaign.id, {}, actor),
    ).rejects.toMatchObject({ code: 'campaign-not-found' });
    const later = new ManualClock(new Date(clock.now().getTime() + 7 * 86_400_000));
    await expect(exportWithLink({ ...deps, clock: later }, campaign.accountId, 'op-2')).rejects.toMatchObject(
      { code: 'export-not-found' },
    );
  });

  it('is retried when its file cannot be written, and FAILED at the third attempt', async () => {
    const { campaign, exportQueue, queued } = await setUp();
    await startExport({ db, clock, exportQueue }, campaign.accountId, campaign.id, {}, actor, 'op-3');
    const broken: ObjectStore = {
      write: async () => {
        throw new Error('disk full');
      },
      readUrl: async () => '',
      uploadUrl: async () => '',
      read: async function* () {},
    };
    const deps = { db, clock, log, objectStore: broken };
    const request = queued[0] as ExportRequest;
    await expect(writeExport(deps, request)).rejects.toThrow('disk full');
    await expect(writeExport(deps, request)).rejects.toThrow('disk full');
    expect(await writeExport(deps, request)).toBe('failed');
    expect(await exportWithLink(deps, campaign.accountId, 'op-3')).toMatchObject({
      status: 'FAILED',
      rows: 0,
    });
    expect(await writeExport(deps, request)).toBe('skipped');
  });
});
