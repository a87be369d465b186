import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileObjectStore } from '../../local/object-store';
import { accountCounter, createAccount } from '../../shared/accounts/repository';
import { ManualClock } from '../../shared/clock';
import { contactIdOf } from '../../shared/contacts/contact';
import { getContact } from '../../shared/contacts/repository';
import type { Db } from '../../shared/db/client';
import { keys } from '../../shared/db/keys';
import { getGroup } from '../../shared/groups/repository';
import { fileKeyOf } from '../../shared/imports/import';
import { getImport } from '../../shared/imports/repository';
import { fileArrived, importWithLink, runImport, startImport } from '../../shared/imports/use-cases';
import { createLogger } from '../../shared/logger';
import type { ImportRequest } from '../../shared/ports';
import { createTestDb } from '../support/db';

let db: Db;
const clock = new ManualClock('2026-06-01T08:00:00.000Z');
const log = createLogger({ level: 'silent' });
const actor = { type: 'key', id: 'k', label: 'test' } as const;
const plenty = () => 15 * 60_000;

beforeAll(async () => {
  db = await createTestDb();
});

/** A file of `rows` contacts: every 50th phone malformed, every 100th a phone given again 3 rows above. */
function contactsFile(rows: number) {
  const lines = ['Téléphone;Prénom;Nom;Ville;Montant dû'];
  const expected = { refused: [] as number[], duplicates: 0, unique: new Set<string>() };
  for (let i = 0; i < rows; i++) {
    const line = i + 2;
    let phone = `22507${String(10_000_000 + i).padStart(8, '0')}`;
    if (i % 50 === 49) {
      phone = `07-ABC-${i}`;
      expected.refused.push(line);
    } else if (i % 100 === 3) {
      phone = `22507${String(10_000_000 + i - 3).padStart(8, '0')}`;
      expected.duplicates++;
    } else expected.unique.add(phone);
    lines.push(`+${phone.slice(0, 3)} ${phone.slice(3)};Awa ${i};"Koné; fille";Abidjan;${i * 10}`);
  }
  return { text: `\uFEFF${lines.join('\r\n')}\r\n`, expected };
}

async function setUp(rows: number, file = contactsFile(rows)) {
  const { account } = await createAccount(db, { name: 'I', plan: { senderLimit: 1 }, now: clock.now() });
  const folder = await mkdtemp(join(tmpdir(), 'imports-'));
  const objectStore = new FileObjectStore(folder, () => 'http://127.0.0.1:3000', clock);
  const continued: ImportRequest[] = [];
  const deps = {
    db,
    clock,
    log,
    objectStore,
    exportQueue: { continueImport: async (request: ImportRequest) => void continued.push(request) },
  };
  const upload = await startImport(deps, account.id, { groupName: 'Clients' }, actor);
  const { text, expected } = file;
  const key = fileKeyOf(account.id, upload.id);
  async function* whole() {
    yield text;
  }
  const { bytes } = await objectStore.write(key, whole(), 'text/csv');
  return { accountId: account.id, upload, deps, continued, key, bytes, expected, objectStore };
}

async function countItems(pk: string, skPrefix: string): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.client.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
        ExpressionAttributeValues: { ':pk': pk, ':sk': skPrefix },
        Select: 'COUNT',
        ExclusiveStartKey: start,
      }),
    );
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}

/**
 * The same database, failing every write once `checkpoints` checkpoints and `writes` more writes went
 * through: an invocation stopped in the middle of a batch, some of its contacts and members written.
 */
function dyingAfter(checkpoints: number, writes: number): Db {
  let transactions = 0;
  let left = writes;
  const client = new Proxy(db.client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver);
      return (command: { constructor: { name: string } }) => {
        const name = command.constructor.name;
        const isWrite = /Write|Put|Update/.test(name);
        if (isWrite && transactions >= checkpoints && left-- <= 0) {
          return Promise.reject(new Error('the invocation was stopped'));
        }
        if (name === 'TransactWriteCommand') transactions++;
        return target.send(command as never);
      };
    },
  });
  return { ...db, client };
}

/**
 * The same database, failing the batched write that holds the first row's contact (2250710000000): an
 * invocation stopped with that write's contacts unsaved and the batch's other writes, their members among
 * them, done.
 */
