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
import { DEFAULT_SENDER_NAME } from '../shared/config';
import { batchWrite, mapLimit } from '../shared/db/batch';
import { createDocumentClient, createDynamoClient, type Db } from '../shared/db/client';
import { keys } from '../shared/db/keys';
import { createLogger } from '../shared/logger';
import { dispatchOccurrence } from '../shared/sending/dispatch';
import type { SendTask } from '../shared/sending/ports';
import { sendChunk } from '../shared/sending/send';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 100_000);
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

    const outbox = new Outbox(clock);
    const counted = countingWrites(db);
    const send = await timed(() =>
      mapLimit(tasks, 16, (task) => sendChunk({ db: counted.db, clock, provider: outbox, log }, task)),
    );
    const after = await getCampaign(db, account.id, campaign.id);
    console.log(
      `  send: ${outbox.messages.length.toLocaleString('en')} messages in ${send.seconds.toFixed(1)} s = ${Math.round(outbox.messages.length / send.seconds).toLocaleString('en')} messages/s   (campaign ${after?.status}, sent ${after?.sent}, failed ${after?.failed})`,
    );
    console.log(
      `  DynamoDB writes per message on the send path: ${(counted.writes() / outbox.messages.length).toFixed(3)}   (goal: at most 2.1)`,
    );

    const raw = await timed(() =>
      mapLimit(
        Array.from({ length: 4000 }, (_, i) => i),
        16,
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
    console.log(
      `  DynamoDB Local, raw, same run: ${Math.round(4000 / raw.seconds).toLocaleString('en')} conditional single writes/s (16 at once)`,
    );
  } finally {
    await dynamo.stop();
  }
}
