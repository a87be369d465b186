/** A campaign of 100,000 recipients through dispatch and send, against DynamoDB Local and the outbox. */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { startDynamoLocal } from '../local/dynamo';
import { Outbox } from '../local/sending';
import { ensureTable } from '../local/table';
import { createAccount } from '../shared/accounts/repository';
import { createCampaignInput } from '../shared/campaigns/campaign';
import { createCampaign } from '../shared/campaigns/create';
import { getCampaign } from '../shared/campaigns/repository';
import { systemClock } from '../shared/clock';
import { DEFAULT_SEND_MESSAGES_IN_FLIGHT, DEFAULT_SENDER_NAME } from '../shared/config';
import { batchWrite, mapLimit } from '../shared/db/batch';
import { createDocumentClient, createDynamoClient, type Db } from '../shared/db/client';
import { keys } from '../shared/db/keys';
import { createLogger } from '../shared/logger';
import { dispatchOccurrence } from '../shared/sending/dispatch';
import type { SendTask } from '../shared/sending/ports';
import { sendChunk } from '../shared/sending/send';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 100_000);
/** A real provider's call takes tens of milliseconds. */
const LATENCY_MS = Number(process.env.BENCH_PROVIDER_LATENCY_MS ?? 50);
const IN_FLIGHT = DEFAULT_SEND_MESSAGES_IN_FLIGHT;
/** Enough send functions at once to reach DynamoDB Local's own rate. */
const INSTANCES = Number(process.env.BENCH_SEND_INSTANCES ?? 4);
const log = createLogger({ level: 'silent' });

/** Counts the items each write command writes, so writes per message can be told. */
function countingWrites(db: Db): { db: Db; writes: () => number } {
  let writes = 0;
  const client = new Proxy(db.client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver);
      return (command: { input?: Record<string, unknown>; constructor: { name: string } }) => {
        const name = command.constructor.name;
        if (['PutCommand', 'UpdateCommand', 'DeleteCommand'].includes(name)) writes += 1;
        if (name === 'TransactWriteCommand')
          writes += ((command.input?.TransactItems as unknown[]) ?? []).length;
        if (name === 'BatchWriteCommand') {
          writes += Object.values((command.input?.RequestItems as Record<string, unknown[]>) ?? {}).flat()
            .length;
        }
        return target.send(command as never);
      };
    },
  });
  return { db: { ...db, client }, writes: () => writes };
}

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, result };
}

export async function benchSending(): Promise<void> {
  const dynamo = await startDynamoLocal();
  try {
    const base = createDynamoClient({ endpoint: dynamo.endpoint });
    await ensureTable(base, 'bench-sending');
    const db: Db = { client: createDocumentClient(base), tableName: 'bench-sending' };
    const clock = systemClock;
    const { account } = await createAccount(db, {
      name: 'Bench',
      plan: { senderLimit: 1 },
      now: clock.now(),
    });

    console.log(
      `\nSending, ${RECIPIENTS.toLocaleString('en')} recipients, against DynamoDB Local and the outbox\n`,
    );
    // Setup, not measured: a group of RECIPIENTS members written straight to the table.
    const groupId = '0000000000000000000000a1';
    await db.client.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          ...keys.group(account.id, groupId),
          id: groupId,
          name: 'Bench',
          memberCount: RECIPIENTS,
          createdAt: '',
          updatedAt: '',
        },
      }),
    );
    const members = Array.from({ length: RECIPIENTS }, (_, i) => {
      const id = i.toString(16).padStart(24, '0');
      return {
        ...keys.groupMember(account.id, groupId, id),
        id,
        phone: `22507${String(i).padStart(8, '0')}`,
        firstName: `Prénom${i}`,
        createdAt: '',
      };
    });
    await batchWrite(
      db,
      members.map((Item) => ({ PutRequest: { Item } })),
    );

    const campaign = await createCampaign(
      {
        db,
        clock,
        log,
        defaultSenderName: DEFAULT_SENDER_NAME,
        // Dispatch is timed below, by hand: nothing is scheduled or queued here.
        scheduler: { create: async () => {}, delete: async () => {} },
        dispatchQueue: { dispatch: async () => {} },
      },
      account,
      createCampaignInput.parse({ groupsIds: [groupId], text: 'Bonjour @prenom, votre commande est prête.' }),
    );

    const tasks: SendTask[] = [];
    const plan = await timed(() =>
      dispatchOccurrence(
        { db, clock, log, sendQueue: { send: async (queued) => void tasks.push(...queued) } },
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
    const raw = await timed(() =>
      mapLimit(
        Array.from({ length: 8000 }, (_, i) => i),
        concurrency,
        (i) =>
          db.client.send(
            new PutCommand({
              TableName: db.tableName,
              Item: { pk: 'BENCH#raw', sk: `ITEM#${i}`, state: 'SENDING' },
              ConditionExpression: 'attribute_not_exists(pk)',
            }),
          ),
      ),
    );
    const rawWrites = 8000 / raw.seconds;
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
