/**
 * An export of 100,000 messages (each sent, with its record), written by a process of its own so its
 * peak memory is the export's alone: its time, and that peak (VmHWM), against DynamoDB Local.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { seedDemoPrices } from '../local/demo';
import { startDynamoLocal } from '../local/dynamo';
import { ensureTable } from '../local/table';
import { systemClock } from '../shared/clock';
import { batchWrite } from '../shared/db/batch';
import { createDocumentClient, createDynamoClient, type Db } from '../shared/db/client';
import { keys } from '../shared/db/keys';
import { createLogger } from '../shared/logger';
import { moneyDeps } from '../shared/money/balance';
import { recordMovement } from '../shared/money/repository';
import type { SendTask } from '../shared/ports';
import { dispatchOccurrence } from '../shared/sending/dispatch';
import { groupCampaign } from './support';

const MESSAGES = Number(process.env.BENCH_EXPORT_MESSAGES ?? 100_000);
const run = promisify(execFile);

export async function benchExports(): Promise<void> {
  const dynamo = await startDynamoLocal();
  const folder = await mkdtemp(join(tmpdir(), 'bench-exports-'));
  try {
    const base = createDynamoClient({ endpoint: dynamo.endpoint });
    await ensureTable(base, 'bench-exports');
    const db: Db = { client: createDocumentClient(base), tableName: 'bench-exports' };
    console.log(`\nExports, ${MESSAGES.toLocaleString('en')} messages, against DynamoDB Local\n`);

    const { account, campaign } = await groupCampaign(
      db,
      MESSAGES,
      'Bonjour @prenom, votre facture est prête.',
    );
    await seedDemoPrices(db, systemClock);
    await recordMovement(
      moneyDeps({ db }),
      account.id,
      { id: 'bench-top-up', type: 'TOP_UP', units: MESSAGES * 1e6 },
      systemClock.now(),
    );
    const slot = systemClock.now().toISOString();
    const tasks: SendTask[] = [];
    await dispatchOccurrence(
      {
        db,
        clock: systemClock,
        log: createLogger({ level: 'silent' }),
        scheduler: { create: async () => {}, delete: async () => {} },
        sendQueue: { send: async (queued) => void tasks.push(...queued) },
      },
      { accountId: account.id, campaignId: campaign.id, slot },
    );
    // Every message handed over, as the send path records it.
    const at = systemClock.now().toISOString();
    await batchWrite(
      db,
      tasks.flatMap((task) =>
        task.recipients.map((recipient) => ({
          PutRequest: {
            Item: {
              ...keys.messageClaim(account.id, campaign.id, task.slot, recipient.phone),
              to: recipient.phone,
              contactId: recipient.id,
              segments: 1,
              encoding: 'GSM-7',
              state: 'SENT',
              at,
              providerStatus: 'TEXT_SUCCESSFUL',
            },
          },
        })),
      ),
    );

    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        join(import.meta.dirname, 'export-process.ts'),
        dynamo.endpoint,
        db.tableName,
        account.id,
        campaign.id,
        folder,
      ],
      { cwd: join(import.meta.dirname, '..'), env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    const measured = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
      rows: number;
      bytes: number;
      seconds: number;
      peakMb: number;
      startMb: number;
    };
    const ok = (good: boolean) => (good ? 'met' : 'NOT met');
    console.log(
      `  rows written      ${measured.rows.toLocaleString('en')} (${(measured.bytes / 1e6).toFixed(1)} MB)`,
    );
    console.log(
      `  time              ${measured.seconds.toFixed(1)} s (${Math.round(measured.rows / measured.seconds).toLocaleString('en')} rows/s; goal < 30 s: ${ok(measured.seconds < 30)})`,
    );
    console.log(
      `  process memory    peak ${measured.peakMb} MB, ${measured.startMb} MB before the export (goal < 150 MB: ${ok(measured.peakMb < 150)})`,
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
    await dynamo.stop();
  }
}
