/**
 * Delivery reports for one campaign of 100,000 messages, each report delivered twice and shuffled,
 * applied as the reports queue hands them over; then the message log's first and hundredth pages.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { startDynamoLocal } from '../local/dynamo';
import { ensureTable } from '../local/table';
import { getCampaign } from '../shared/campaigns/repository';
import { systemClock } from '../shared/clock';
import { batchWrite, chunk, mapLimit } from '../shared/db/batch';
import { createDocumentClient, createDynamoClient, type Db } from '../shared/db/client';
import { keys } from '../shared/db/keys';
import { createLogger } from '../shared/logger';
import { listMessages } from '../shared/messages/log';
import { listMessagesInput } from '../shared/messages/message';
import { messageView } from '../shared/messages/view';
import { applyReports, REPORTS_PER_BATCH } from '../shared/reports/apply';
import type { DeliveryReport } from '../shared/reports/report';
import { dispatchOccurrence } from '../shared/sending/dispatch';
import { countingWrites, groupCampaign, rawConditionalWrites, rawTransactionWrites, timed } from './support';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 100_000);
/** Reports functions at once: as deployed (`reportsConcurrency`). */
const CONSUMERS = Number(process.env.BENCH_REPORT_CONSUMERS ?? 2);
const log = createLogger({ level: 'silent' });

const FATES = [
  { delivery: 'DELIVERED', providerStatus: 'TEXT_DELIVERED' },
  { delivery: 'UNDELIVERED', providerStatus: 'TEXT_CARRIER_UNREACHABLE' },
  { delivery: 'UNKNOWN', providerStatus: 'TEXT_UNKNOWN' },
] as const;
/** 90% delivered, 7% undelivered, 3% unknown. */
const fateOf = (i: number) => FATES[i % 100 < 90 ? 0 : i % 100 < 97 ? 1 : 2];

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

async function medianMs(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push((await timed(work)).seconds * 1000);
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

export async function benchReports(): Promise<void> {
  const dynamo = await startDynamoLocal();
  try {
    const base = createDynamoClient({ endpoint: dynamo.endpoint });
    await ensureTable(base, 'bench-reports');
    const db: Db = { client: createDocumentClient(base), tableName: 'bench-reports' };
    const clock = systemClock;
    console.log(
      `\nDelivery reports, one campaign of ${MESSAGES.toLocaleString('en')} messages, against DynamoDB Local\n`,
    );

    // Setup, not measured: the campaign dispatched, and every message left SENT as the send path leaves it.
    const { account, campaign } = await groupCampaign(
      db,
      MESSAGES,
      'Bonjour @prenom, votre commande est prête.',
    );
    const slot = campaign.createdAt;
    const phones: string[] = [];
    await dispatchOccurrence(
      {
        db,
        clock,
        log,
        scheduler: { create: async () => {}, delete: async () => {} },
        sendQueue: {
          send: async (tasks) => void phones.push(...tasks.flatMap((t) => t.recipients.map((r) => r.phone))),
        },
      },
      { accountId: account.id, campaignId: campaign.id, slot },
    );
    const at = clock.now().toISOString();
    await batchWrite(
      db,
      phones.map((phone, i) => ({
        PutRequest: {
          Item: {
            ...keys.messageClaim(account.id, campaign.id, slot, phone),
            entity: 'message',
            to: phone,
            contactId: i.toString(16).padStart(24, '0'),
            segments: 1,
            encoding: 'GSM-7',
            state: 'SENT',
            messageId: `m-${i}`,
            at,
          },
        },
      })),
    );
    const counters = { ':sent': MESSAGES, ':parts': MESSAGES };
    for (const key of [
      keys.campaign(account.id, campaign.id),
      keys.occurrence(account.id, campaign.id, slot),
    ]) {
      await db.client.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: key,
          UpdateExpression: 'SET sent = :sent, parts = :parts',
          ExpressionAttributeValues: counters,
        }),
      );
    }

    const t0 = Date.now();
    const reports: DeliveryReport[] = phones.map((phone, i) => ({
      accountId: account.id,
      campaignId: campaign.id,
      occurrence: slot,
      phone,
      messageId: `m-${i}`,
      at: t0 + i,
      price: { amount: 0.0375, currency: 'USD' },
      ...fateOf(i),
    }));
    const delivered = shuffle([...reports, ...reports]);
    const batches = chunk(delivered, REPORTS_PER_BATCH);
    const counted = countingWrites(db);
    const applied = await timed(() =>
      mapLimit(batches, CONSUMERS, (batch) => applyReports(counted.db, batch, clock.now())),
    );
    const rate = delivered.length / applied.seconds;
    const itemsRate = counted.writes() / applied.seconds;
    const rawSingle = await rawConditionalWrites(db, CONSUMERS);
    const rawTransactions = await rawTransactionWrites(db, CONSUMERS);
    console.log(
      `  ${delivered.length.toLocaleString('en')} reports (each twice, shuffled), ${CONSUMERS} functions taking ${REPORTS_PER_BATCH} at a time: ${applied.seconds.toFixed(1)} s = ${Math.round(rate).toLocaleString('en')} reports/s (${Math.round(itemsRate).toLocaleString('en')} items written/s)`,
    );
    console.log(
      `  DynamoDB Local, raw, same run, ${CONSUMERS} at once: ${Math.round(rawSingle).toLocaleString('en')} single conditional writes/s; ${Math.round(rawTransactions).toLocaleString('en')} conditional items/s in transactions of 100 (reports reach ${Math.round((itemsRate / rawTransactions) * 100)}% of that)`,
    );
    console.log(
      `  DynamoDB writes per report: ${(counted.writes() / delivered.length).toFixed(3)}   (goal: at most 1.1; items written, in transactions)`,
    );
    console.log(
      `  the usage counters add ${(counted.usageWrites() / reports.length).toFixed(4)} writes per message reported   (goal with the send path's above: at most 0.02 in all)`,
    );
    const after = await getCampaign(db, account.id, campaign.id);
    const expected = { delivered: 0, undelivered: 0, unknown: 0 };
    for (let i = 0; i < MESSAGES; i++)
      expected[(fateOf(i) as (typeof FATES)[number]).delivery.toLowerCase() as keyof typeof expected]++;
    const exact =
      after?.delivered === expected.delivered &&
      after?.undelivered === expected.undelivered &&
      after?.unknown === expected.unknown &&
      Math.abs((after?.costAmount ?? 0) - MESSAGES * 0.0375) < 1e-6;
    console.log(
      `  stats at the end: delivered ${after?.delivered}, undelivered ${after?.undelivered}, unknown ${after?.unknown}, cost ${after?.costAmount?.toFixed(4)} ${after?.costCurrency}: ${exact ? 'exact' : `NOT EXACT (expected ${JSON.stringify(expected)})`}`,
    );

    const input = (page: number) => listMessagesInput.parse({ page });
    for (const page of [1, 100]) {
      const ms = await medianMs(5, async () =>
        (await listMessages(db, after ?? campaign, input(page))).items.map((message) =>
          messageView(campaign, message),
        ),
      );
      console.log(
        `  message log, page ${page} of 50: ${ms.toFixed(1)} ms (median of 5)   (goal: under 100 ms)`,
      );
    }
    const filtered = await medianMs(3, () =>
      listMessages(db, after ?? campaign, listMessagesInput.parse({ page: 2, status: 'UNDELIVERED' })),
    );
    console.log(`  message log, page 2 of UNDELIVERED (7% of them): ${filtered.toFixed(0)} ms (median of 3)`);
  } finally {
    await dynamo.stop();
  }
}
