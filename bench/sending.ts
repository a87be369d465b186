/** A campaign of 100,000 recipients through dispatch and send, against DynamoDB Local and the outbox. */
import { seedDemoPrices } from '../local/demo';
import { startDynamoLocal } from '../local/dynamo';
import { Outbox } from '../local/sending';
import { ensureTable } from '../local/table';
import { prepareRecipients } from '../shared/campaigns/prepare';
import { getCampaign } from '../shared/campaigns/repository';
import { systemClock } from '../shared/clock';
import { DEFAULT_LARGE_AUDIENCE, DEFAULT_SEND_MESSAGES_IN_FLIGHT } from '../shared/config';
import { mapLimit } from '../shared/db/batch';
import { createDocumentClient, createDynamoClient, type Db } from '../shared/db/client';
import { createLogger } from '../shared/logger';
import { amountOf } from '../shared/money/amount';
import { getBalance, moneyDeps, spentIn } from '../shared/money/balance';
import { recordMovement } from '../shared/money/repository';
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
    // Priced and funded as a customer is (the demonstration prices: 25 a segment in Côte d'Ivoire).
    await seedDemoPrices(db, clock);
    await recordMovement(
      moneyDeps({ db }),
      account.id,
      { id: 'bench-top-up', type: 'TOP_UP', units: RECIPIENTS * 100 * 10_000 },
      clock.now(),
    );
    // A large audience is read and frozen by the dispatch before it plans: timed apart, as `-- scale` does.
    if (campaign.preparing) {
      const prepared = await timed(() => prepareRecipients({ db, clock }, campaign));
      console.log(
        `  dispatch: its group read and its recipients frozen first: ${prepared.seconds.toFixed(2)} s   (no goal; a campaign over ${DEFAULT_LARGE_AUDIENCE.toLocaleString('en')} recipients)`,
      );
    }
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
    // provider that takes LATENCY_MS a call (give or take half). Billed and unbilled chunks alternate (a
    // task without prices charges nothing), so both meet DynamoDB Local in the same state.
    const instance = (outbox: Outbox, db: Db) => (task: SendTask) =>
      sendChunk({ db, clock, provider: outbox, log, inFlight: IN_FLIGHT }, task);
    const oneHalf = tasks.slice(0, Math.ceil(tasks.length / 2));
    const otherHalf = tasks.slice(oneHalf.length);
    const billed = { outbox: new Outbox(clock, { ms: LATENCY_MS }), counted: countingWrites(db), seconds: 0 };
    const unbilled = {
      outbox: new Outbox(clock, { ms: LATENCY_MS }),
      counted: countingWrites(db),
      seconds: 0,
    };
    for (const [index, task] of oneHalf.entries()) {
      const { prices: _prices, ...withoutPrices } = task;
      const side = index % 2 === 0 ? billed : unbilled;
      const sent = await timed(() =>
        instance(side.outbox, side.counted.db)(side === billed ? task : withoutPrices),
      );
      side.seconds += sent.seconds;
    }
    const rateOf = (side: typeof billed) => side.outbox.messages.length / side.seconds;
    const writesOf = (side: typeof billed) => side.counted.writes() / side.outbox.messages.length;
    const sentAlone = billed.outbox.messages.length + unbilled.outbox.messages.length;
    const aloneRate = sentAlone / (billed.seconds + unbilled.seconds);
    console.log(
      `  send, one function, ${IN_FLIGHT} in flight, provider ${LATENCY_MS} ms: ${sentAlone.toLocaleString('en')} messages in ${(billed.seconds + unbilled.seconds).toFixed(1)} s = ${Math.round(aloneRate).toLocaleString('en')} messages/s   (goal: at least 200)`,
    );
    console.log(
      `  DynamoDB writes per message on the send path: ${writesOf(billed).toFixed(3)} billed, ${writesOf(unbilled).toFixed(3)} unbilled   (goal: at most 2.1)`,
    );
    console.log(
      `  billing adds ${(writesOf(billed) - writesOf(unbilled)).toFixed(4)} writes per message   (goal: at most 0.02: one charge per chunk, in its own transaction)`,
    );
    console.log(
      `  the usage counters add ${(billed.counted.usageWrites() / billed.outbox.messages.length).toFixed(4)} writes per message   (goal with the reports' below: at most 0.02 in all)`,
    );
    const slower = 1 - rateOf(billed) / rateOf(unbilled);
    console.log(
      `  billed ${Math.round(rateOf(billed)).toLocaleString('en')} messages/s, unbilled ${Math.round(rateOf(unbilled)).toLocaleString('en')} messages/s, same run: billing costs ${(slower * 100).toFixed(1)}% of the rate   (goal: at most 5%)`,
    );

    const many = new Outbox(clock, { ms: LATENCY_MS });
    const together = await timed(() => mapLimit(otherHalf, INSTANCES, instance(many, db)));
    const togetherRate = many.messages.length / together.seconds;
    const after = await getCampaign(db, account.id, campaign.id);
    const balance = await getBalance(db, account.id);
    console.log(
      `  send, ${INSTANCES} functions at once: ${many.messages.length.toLocaleString('en')} messages in ${together.seconds.toFixed(1)} s = ${Math.round(togetherRate).toLocaleString('en')} messages/s   (campaign ${after?.status}, sent ${after?.sent}, failed ${after?.failed}; held ${amountOf(balance.reserved)}, charged ${amountOf(spentIn(balance, clock.now()))} XOF)`,
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
