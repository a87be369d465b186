import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../shared/accounts/repository';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { AppError, OperatorError } from '../../shared/errors';
import { createSender, getSender, listSenders, listSendersByStatus } from '../../shared/senders/repository';
import { senderCampaigns, setSenderStatus } from '../../shared/senders/use-cases';
import { toSender } from '../../shared/senders/view';
import { TEST_ACTOR } from '../support/actors';
import { createTestDb } from '../support/db';

let db: Db;
const clock = new ManualClock('2026-03-01T08:00:00.000Z');

beforeAll(async () => {
  db = await createTestDb();
});

async function newAccount(senderLimit = 10) {
  return (await createAccount(db, { name: 'T', plan: { senderLimit }, now: clock.now() })).account.id;
}

async function create(accountId: string, name: string) {
  clock.advance(1000);
  return createSender(db, { accountId, name, description: `about ${name}`, now: clock.now() });
}

const codeOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
};

async function itemsOf(accountId: string) {
  const result = await db.client.send(
    new QueryCommand({
      TableName: db.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `ACCOUNT#${accountId}` },
    }),
  );
  return result.Items ?? [];
}

describe('creating senders', () => {
  it('stores a PENDING sender with the documented fields', async () => {
    const accountId = await newAccount();
    const sender = await create(accountId, 'MySender');
    expect(sender).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      name: 'MySender',
      description: 'about MySender',
      status: 'PENDING',
      createdAt: clock.now().toISOString(),
    });
    expect(toSender((await getSender(db, accountId, sender.id)) as never)).toEqual(sender);
  });

  it('keeps names unique per account whatever their case, and nothing else is written', async () => {
    const accountId = await newAccount();
    await create(accountId, 'Promo');
    const before = await itemsOf(accountId);
    expect(await codeOf(create(accountId, 'PROMO'))).toBe('sender-name-taken');
    expect(await itemsOf(accountId)).toEqual(before);
    // Another account may use the name.
    await expect(create(await newAccount(), 'promo')).resolves.toMatchObject({ name: 'promo' });
  });

  it('lets exactly one of many simultaneous creates of one name win', async () => {
    const accountId = await newAccount(50);
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        createSender(db, { accountId, name: i % 2 ? 'RACE' : 'race', description: 'd', now: clock.now() }),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results.filter((r) => r.status === 'rejected')) {
      expect(((result as PromiseRejectedResult).reason as AppError).code).toBe('sender-name-taken');
    }
    const senders = (await itemsOf(accountId)).filter((item) => item.entity === 'sender');
    expect(senders).toHaveLength(1);
  });

  it("stops at the plan's limit, and a refusal gives the place back", async () => {
    const accountId = await newAccount(2);
    const first = await create(accountId, 'One');
    await create(accountId, 'Two');
    const before = await itemsOf(accountId);
    expect(await codeOf(create(accountId, 'Three'))).toBe('sender-limit-reached');
    expect(await itemsOf(accountId)).toEqual(before);

    await setSenderStatus(
      { db, clock },
      { actor: TEST_ACTOR, senderId: first.id, to: 'REFUSED', reason: 'not your brand' },
    );
    await expect(create(accountId, 'Three')).resolves.toMatchObject({ name: 'Three' });
    expect(await codeOf(create(accountId, 'Four'))).toBe('sender-limit-reached');
  });

  it('reports a taken name before a full plan', async () => {
    const accountId = await newAccount(1);
    await create(accountId, 'Only');
    expect(await codeOf(create(accountId, 'only'))).toBe('sender-name-taken');
  });
});

