/**
 * Short links (`npm run bench -- links`): 1,000 sequential redirects through the local stack's HTTP server,
 * and sending a campaign with `trackLinks` against the same campaign without, chunk for chunk.
 */
import { seedDemoPrices } from '../local/demo';
import { startDynamoLocal } from '../local/dynamo';
import { Outbox } from '../local/sending';
import { startLocalStack } from '../local/stack';
import { ensureTable } from '../local/table';
import { systemClock } from '../shared/clock';
import { DEFAULT_SEND_MESSAGES_IN_FLIGHT } from '../shared/config';
import { createDocumentClient, createDynamoClient, type Db } from '../shared/db/client';
import { createLogger } from '../shared/logger';
import { moneyDeps } from '../shared/money/balance';
import { recordMovement } from '../shared/money/repository';
import type { SendTask } from '../shared/ports';
import { dispatchOccurrence } from '../shared/sending/dispatch';
import { sendChunk } from '../shared/sending/send';
import { countingWrites, groupCampaign, timed } from './support';

const RECIPIENTS = Number(process.env.BENCH_LINK_RECIPIENTS ?? 20_000);
const LATENCY_MS = Number(process.env.BENCH_PROVIDER_LATENCY_MS ?? 50);
const REDIRECTS = 1000;
const LINK_BASE = 'https://go.ex.ci';
const TEXT = 'Bonjour @prenom, -30% pour Noël : https://boutique.exemple.ci/promotions/noel?utm_source=sms';
const log = createLogger({ level: 'silent' });

export async function benchShortLinks(): Promise<void> {
  const dynamo = await startDynamoLocal();
  try {
    await benchRedirects(dynamo.endpoint);
    await benchSendingWithLinks(dynamo.endpoint);
  } finally {
    await dynamo.stop();
  }
}

/** A campaign's chunks as dispatch queues them, its account funded as a customer's is. */
async function plannedTasks(db: Db, { account, campaign }: Awaited<ReturnType<typeof groupCampaign>>) {
  await recordMovement(
    moneyDeps({ db }),
    account.id,
    { id: `bench-top-up-${account.id}`, type: 'TOP_UP', units: RECIPIENTS * 100 * 10_000 },
    systemClock.now(),
  );
  const tasks: SendTask[] = [];
  await dispatchOccurrence(
    {
      db,
      clock: systemClock,
      log,
      scheduler: { create: async () => {}, delete: async () => {} },
      sendQueue: { send: async (queued) => void tasks.push(...queued) },
    },
    { accountId: account.id, campaignId: campaign.id, slot: campaign.createdAt },
  );
  return tasks;
}

