import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { accountCounter, createAccount } from '../../shared/accounts/repository';
import { ManualClock } from '../../shared/clock';
import { contactIdOf } from '../../shared/contacts/contact';
import {
  createContact,
  ensureContacts,
  listContacts,
  SAVED_ON_CONDITION_UP_TO,
} from '../../shared/contacts/repository';
import type { Db } from '../../shared/db/client';
import { keys } from '../../shared/db/keys';
import { AppError } from '../../shared/errors';
import { createTestDb } from '../support/db';

let db: Db;
const clock = new ManualClock('2026-04-01T08:00:00.000Z');

beforeAll(async () => {
  db = await createTestDb();
});

const newAccountId = async () =>
  (await createAccount(db, { name: 'T', plan: { senderLimit: 1 }, now: clock.now() })).account.id;

const phones = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => `22507${String(from + i).padStart(8, '0')}`);

async function contactItems(accountId: string) {
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.client.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.account(accountId).pk, ':prefix': 'CONTACT#' },
        ExclusiveStartKey,
      }),
    );
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

describe('contact ids', () => {
  it('follow from the account and the phone: one possible contact per phone in an account', () => {
    expect(contactIdOf('a1', '2250700000000')).toBe(contactIdOf('a1', '2250700000000'));
    expect(contactIdOf('a1', '2250700000000')).not.toBe(contactIdOf('a1', '2250700000001'));
    expect(contactIdOf('a1', '2250700000000')).not.toBe(contactIdOf('a2', '2250700000000'));
    expect(contactIdOf('a1', '2250700000000')).toMatch(/^[0-9a-f]{24}$/);
  });
});

describe('saving contacts', () => {
  it('refuses a second contact with a phone, naming the first', async () => {
    const accountId = await newAccountId();
    const first = await createContact(db, accountId, { phone: '2250700000000', name: 'Awa' }, clock.now());
    const second = createContact(db, accountId, { phone: '2250700000000', name: 'Other' }, clock.now());
    await expect(second).rejects.toBeInstanceOf(AppError);
    await expect(second).rejects.toMatchObject({ code: 'contact-phone-taken' });
    await expect(second).rejects.toThrow(first.id);
    expect(await accountCounter(db, accountId, 'contactCount')).toBe(1);
  });

  it.each([
    ['in transactions', SAVED_ON_CONDITION_UP_TO],
    ['in batches', SAVED_ON_CONDITION_UP_TO + 1],
  ])('saves new phones %s and never overwrites a saved contact', async (_, newCount) => {
    const accountId = await newAccountId();
    const saved = await createContact(
      db,
      accountId,
      { phone: phones(1)[0] as string, name: 'Awa Koné' },
      clock.now(),
    );
    const wanted = phones(newCount + 1).map((phone) => ({ phone, firstName: 'Inline' }));
    const ensured = await ensureContacts(db, accountId, wanted, clock.now());

    expect(ensured.created).toHaveLength(newCount);
    expect(ensured.byPhone.size).toBe(newCount + 1);
    expect(ensured.byPhone.get(saved.phone)).toEqual(saved);
    const items = await contactItems(accountId);
    expect(items).toHaveLength(newCount + 1);
    expect(items.find((item) => item.phone === saved.phone)).toMatchObject({ name: 'Awa Koné' });
    expect(await accountCounter(db, accountId, 'contactCount')).toBe(newCount + 1);
    const listed = await listContacts(db, accountId, { page: 1, size: 100 });
    expect(listed.totalCount).toBe(newCount + 1);
  });

  it('keeps one contact per phone and an exact count when requests save the same hundreds of phones at once', async () => {
    const accountId = await newAccountId();
    const wanted = phones(250).map((phone) => ({ phone }));
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => ensureContacts(db, accountId, wanted, clock.now())),
    );

    expect(await contactItems(accountId)).toHaveLength(250);
    expect(await accountCounter(db, accountId, 'contactCount')).toBe(250);
    expect(results.flatMap((result) => result.created)).toHaveLength(250);
    for (const result of results) {
      expect([...result.byPhone.values()].map((contact) => contact.id).sort()).toEqual(
        wanted.map(({ phone }) => contactIdOf(accountId, phone)).sort(),
      );
    }
  });

  it('keeps one contact per phone when requests save the same thousands of phones at once', async () => {
    const accountId = await newAccountId();
    const bulk = SAVED_ON_CONDITION_UP_TO + 100;
    const wanted = phones(bulk).map((phone) => ({ phone }));
    const results = await Promise.all(
      [1, 2, 3].map(() => ensureContacts(db, accountId, wanted, clock.now())),
    );

    const items = await contactItems(accountId);
    expect(items).toHaveLength(bulk);
    expect(new Set(items.map((item) => item.phone)).size).toBe(bulk);
    for (const result of results) {
      expect(result.byPhone.size).toBe(bulk);
      for (const [phone, contact] of result.byPhone) expect(contact.id).toBe(contactIdOf(accountId, phone));
    }
    // Batches have no condition: a phone two of these saved at the same moment is counted by both.
    const counted = await accountCounter(db, accountId, 'contactCount');
    expect(counted).toBeGreaterThanOrEqual(bulk);
    expect(counted).toBe(results.reduce((sum, result) => sum + result.created.length, 0));
  });
});
