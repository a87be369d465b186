import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileObjectStore } from '../../local/object-store';
import { Outbox } from '../../local/sending';
import { createAccount } from '../../shared/accounts/repository';
import { createCampaignInput } from '../../shared/campaigns/campaign';
import { createCampaign } from '../../shared/campaigns/create';
import { getCampaign } from '../../shared/campaigns/repository';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { exportParts } from '../../shared/exports/csv';
import { createLogger } from '../../shared/logger';
import { listMessages } from '../../shared/messages/log';
import { messageView } from '../../shared/messages/view';
import type { SendTask } from '../../shared/ports';
import { dispatchOccurrence } from '../../shared/sending/dispatch';
import { sendChunk } from '../../shared/sending/send';
import { fundedWithPrices } from '../support/campaigns';
import { createTestDb } from '../support/db';
import { campaignPorts } from '../support/fake-ports';

let db: Db;
const clock = new ManualClock('2026-06-01T08:00:00.000Z');
const log = createLogger({ level: 'silent' });

beforeAll(async () => {
  db = await createTestDb();
});

/** A campaign of 600 recipients with fields, sent (one number refused by the provider). */
async function sentCampaign() {
  const { account } = await createAccount(db, { name: 'T', plan: { senderLimit: 1 }, now: clock.now() });
  await fundedWithPrices(db, clock, account.id);
  const input = createCampaignInput.parse({
    contacts: Array.from({ length: 600 }, (_, i) => ({
      phone: `22507${String(i).padStart(8, '0')}`,
      // A name a spreadsheet would run as a formula, and one with the separator in it.
      name: i === 0 ? '=HYPERLINK("http://x")' : i === 1 ? 'Koné; Awa' : `Client ${i}`,
      fields: { montant: `${i * 100}`, ville: 'Abidjan' },
    })),
    text: 'Votre facture de @montant FCFA est disponible.',
  });
  const campaign = await createCampaign({ db, clock, log, ...campaignPorts() }, account, input);
  const tasks: SendTask[] = [];
  await dispatchOccurrence(
    {
      db,
      clock,
      log,
      scheduler: { create: async () => {}, delete: async () => {} },
      sendQueue: { send: async (queued) => void tasks.push(...queued) },
    },
    { accountId: account.id, campaignId: campaign.id, slot: campaign.createdAt },
  );
  const outbox = new Outbox(clock);
  outbox.failures.set('2250700000002', { kind: 'final', reason: 'invalid-number' });
  for (const task of tasks) await sendChunk({ db, clock, log, provider: outbox, inFlight: 8 }, task);
  const stored = await getCampaign(db, account.id, campaign.id);
  if (!stored) throw new Error('no campaign');
  return stored;
}

describe('exports', () => {
  it('write the message log as a French CSV, parsed back equal to the log, formulas as text', async () => {
    const campaign = await sentCampaign();
    const folder = await mkdtemp(join(tmpdir(), 'exports-'));
    const store = new FileObjectStore(folder, () => 'http://127.0.0.1:3000');
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
    const store = new FileObjectStore(folder, () => 'http://127.0.0.1:3000');
    await store.write('failed.csv', exportParts(db, campaign, { status: 'FAILED' }), 'text/csv');
    const lines = (await readFile(store.pathOf('failed.csv'), 'utf8')).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('2250700000002');
    expect(() => store.pathOf('../etc/passwd')).toThrow('not an object key');
    expect(await store.readUrl('failed.csv', 3600, 'échecs.csv')).toBe(
      'http://127.0.0.1:3000/_local/files/failed.csv?filename=%C3%A9checs.csv',
    );
  });
});