export async function benchSendingWithLinks(endpoint: string) {
  const base = createDynamoClient({ endpoint });
  await ensureTable(base, 'bench-links');
  const db: Db = { client: createDocumentClient(base), tableName: 'bench-links' };
  console.log(
    `\nShort links: sending ${RECIPIENTS.toLocaleString('en')} recipients with trackLinks and ${RECIPIENTS.toLocaleString('en')} without, chunk for chunk, against DynamoDB Local\n`,
  );
  // Made before the prices, as bench/sending.ts does (a campaign is quoted when made), then priced.
  const made = [
    await groupCampaign(db, RECIPIENTS, TEXT),
    await groupCampaign(db, RECIPIENTS, TEXT, { input: { trackLinks: true }, linkBase: LINK_BASE }),
  ] as const;
  await seedDemoPrices(db, systemClock);
  const plain = await plannedTasks(db, made[0]);
  const tracked = await plannedTasks(db, made[1]);
  if (plain.length === 0 || !tracked.every((task) => task.links)) {
    throw new Error('the campaigns were not planned as asked (funded, and the second with trackLinks)');
  }
  const sides = [
    {
      name: 'without',
      tasks: plain,
      outbox: new Outbox(systemClock, { ms: LATENCY_MS }),
      counted: countingWrites(db),
      seconds: 0,
    },
    {
      name: 'with',
      tasks: tracked,
      outbox: new Outbox(systemClock, { ms: LATENCY_MS }),
      counted: countingWrites(db),
      seconds: 0,
    },
  ];
  for (let index = 0; index < Math.max(plain.length, tracked.length); index++) {
    for (const side of sides) {
      const task = side.tasks[index];
      if (!task) continue;
      const sent = await timed(() =>
        sendChunk(
          {
            db: side.counted.db,
            clock: systemClock,
            provider: side.outbox,
            log,
            inFlight: DEFAULT_SEND_MESSAGES_IN_FLIGHT,
          },
          task,
        ),
      );
      side.seconds += sent.seconds;
    }
  }
  const [without, withLinks] = sides as [(typeof sides)[number], (typeof sides)[number]];
  for (const side of sides) {
    if (side.outbox.messages.length !== RECIPIENTS)
      throw new Error(`${side.name} links: ${side.outbox.messages.length} of ${RECIPIENTS} messages sent`);
  }
  if (!withLinks.outbox.messages.every((message) => message.text.includes(`${LINK_BASE}/`)))
    throw new Error('a message of the tracked campaign went out without its short link');
  const rate = (side: typeof without) => side.outbox.messages.length / side.seconds;
  const writes = (side: typeof without) => side.counted.writes() / side.outbox.messages.length;
  console.log(
    `  without links ${Math.round(rate(without)).toLocaleString('en')} messages/s, with ${Math.round(rate(withLinks)).toLocaleString('en')} messages/s: trackLinks costs ${((1 - rate(withLinks) / rate(without)) * 100).toFixed(1)}% of the rate   (goal: at most 10%)`,
  );
  console.log(
    `  DynamoDB items written per message: ${writes(without).toFixed(3)} without, ${writes(withLinks).toFixed(3)} with   (goal: at most 1 more, written beside the claim)`,
  );
}

async function benchRedirects(endpoint: string) {
  const stack = await startLocalStack({
    port: 0,
    dynamoEndpoint: endpoint,
    tableName: 'bench-redirects',
    demoApiKey: 'bench-key',
    tickMs: 0,
    log: createLogger({ level: 'error' }),
  });
  try {
    const created = await fetch(`${stack.url}/v1/campaign/create`, {
      method: 'POST',
      body: JSON.stringify({
        apiKey: 'bench-key',
        contacts: Array.from({ length: REDIRECTS }, (_, i) => ({
          phone: `22507${String(i).padStart(8, '0')}`,
        })),
        text: TEXT.replace('@prenom', 'cher client'),
        trackLinks: true,
      }),
    });
    if (created.status !== 201)
      throw new Error(`campaign refused: ${created.status} ${await created.text()}`);
    await stack.queues.drain();
    const links = stack.outbox.messages.map(
      (message) => /http\S+\/l\/[0-9A-Za-z]{8}/.exec(message.text)?.[0] ?? '',
    );
    const took: number[] = [];
    for (const link of links) {
      const started = process.hrtime.bigint();
      const answer = await fetch(link, {
        redirect: 'manual',
        headers: { 'user-agent': 'Mozilla/5.0 (Linux; Android 14)' },
      });
      await answer.arrayBuffer();
      took.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (answer.status !== 302) throw new Error(`a redirect answered ${answer.status}`);
    }
    took.sort((a, b) => a - b);
    const at = (share: number) => took[Math.min(took.length - 1, Math.floor(share * took.length))] as number;
    console.log(
      `  ${took.length.toLocaleString('en')} sequential redirects through the local stack: p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms   (goal: p99 under 30 ms, one read before answering)`,
    );
    const applied = await stack.tick();
    console.log(
      `  reports queue items applied at the next tick (the 1,000 clicks and the SMS's delivery reports): ${applied.reported.toLocaleString('en')}`,
    );
  } finally {
    await stack.stop();
  }
}
