/** A campaign of 100,000 recipients through dispatch and send, against DynamoDB Local and the outbox. */
import { startDynamoLocal } from '../local/dynamo';
import { Outbox } from '../local/sending';
import { ensureTable } from '../local/table';
import { getCampaign } from '../shared/campaigns/repository';
import { systemClock } from '../shared/clock';
import { DEFAULT_SEND_MESSAGES_IN_FLIGHT } from '../shared/config';
import { mapLimit } from '../shared/db/batch';
import { createDocumentClient, createDynamoClient, type Db } from '../shared/db/client';
import { createLogger } from '../shared/logger';
import type { SendTask } from '../shared/ports';
import { dispatchOccurrence } from '../shared/sending/dispatch';
import { sendChunk } from '../shared/sending/send';
import { countingWrites, groupCampaign, rawConditionalWrites, timed } from './support';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 100_000);
/** A real provider's call takes tens of milliseconds. */
const LATENCY_MS = Number(process.env.BENCH_PROVIDER_LATENCY_MS ?? 50);
const IN_FLIGHT = DEFAULT_SEND_MESSAGES_IN_FLIGHT;
/** Enough send functions at once to reach DynamoDB Local's own rate. */
const INSTANCES = Number(process.env.BENCH_SEND_INSTANCES ?? 4);
const log = createLogger({ level: 'silent' });

export async function benchSending(): Promise<void> {
  const dynamo = await startDynamoLocal();
  try {
    const base = createDynamoClient({ endpoint: dynamo.endpoint });
    await ensureTable(base, 'bench-sending');
    const db: Db = { client: createDocumentClient(base), tableName: 'bench-sending' };
    const clock = systemClock;

    console.log(
      `\nSending, ${RECIPIENTS.toLocaleString('en')} recipients, against DynamoDB Local and the outbox\n`,
    );
    const { account, campaign } = await groupCampaign(
      db,
      RECIPIENTS,
      'Bonjour @prenom, votre commande est prête.',
    );
    const tasks: SendTask[] = [];
    const plan = await timed(() =>
      dispatchOccurrence(
        {
          db,
          clock,
          log,
          scheduler: { create: async () => {}, delete: async () => {} },
          sendQueue: { send: async (queued) => void tasks.push(...queued) },
        },
        { accountId: account.id, campaignId: campaign.id, slot: campaign.createdAt },
      ),
    );
    console.log(
      `  dispatch: plan ${RECIPIENTS.toLocaleString('en')} recipients into ${tasks.length} chunks: ${plan.seconds.toFixed(2)} s   (goal: under 5 s)`,
    );

    // One send function: chunks one after another, each with its messages in flight together, against a
    // provider that takes LATENCY_MS a call (give or take half).
    const instance = (outbox: Outbox, db: Db) => (task: SendTask) =>
      sendChunk({ db, clock, provider: outbox, log, inFlight: IN_FLIGHT }, task);
    const oneHalf = tasks.slice(0, Math.ceil(tasks.length / 2));
    const otherHalf = tasks.slice(oneHalf.length);
    const single = new Outbox(clock, { ms: LATENCY_MS });
    const counted = countingWrites(db);
    const alone = await timed(() => mapLimit(oneHalf, 1, instance(single, counted.db)));
    const aloneRate = single.messages.length / alone.seconds;
    console.log(
      `  send, one function, ${IN_FLIGHT} in flight, provider ${LATENCY_MS} ms: ${single.messages.length.toLocaleString('en')} messages in ${alone.seconds.toFixed(1)} s = ${Math.round(aloneRate).toLocaleString('en')} messages/s   (goal: at least 200)`,
    );
    console.log(
      `  DynamoDB writes per message on the send path: ${(counted.writes() / single.messages.length).toFixed(3)}   (goal: at most 2.1)`,
    );

    const many = new Outbox(clock, { ms: LATENCY_MS });
    const together = await timed(() => mapLimit(otherHalf, INSTANCES, instance(many, db)));
    const togetherRate = many.messages.length / together.seconds;
    const after = await getCampaign(db, account.id, campaign.id);
    console.log(
      `  send, ${INSTANCES} functions at once: ${many.messages.length.toLocaleString('en')} messages in ${together.seconds.toFixed(1)} s = ${Math.round(togetherRate).toLocaleString('en')} messages/s   (campaign ${after?.status}, sent ${after?.sent}, failed ${after?.failed})`,
    );

    // DynamoDB Local's floor, same run: the send path's two conditional writes a message, as many at once.
    const concurrency = INSTANCES * IN_FLIGHT;
    const rawWrites = await rawConditionalWrites(db, concurrency);
    const floor = rawWrites / 2;
    console.log(
      `  DynamoDB Local, raw, same run: ${Math.round(rawWrites).toLocaleString('en')} conditional writes/s (${concurrency} at once) = a floor of ${Math.round(floor).toLocaleString('en')} messages/s at 2 writes each`,
    );
    console.log(
      `  ${INSTANCES} functions reach ${Math.round((togetherRate / floor) * 100)}% of that floor   (goal: at least 80%)`,
    );
  } finally {
    await dynamo.stop();
  }
}
