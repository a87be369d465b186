/** Campaign creation and listing against DynamoDB Local, through the local stack's HTTP API. */
import { BatchWriteCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { startDynamoLocal } from '../local/dynamo';
import { startLocalStack } from '../local/stack';
import { createAccount } from '../shared/accounts/repository';
import type { CampaignItem } from '../shared/campaigns/repository';
import { ensureContacts } from '../shared/contacts/repository';
import { batchWrite, chunk, mapLimit } from '../shared/db/batch';
import { keys } from '../shared/db/keys';
import { newId } from '../shared/ids';
import { createLogger } from '../shared/logger';

const phone = (i: number) => `22507${String(i).padStart(8, '0')}`;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}

export async function benchCampaigns(): Promise<void> {
  const dynamo = await startDynamoLocal();
  const stack = await startLocalStack({
    port: 0,
    dynamoEndpoint: dynamo.endpoint,
    demoApiKey: 'bench-key',
    log: createLogger({ level: 'error' }),
  });
  try {
    const post = async (path: string, body: Record<string, unknown>, apiKey = 'bench-key') => {
      const response = await fetch(stack.url + path, {
        method: 'POST',
        body: JSON.stringify({ apiKey, ...body }),
      });
      const answer = (await response.json()) as {
        success: boolean;
        error: string | null;
        totalCount?: number;
      };
      if (!answer.success) throw new Error(`${path}: ${answer.error}`);
      return answer;
    };
    const accountId = stack.demo.accountId;

    console.log('\nCampaigns, against DynamoDB Local through the local HTTP API\n');
    // Each run: a fresh account that already has 5,000 of the 10,000 phones. Scheduled a year
    // ahead, so no sending runs in the background of the next measurement.
    const contacts = Array.from({ length: 10_000 }, (_, i) => ({ phone: phone(i), firstName: `Prénom${i}` }));
    const scheduledDate = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 5, 9)).toISOString();
    const createRun = async () => {
      const now = new Date();
      const { account, apiKey } = await createAccount(stack.db, {
        name: 'Bench',
        plan: { senderLimit: 1 },
        now,
      });
      await ensureContacts(
        stack.db,
        account.id,
        contacts.slice(0, 5000).map((contact, i) => ({ phone: contact.phone, name: `Contact ${i}` })),
        now,
      );
      const body = {
        contacts,
        text: 'Bonjour @prenom, votre commande est prête.',
        type: 'SCHEDULED',
        scheduledDate,
      };
      return (await timed(() => post('/v1/campaign/create', body, apiKey))).ms;
    };
    const runs = [];
    for (let i = 0; i < 6; i++) runs.push(await createRun());
    const [first, ...warm] = runs;
    console.log(
      `  create, 10,000 inline contacts (5,000 new), median of 5: ${median(warm).toFixed(0).padStart(6)} ms   (goal: under 3,000)`,
    );
    console.log(
      `    each run: ${warm.map((ms) => ms.toFixed(0)).join(', ')} ms; the first after DynamoDB Local started (its JVM cold): ${first?.toFixed(0)} ms`,
    );

    const raw = await rawWriteRate(stack.db);
    console.log(
      `  DynamoDB Local, raw: ${raw.transactional.toFixed(0)} conditional items/s in transactions of 100, ${raw.batched.toFixed(0)} items/s in batches of 25`,
    );

    await seedCampaigns(stack.db, accountId, 10_000);
    for (const page of [1, 50]) {
      const runs = [];
      for (let i = 0; i < 5; i++)
        runs.push((await timed(() => post('/v1/campaign/list', { page, limit: 10 }))).ms);
      const check = await post('/v1/campaign/list', { page, limit: 10 });
      console.log(
        `  list page ${String(page).padEnd(2)} of ${check.totalCount?.toLocaleString('en')} campaigns (best of 5): ${Math.min(
          ...runs,
        )
          .toFixed(1)
          .padStart(6)} ms   (goal: under 100)`,
      );
    }
  } finally {
    await stack.stop();
    await dynamo.stop();
  }
}

/** What DynamoDB Local itself takes, measured in the same run, to read the figures above against. */
async function rawWriteRate(db: Parameters<typeof ensureContacts>[0]) {
  const count = 4000;
  const items = Array.from({ length: count }, (_, i) => ({
    pk: 'BENCH#raw',
    sk: `ITEM#${i}`,
    phone: phone(i),
    name: 'Contact',
  }));
  const transactional = await timed(() =>
    mapLimit(chunk(items, 100), 8, (batch) =>
      db.client.send(
        new TransactWriteCommand({
          TransactItems: batch.map((Item) => ({
            Put: { TableName: db.tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' },
          })),
        }),
      ),
    ),
  );
  const batched = await timed(() =>
    mapLimit(chunk(items, 25), 8, (batch) =>
      db.client.send(
        new BatchWriteCommand({
          RequestItems: {
            [db.tableName]: batch.map((Item) => ({ PutRequest: { Item: { ...Item, pk: 'BENCH#raw2' } } })),
          },
        }),
      ),
    ),
  );
  return { transactional: count / (transactional.ms / 1000), batched: count / (batched.ms / 1000) };
}

/** Writes campaigns straight to the table (setup, not measured), as creating them would leave them. */
async function seedCampaigns(db: Parameters<typeof ensureContacts>[0], accountId: string, count: number) {
  const now = new Date();
  const items = Array.from({ length: count }, () => {
    const id = newId(now);
    const campaign: CampaignItem = {
      id,
      accountId,
      name: `Campagne ${id}`,
      type: 'SMS',
      status: 'PENDING',
      text: 'Bonjour @prenom, votre commande est prête. Passez la récupérer avant samedi.',
      sender: { id: null, name: 'SMSInfo', requested: null, reason: 'not-requested' },
      timezone: 'UTC',
      groupsIds: [],
      recipientCount: 1,
      chunkCount: 1,
      total: 1,
      sent: 0,
      failed: 0,
      analysis: {
        encoding: 'UCS-2',
        segmentsPerMessage: 2,
        totalSegments: 2,
        maxSegmentsPerMessage: 2,
        ucs2Recipients: 1,
        tooLongRecipients: 0,
      },
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    return {
      PutRequest: {
        Item: {
          ...keys.campaign(accountId, id),
          ...keys.campaignListings(accountId, id, 'PENDING', undefined),
          entity: 'campaign',
          ...campaign,
        },
      },
    };
  });
  await batchWrite(db, items);
  await db.client.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.account(accountId),
      UpdateExpression: 'ADD campaignCount :n, campaignCountPENDING :n',
      ExpressionAttributeValues: { ':n': count },
    }),
  );
}
