/** What the benches share: timing, counting DynamoDB writes, and DynamoDB Local's own rate in the same run. */
import { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Account } from '../shared/accounts/account';
import { createAccount } from '../shared/accounts/repository';
import { createCampaignInput } from '../shared/campaigns/campaign';
import { createCampaign } from '../shared/campaigns/create';
import type { CampaignItem } from '../shared/campaigns/repository';
import { systemClock } from '../shared/clock';
import { DEFAULT_SENDER_NAME } from '../shared/config';
import { batchWrite, chunk, mapLimit } from '../shared/db/batch';
import type { Db } from '../shared/db/client';
import { keys } from '../shared/db/keys';
import { createLogger } from '../shared/logger';

/** Counts the items each write command writes, so writes per message (or per report) can be told. */
export function countingWrites(db: Db): { db: Db; writes: () => number; usageWrites: () => number } {
  let writes = 0;
  // The usage counters' items (`USAGE#<day>`): the overview's cost on the write path.
  let usageWrites = 0;
  const isUsage = (item: unknown) => JSON.stringify(item ?? {}).includes('"sk":"USAGE#');
  const client = new Proxy(db.client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver);
      return (command: { input?: Record<string, unknown>; constructor: { name: string } }) => {
        const name = command.constructor.name;
        if (['PutCommand', 'UpdateCommand', 'DeleteCommand'].includes(name)) {
          writes += 1;
          if (isUsage(command.input?.Key)) usageWrites += 1;
        }
        if (name === 'TransactWriteCommand') {
          const items = (command.input?.TransactItems as { Update?: { Key?: unknown } }[]) ?? [];
          writes += items.length;
          usageWrites += items.filter((item) => isUsage(item.Update?.Key)).length;
        }
        if (name === 'BatchWriteCommand') {
          writes += Object.values((command.input?.RequestItems as Record<string, unknown[]>) ?? {}).flat()
            .length;
        }
        return target.send(command as never);
      };
    },
  });
  return { db: { ...db, client }, writes: () => writes, usageWrites: () => usageWrites };
}

export async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, result };
}

/** DynamoDB Local's rate of conditional writes, `concurrency` at once: the floor anything here can reach. */
export async function rawConditionalWrites(db: Db, concurrency: number, count = 8000): Promise<number> {
  const prefix = `BENCH#raw#${Date.now()}`;
  const raw = await timed(() =>
    mapLimit(
      Array.from({ length: count }, (_, i) => i),
      concurrency,
      (i) =>
        db.client.send(
          new PutCommand({
            TableName: db.tableName,
            Item: { pk: prefix, sk: `ITEM#${i}`, state: 'SENDING' },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
    ),
  );
  return count / raw.seconds;
}

/**
 * Setup, not measured: an account, a group of `recipients` members written straight to the table,
 * and an immediate campaign to the group (stored, not yet dispatched).
 */
export async function groupCampaign(
  db: Db,
  recipients: number,
  text: string,
  /** More of the campaign's input (`trackLinks` …), and where its short links would point. */
  more: { input?: Record<string, unknown>; linkBase?: string } = {},
): Promise<{ account: Account; campaign: CampaignItem }> {
  const clock = systemClock;
  const { account } = await createAccount(db, { name: 'Bench', plan: { senderLimit: 1 }, now: clock.now() });
  const groupId = '0000000000000000000000a1';
  await db.client.send(
    new PutCommand({
      TableName: db.tableName,
      Item: {
        ...keys.group(account.id, groupId),
        id: groupId,
        name: 'Bench',
        memberCount: recipients,
        createdAt: '',
        updatedAt: '',
      },
    }),
  );
  const members = Array.from({ length: recipients }, (_, i) => {
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
      log: createLogger({ level: 'silent' }),
      defaultSenderName: DEFAULT_SENDER_NAME,
      // Dispatch is timed by the benches, by hand: nothing is scheduled or queued here.
      scheduler: { create: async () => {}, delete: async () => {} },
      dispatchQueue: { dispatch: async () => {} },
      ...(more.linkBase ? { linkBase: more.linkBase } : {}),
    },
    account,
    createCampaignInput.parse({ groupsIds: [groupId], text, ...more.input }),
  );
  return { account, campaign };
}

/** DynamoDB Local's rate of conditional puts in transactions of 100, `concurrency` at once (items/s). */
export async function rawTransactionWrites(db: Db, concurrency: number, count = 4000): Promise<number> {
  const prefix = `BENCH#raw-tx#${Date.now()}`;
  const items = Array.from({ length: count }, (_, i) => ({ pk: prefix, sk: `ITEM#${i}`, state: 'SENT' }));
  const raw = await timed(() =>
    mapLimit(chunk(items, 100), concurrency, (batch) =>
      db.client.send(
        new TransactWriteCommand({
          TransactItems: batch.map((Item) => ({
            Put: { TableName: db.tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' },
          })),
        }),
      ),
    ),
  );
  return count / raw.seconds;
}