describe('listing senders', () => {
  let accountId: string;
  const names = ['delta', 'Alpha', 'charlie', 'Bravo', 'echo'];

  beforeAll(async () => {
    accountId = await newAccount();
    for (const name of names) await create(accountId, name);
    // Someone else's sender never shows up.
    await create(await newAccount(), 'Intruder');
  });

  const list = (options: Partial<Parameters<typeof listSenders>[2]>) =>
    listSenders(db, accountId, { orderBy: 'createdAt', sort: 'desc', page: 1, size: 10, ...options });

  it('orders by creation, newest first by default', async () => {
    const page = await list({});
    expect(page.items.map((item) => item.name)).toEqual([...names].reverse());
    expect(page.totalCount).toBe(5);
    expect((await list({ sort: 'asc' })).items.map((item) => item.name)).toEqual(names);
  });

  it('orders by name regardless of case', async () => {
    expect((await list({ orderBy: 'name', sort: 'asc' })).items.map((item) => item.name)).toEqual([
      'Alpha',
      'Bravo',
      'charlie',
      'delta',
      'echo',
    ]);
    expect((await list({ orderBy: 'name', sort: 'desc' })).items.map((item) => item.name)[0]).toBe('echo');
  });

  it('pages, and a page past the end is empty', async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => list({ sort: 'asc', size: 2, page })));
    expect(pages.map((page) => page.items.map((item) => item.name))).toEqual([
      ['delta', 'Alpha'],
      ['charlie', 'Bravo'],
      ['echo'],
      [],
    ]);
    for (const page of pages) expect(page.totalCount).toBe(5);
    expect((await list({ orderBy: 'name', sort: 'asc', size: 2, page: 2 })).items.map((i) => i.name)).toEqual(
      ['charlie', 'delta'],
    );
  });
});

describe('operators', () => {
  it('move a sender along its lifecycle and list by status across accounts', async () => {
    const a = await create(await newAccount(), 'Opa');
    const b = await create(await newAccount(), 'Opb');
    const pending = await listSendersByStatus(db, 'PENDING', { page: 1, size: 100 });
    expect(pending.items.map((item) => item.id)).toEqual(expect.arrayContaining([a.id, b.id]));

    await setSenderStatus({ db, clock }, { actor: TEST_ACTOR, senderId: a.id, to: 'SUBMITTED' });
    await setSenderStatus({ db, clock }, { actor: TEST_ACTOR, senderId: a.id, to: 'ACCEPTED' });
    const accepted = await listSendersByStatus(db, 'ACCEPTED', { page: 1, size: 100 });
    expect(accepted.items.map((item) => item.id)).toContain(a.id);
    expect(
      (await listSendersByStatus(db, 'PENDING', { page: 1, size: 100 })).items.map((i) => i.id),
    ).not.toContain(a.id);

    await expect(
      setSenderStatus({ db, clock }, { actor: TEST_ACTOR, senderId: a.id, to: 'PENDING' }),
    ).rejects.toThrow(OperatorError);
    const revoked = await setSenderStatus(
      { db, clock },
      { actor: TEST_ACTOR, senderId: a.id, to: 'REFUSED', reason: 'complaints' },
    );
    expect(toSender(revoked)).toMatchObject({ status: 'REFUSED', refusalReason: 'complaints' });
    await expect(
      setSenderStatus({ db, clock }, { actor: TEST_ACTOR, senderId: a.id, to: 'ACCEPTED' }),
    ).rejects.toThrow(/final/);
    await expect(
      setSenderStatus({ db, clock }, { actor: TEST_ACTOR, senderId: b.id, to: 'REFUSED' }),
    ).rejects.toThrow(/reason/);
    await expect(
      setSenderStatus(
        { db, clock },
        { actor: TEST_ACTOR, senderId: '0123456789abcdef01234567', to: 'ACCEPTED' },
      ),
    ).rejects.toThrow(/No sender/);
  });
});

describe("a sender's campaigns", () => {
  it('are an empty page for a known sender and not found for any other id', async () => {
    const accountId = await newAccount();
    const sender = await create(accountId, 'Camp');
    await expect(senderCampaigns(db, accountId, sender.id, { page: 1, size: 10 })).resolves.toEqual({
      items: [],
      totalCount: 0,
      page: 1,
      size: 10,
    });
    for (const id of ['0123456789abcdef01234567', 'not-an-id']) {
      expect(await codeOf(senderCampaigns(db, accountId, id, { page: 1, size: 10 }))).toBe(
        'sender-not-found',
      );
    }
    expect(await codeOf(senderCampaigns(db, await newAccount(), sender.id, { page: 1, size: 10 }))).toBe(
      'sender-not-found',
    );
  });
});

describe('the table', () => {
  it("keeps every customer item under its account's partition", async () => {
    const items = (await db.client.send(new ScanCommand({ TableName: db.tableName }))).Items ?? [];
    expect(items.length).toBeGreaterThan(10);
    // The account's own partition, or its audit log's (a partition of its own, named after it).
    for (const item of items) expect(item.pk).toMatch(/^ACCOUNT#[0-9a-f]{24}(#AUDIT)?$/);
  });
});