function failingFirstContact(accountId: string) {
  const first = `CONTACT#${contactIdOf(accountId, '2250710000000')}`;
  const sent: Promise<unknown>[] = [];
  const client = new Proxy(db.client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver);
      return (command: { input: { RequestItems?: object } }) => {
        const requests = Object.values(command.input.RequestItems ?? {}).flat() as {
          PutRequest?: { Item: { sk: string } };
        }[];
        if (requests.some((request) => request.PutRequest?.Item.sk === first))
          return Promise.reject(new Error('the invocation was stopped'));
        const sending = target.send(command as never);
        sent.push(sending);
        return sending;
      };
    },
  });
  return {
    db: { ...db, client },
    /** The writes under way when the invocation stopped end (and start others) as if it had not. */
    async settled() {
      for (let seen = -1; seen !== sent.length; ) {
        seen = sent.length;
        await Promise.allSettled(sent);
      }
    },
  };
}

describe('a bulk import', () => {
  it('reads 20,000 rows across a stopped invocation and a hand-over, with no duplicates and exact counts', async () => {
    const { accountId, upload, deps, continued, key, bytes, expected } = await setUp(20_000);
    const request = { accountId, importId: upload.id };

    // The first invocation stops in the middle of its fifth batch (after 4 checkpoints).
    await expect(fileArrived({ ...deps, db: dyingAfter(4, 50) }, { key, bytes }, plenty)).rejects.toThrow(
      'stopped',
    );
    const stopped = await getImport(db, accountId, upload.id);
    expect(stopped).toMatchObject({ status: 'RUNNING', bytes, batches: 4 });
    expect(stopped?.bytesRead).toBeGreaterThan(0);

    // Stopped, it could not let go of the import: the queue delivers the message again once its
    // visibility (20 minutes) is over, after the lease. This invocation has time for two batches.
    expect(await runImport(deps, request, plenty)).toBe('busy');
    clock.advance(20 * 60_000);
    let batchesLeft = 2;
    const outcome = await runImport(deps, request, () => (batchesLeft-- > 1 ? plenty() : 1000));
    expect(outcome).toBe('continued');
    expect(continued).toEqual([request]);
    expect((await getImport(db, accountId, upload.id))?.batches).toBe(6);

    expect(await runImport(deps, request, plenty)).toBe('completed');
    const done = await importWithLink(deps, accountId, upload.id);
    expect(done).toMatchObject({
      status: 'COMPLETED',
      rowsRead: 20_000,
      imported: expected.unique.size,
      duplicates: expected.duplicates,
      refused: expected.refused.length,
      bytes,
      bytesRead: bytes,
      groupId: upload.groupId,
    });

    // Each phone once, counted once, in the group once.
    expect(await countItems(keys.account(accountId).pk, 'CONTACT#')).toBe(expected.unique.size);
    expect(await accountCounter(db, accountId, 'contactCount')).toBe(expected.unique.size);
    const group = await getGroup(db, accountId, upload.groupId as string);
    expect(group?.memberCount).toBe(expected.unique.size);
    expect(await countItems(keys.groupMembersOf(accountId, upload.groupId as string).pk, 'MEMBER#')).toBe(
      expected.unique.size,
    );
    const first = await getContact(db, accountId, contactIdOf(accountId, '2250710000000'));
    expect(first).toMatchObject({
      firstName: 'Awa 0',
      lastName: 'Koné; fille',
      fields: { ville: 'Abidjan', montant_du: '0' },
    });

    // The refused rows, each with its line and why.
    const errors = Papa.parse<string[]>(
      (
        await readFile(deps.objectStore.pathOf(`imports/${accountId}/${upload.id}-refused.csv`), 'utf8')
      ).replace(/^\uFEFF/, ''),
      { delimiter: ';', skipEmptyLines: true },
    ).data;
    expect(errors[0]).toEqual(['line', 'value', 'reason']);
    expect(errors.slice(1).map((row) => Number(row[0]))).toEqual(expected.refused);
    expect(errors[1]?.[2]).toMatch(/^phone must contain only digits/);
    expect(done.errorsUrl).toMatch(/refused\.csv\?filename=/);

    // Delivered once more after it completed: nothing happens.
    expect(await fileArrived(deps, { key, bytes }, plenty)).toBe('skipped');
  }, 120_000);

  it('stopped with members written and their contacts not, saves each contact and counts each member once', async () => {
    const { accountId, upload, deps, key, bytes, expected } = await setUp(600);
    const membersOnly = failingFirstContact(accountId);
    await expect(fileArrived({ ...deps, db: membersOnly.db }, { key, bytes }, plenty)).rejects.toThrow(
      'stopped',
    );
    await membersOnly.settled();
    const groupId = upload.groupId as string;
    expect(await countItems(keys.groupMembersOf(accountId, groupId).pk, 'MEMBER#')).toBe(
      expected.unique.size,
    );
    expect(await countItems(keys.account(accountId).pk, 'CONTACT#')).toBe(expected.unique.size - 25);

    clock.advance(20 * 60_000);
    expect(await runImport(deps, { accountId, importId: upload.id }, plenty)).toBe('completed');
    expect(await importWithLink(deps, accountId, upload.id)).toMatchObject({
      imported: expected.unique.size,
      duplicates: expected.duplicates,
    });
    expect(await accountCounter(db, accountId, 'contactCount')).toBe(expected.unique.size);
    expect((await getGroup(db, accountId, groupId))?.memberCount).toBe(expected.unique.size);
    // The member's copy is the contact the rerun saved.
    const id = contactIdOf(accountId, '2250710000000');
    const member = await db.client.send(
      new GetCommand({ TableName: db.tableName, Key: keys.groupMember(accountId, groupId, id) }),
    );
    expect(member.Item?.createdAt).toBe((await getContact(db, accountId, id))?.createdAt);
  }, 60_000);

  it('counts each contact and member once when another import saves the contacts a stopped one left without', async () => {
    const { accountId, upload, deps, key, bytes, expected, objectStore } = await setUp(600);
    const groupId = upload.groupId as string;
    // The first import stops with its members written and the contacts of one batched write not.
    const membersOnly = failingFirstContact(accountId);
    await expect(fileArrived({ ...deps, db: membersOnly.db }, { key, bytes }, plenty)).rejects.toThrow(
      'stopped',
    );
    await membersOnly.settled();

    // A second import of the same file into the same group runs before the first runs again.
    const second = await startImport(deps, accountId, { groupId }, actor);
    const secondKey = fileKeyOf(accountId, second.id);
    const text = await readFile(objectStore.pathOf(key), 'utf8');
    async function* whole() {
      yield text;
    }
    await objectStore.write(secondKey, whole(), 'text/csv');
    expect(await fileArrived(deps, { key: secondKey, bytes }, plenty)).toBe('completed');
    clock.advance(20 * 60_000);
    expect(await runImport(deps, { accountId, importId: upload.id }, plenty)).toBe('completed');

    expect(await countItems(keys.account(accountId).pk, 'CONTACT#')).toBe(expected.unique.size);
    expect(await accountCounter(db, accountId, 'contactCount')).toBe(expected.unique.size);
    expect(await countItems(keys.groupMembersOf(accountId, groupId).pk, 'MEMBER#')).toBe(
      expected.unique.size,
    );
    expect((await getGroup(db, accountId, groupId))?.memberCount).toBe(expected.unique.size);
  }, 60_000);

  it('counts a phone given again in a later batch once, and keeps its first row', async () => {
    const phoneOf = (i: number) => `22507${String(10_000_000 + i).padStart(8, '0')}`;
    // Lines 2 to 2,001: the first batch holds rows 0-998 (the header is its first line), the second
    // 999-1,998. Row 1,500 gives row 10's phone again (the batch before), row 1,999 row 20's (two
    // batches before), row 1,998 row 1,200's (its own batch).
    const again = new Map([
      [1500, 10],
      [1999, 20],
      [1998, 1200],
    ]);
    const lines = ['phone;firstName'];
    for (let i = 0; i < 2000; i++) lines.push(`${phoneOf(again.get(i) ?? i)};Row ${i}`);
    const unique = new Set(Array.from({ length: 2000 }, (_, i) => phoneOf(again.get(i) ?? i)));
    const { accountId, upload, deps, key, bytes } = await setUp(0, {
      text: `${lines.join('\n')}\n`,
      expected: { refused: [], duplicates: again.size, unique },
    });

    expect(await fileArrived(deps, { key, bytes }, plenty)).toBe('completed');
    expect(await importWithLink(deps, accountId, upload.id)).toMatchObject({
      rowsRead: 2000,
      imported: unique.size,
      duplicates: 3,
      refused: 0,
    });
    expect(await accountCounter(db, accountId, 'contactCount')).toBe(unique.size);
    expect((await getGroup(db, accountId, upload.groupId as string))?.memberCount).toBe(unique.size);
    expect(await countItems(keys.account(accountId).pk, 'CONTACT#')).toBe(unique.size);
    for (const first of again.values())
      expect(await getContact(db, accountId, contactIdOf(accountId, phoneOf(first)))).toMatchObject({
        firstName: `Row ${first}`,
      });
  }, 60_000);

  it('imported again into the same group, adds nobody and counts every row as imported', async () => {
    const { accountId, upload, deps, key, bytes, expected, objectStore } = await setUp(1_500);
    await fileArrived(deps, { key, bytes }, plenty);
    const again = await startImport(deps, accountId, { groupId: upload.groupId as string }, actor);
    const text = await readFile(objectStore.pathOf(key), 'utf8');
    async function* whole() {
      yield text;
    }
    const secondKey = fileKeyOf(accountId, again.id);
    await objectStore.write(secondKey, whole(), 'text/csv');
    expect(await fileArrived(deps, { key: secondKey, bytes }, plenty)).toBe('completed');
    expect(await importWithLink(deps, accountId, again.id)).toMatchObject({
      imported: expected.unique.size,
      duplicates: expected.duplicates,
    });
    expect(await accountCounter(db, accountId, 'contactCount')).toBe(expected.unique.size);
    expect((await getGroup(db, accountId, upload.groupId as string))?.memberCount).toBe(expected.unique.size);
  }, 60_000);

  it('waits while another invocation holds it, and takes it once that one is surely gone', async () => {
    const { accountId, upload, deps, key, bytes } = await setUp(10);
    await expect(fileArrived({ ...deps, db: dyingAfter(0, 3) }, { key, bytes }, plenty)).rejects.toThrow();
    // A stop that released nothing: the lease as a killed invocation leaves it.
    await db.client.send(
      new (await import('@aws-sdk/lib-dynamodb')).UpdateCommand({
        TableName: db.tableName,
        Key: keys.importJob(accountId, upload.id),
        UpdateExpression: 'SET leaseUntil = :until',
        ExpressionAttributeValues: { ':until': new Date(clock.now().getTime() + 16 * 60_000).toISOString() },
      }),
    );
    const request = { accountId, importId: upload.id };
    expect(await runImport(deps, request, plenty)).toBe('busy');
    clock.advance(17 * 60_000);
    expect(await runImport(deps, request, plenty)).toBe('completed');
  });

  it('fails after 5 invocations in a row that could not read on, and says so once (import.completed)', async () => {
    const { accountId, upload, deps, key, bytes } = await setUp(10);
    const broken = {
      ...deps,
      objectStore: Object.assign(Object.create(deps.objectStore), {
        read: async function* () {
          yield* [];
          throw new Error('storage is down');
        },
      }),
    };
    await expect(fileArrived(broken, { key, bytes }, plenty)).rejects.toThrow('storage is down');
    const request = { accountId, importId: upload.id };
    for (let attempt = 2; attempt < 5; attempt++)
      await expect(runImport(broken, request, plenty)).rejects.toThrow('storage is down');
    expect(await runImport(broken, request, plenty)).toBe('failed');
    expect(await importWithLink(deps, accountId, upload.id)).toMatchObject({
      status: 'FAILED',
      reason: 'internal-error',
    });
    expect(await runImport(deps, request, plenty)).toBe('skipped');
  });

  it('refuses a row whose fields, with those its contact has, would pass 30', async () => {
    const { accountId, deps, objectStore } = await setUp(1);
    const phone = '2250799000001';
    const many = Object.fromEntries(Array.from({ length: 29 }, (_, i) => [`champ${i}`, 'x']));
    await (await import('../../shared/contacts/repository')).createContact(
      db,
      accountId,
      { phone, fields: many },
      clock.now(),
    );
    const started = await startImport(deps, accountId, {}, actor);
    const key = fileKeyOf(accountId, started.id);
    async function* text() {
      yield `phone,ville,agence\n${phone},Abidjan,Plateau\n2250799000002,Bouaké,Centre\n`;
    }
    const { bytes } = await objectStore.write(key, text(), 'text/csv');
    expect(await fileArrived(deps, { key, bytes }, plenty)).toBe('completed');
    expect(await importWithLink(deps, accountId, started.id)).toMatchObject({ imported: 1, refused: 1 });
    const saved = await getContact(db, accountId, contactIdOf(accountId, phone));
    expect(Object.keys(saved?.fields ?? {})).toHaveLength(29);
  });

  it('fails a file over 100 MB, and a file whose named column is not in its header', async () => {
    const { accountId, upload, deps, key } = await setUp(5);
    expect(await fileArrived(deps, { key, bytes: 100 * 1024 * 1024 + 1 }, plenty)).toBe('failed');
    expect(await importWithLink(deps, accountId, upload.id)).toMatchObject({
      status: 'FAILED',
      reason: 'file-too-large',
    });

    const other = await startImport(deps, accountId, { columns: { phone: 'Mobile' } }, actor);
    const otherKey = fileKeyOf(accountId, other.id);
    async function* text() {
      yield 'Téléphone;Nom\n2250701020304;Awa\n';
    }
    await deps.objectStore.write(otherKey, text(), 'text/csv');
    expect(await fileArrived(deps, { key: otherKey, bytes: 40 }, plenty)).toBe('failed');
    expect(await importWithLink(deps, accountId, other.id)).toMatchObject({
      status: 'FAILED',
      reason: 'column-not-found',
      rowsRead: 0,
    });
  });
});
