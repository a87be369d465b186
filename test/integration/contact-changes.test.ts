import { beforeAll, describe, expect, it } from 'vitest';
import { accountCounter, createAccount } from '../../shared/accounts/repository';
import { listAudit } from '../../shared/audit/repository';
import { ManualClock } from '../../shared/clock';
import type { Contact } from '../../shared/contacts/contact';
import { createContact, getContact, knownFieldKeys } from '../../shared/contacts/repository';
import { resolveContacts } from '../../shared/contacts/use-cases';
import type { Db } from '../../shared/db/client';
import { AppError } from '../../shared/errors';
import { deleteContact, updateContact } from '../../shared/groups/contact-changes';
import { createGroup, getGroup, groupIdsOfContact, membersInOrder } from '../../shared/groups/repository';
import { addToGroup } from '../../shared/groups/use-cases';
import { TEST_ACTOR } from '../support/actors';
import { createTestDb } from '../support/db';

let db: Db;
const clock = new ManualClock('2026-04-01T08:00:00.000Z');
const deps = () => ({ db, clock });

beforeAll(async () => {
  db = await createTestDb();
});

const newAccountId = async () =>
  (await createAccount(db, { name: 'T', plan: { senderLimit: 1 }, now: clock.now() })).account.id;

async function membersOf(accountId: string, groupId: string) {
  return membersInOrder(db, accountId, groupId);
}

describe('contact fields', () => {
  it('are saved with a contact, answered with it, and their keys noted for the account', async () => {
    const accountId = await newAccountId();
    const contact = await createContact(
      db,
      accountId,
      { phone: '2250700000001', firstName: 'Awa', fields: { montant: '12 500', ville: 'Abidjan' } },
      clock.now(),
    );
    expect(contact.fields).toEqual({ montant: '12 500', ville: 'Abidjan' });
    expect((await getContact(db, accountId, contact.id))?.fields).toEqual({
      montant: '12 500',
      ville: 'Abidjan',
    });
    await resolveContacts(
      db,
      accountId,
      { contacts: [{ phone: '2250700000002', fields: { echeance: '30/06' } }] },
      clock.now(),
    );
    expect(await knownFieldKeys(db, accountId)).toEqual(['echeance', 'montant', 'ville']);
    expect(await knownFieldKeys(db, await newAccountId())).toEqual([]);
  });
});

describe('updating a contact', () => {
  it('replaces names, removes those given null, and merges fields (null removes one)', async () => {
    const accountId = await newAccountId();
    const saved = await createContact(
      db,
      accountId,
      { phone: '2250700000001', name: 'Awa K', firstName: 'Awa', fields: { montant: '1', ville: 'Abidjan' } },
      clock.now(),
    );
    clock.advance(60_000);
    const updated = await updateContact(
      deps(),
      accountId,
      saved.id,
      { name: null, lastName: 'Koné', fields: { montant: '2', ville: null, plan: 'or' } },
      TEST_ACTOR,
    );
    expect(updated).toEqual({
      id: saved.id,
      phone: '2250700000001',
      firstName: 'Awa',
      lastName: 'Koné',
      fields: { montant: '2', plan: 'or' },
      createdAt: saved.createdAt,
      updatedAt: clock.now().toISOString(),
    });
    expect(await getContact(db, accountId, saved.id)).toEqual(updated);
    expect(await knownFieldKeys(db, accountId)).toEqual(['montant', 'plan', 'ville']);
    const audit = await listAudit(db, accountId, { page: 1, size: 10 });
    expect(audit.items.map((entry) => entry.action)).toContain('contact.update');
  });

  it('carries the change to the copy each group keeps of the contact', async () => {
    const accountId = await newAccountId();
    const a = await createGroup(db, accountId, { name: 'A' }, clock.now());
    const b = await createGroup(db, accountId, { name: 'B' }, clock.now());
    const contact = { phone: '2250700000001', firstName: 'Awa', fields: { montant: '1' } };
    for (const group of [a, b]) {
      await addToGroup(deps(), accountId, group.id, { contacts: [contact], contactIds: [] }, TEST_ACTOR);
    }
    const [{ id }] = (await membersOf(accountId, a.id)) as [Contact];
    expect((await groupIdsOfContact(db, accountId, id)).sort()).toEqual([a.id, b.id].sort());

    await updateContact(deps(), accountId, id, { firstName: 'Aïcha', fields: { montant: '2' } }, TEST_ACTOR);
    for (const group of [a, b]) {
      const [member] = await membersOf(accountId, group.id);
      expect(member).toMatchObject({ id, firstName: 'Aïcha', fields: { montant: '2' } });
    }
  });

  it('refuses more than 30 fields after the merge, naming fields, and changes nothing', async () => {
    const accountId = await newAccountId();
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`champ_${i}`, 'x']));
    const saved = await createContact(db, accountId, { phone: '2250700000001', fields: many }, clock.now());
    const attempt = updateContact(deps(), accountId, saved.id, { fields: { encore: 'y' } }, TEST_ACTOR);
    await expect(attempt).rejects.toMatchObject({
      code: 'validation-error',
      details: [{ path: 'fields', message: 'would give the contact 31 fields; at most 30' }],
    });
    expect(await getContact(db, accountId, saved.id)).toEqual(saved);
    // Removing one makes room for another, in the same change.
    const swapped = await updateContact(
      deps(),
      accountId,
      saved.id,
      { fields: { champ_0: null, encore: 'y' } },
      TEST_ACTOR,
    );
    expect(Object.keys(swapped.fields ?? {})).toHaveLength(30);
  });

  it('is a 404 for a contact of another account', async () => {
    const owner = await newAccountId();
    const saved = await createContact(db, owner, { phone: '2250700000001' }, clock.now());
    const other = await newAccountId();
    const attempt = updateContact(deps(), other, saved.id, { firstName: 'X' }, TEST_ACTOR);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: 'contact-not-found' });
    expect(await getContact(db, owner, saved.id)).toEqual(saved);
  });

  it('loses no change when two are made at once', async () => {
    const accountId = await newAccountId();
    const saved = await createContact(db, accountId, { phone: '2250700000001' }, clock.now());
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        updateContact(deps(), accountId, saved.id, { fields: { [`k${i}`]: String(i) } }, TEST_ACTOR),
      ),
    );
    expect(Object.keys((await getContact(db, accountId, saved.id))?.fields ?? {}).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `k${i}`),
    );
  });
});

describe('giving a saved contact again', () => {
  it('takes the names and fields given, keeps what is not given, and reports it changed', async () => {
    const accountId = await newAccountId();
    const saved = await createContact(
      db,
      accountId,
      { phone: '2250700000001', firstName: 'Awa', fields: { montant: '1', ville: 'Abidjan' } },
      clock.now(),
    );
    const again = await resolveContacts(
      db,
      accountId,
      { contacts: [{ phone: '2250700000001', lastName: 'Koné', fields: { montant: '2' } }] },
      clock.now(),
    );
    expect(again.created).toEqual([]);
    expect(again.changed.map((contact) => contact.id)).toEqual([saved.id]);
    expect(again.contacts[0]).toMatchObject({
      firstName: 'Awa',
      lastName: 'Koné',
      fields: { montant: '2', ville: 'Abidjan' },
    });
    // The same values again change nothing.
    const same = await resolveContacts(
      db,
      accountId,
      { contacts: [{ phone: '2250700000001', fields: { montant: '2' } }] },
      clock.now(),
    );
    expect(same.changed).toEqual([]);
  });
});

describe('deleting a contact', () => {
  it('removes it, its membership of every group, and counts it out of each', async () => {
    const accountId = await newAccountId();
    const group = await createGroup(db, accountId, { name: 'G' }, clock.now());
    await addToGroup(
      deps(),
      accountId,
      group.id,
      { contacts: [{ phone: '2250700000001' }, { phone: '2250700000002' }], contactIds: [] },
      TEST_ACTOR,
    );
    const [first] = (await membersOf(accountId, group.id)) as [Contact];
    expect(await accountCounter(db, accountId, 'contactCount')).toBe(2);

    const deleted = await deleteContact(deps(), accountId, first.id, TEST_ACTOR);
    expect(deleted.id).toBe(first.id);
    expect(await getContact(db, accountId, first.id)).toBeUndefined();
    expect((await membersOf(accountId, group.id)).map((member) => member.id)).not.toContain(first.id);
    expect((await getGroup(db, accountId, group.id))?.memberCount).toBe(1);
    expect(await accountCounter(db, accountId, 'contactCount')).toBe(1);
    await expect(deleteContact(deps(), accountId, first.id, TEST_ACTOR)).rejects.toMatchObject({
      code: 'contact-not-found',
    });
  });

  it('stopped before its memberships, is finished by a retried delete that answers 404', async () => {
    const accountId = await newAccountId();
    const groups = [
      await createGroup(db, accountId, { name: 'A' }, clock.now()),
      await createGroup(db, accountId, { name: 'B' }, clock.now()),
    ] as const;
    const input = { contacts: [{ phone: '2250700000001' }, { phone: '2250700000002' }], contactIds: [] };
    for (const group of groups) await addToGroup(deps(), accountId, group.id, input, TEST_ACTOR);
    const [first] = (await membersOf(accountId, groups[0].id)) as [Contact];

    await expect(
      deleteContact({ db: stoppedBeforeMemberships(), clock }, accountId, first.id, TEST_ACTOR),
    ).rejects.toThrow('stopped');
    expect(await getContact(db, accountId, first.id)).toBeUndefined();
    expect(await groupIdsOfContact(db, accountId, first.id)).toHaveLength(2);

    await expect(deleteContact(deps(), accountId, first.id, TEST_ACTOR)).rejects.toMatchObject({
      code: 'contact-not-found',
    });
    expect(await groupIdsOfContact(db, accountId, first.id)).toEqual([]);
    for (const group of groups) {
      expect((await membersOf(accountId, group.id)).map((member) => member.id)).not.toContain(first.id);
      expect((await getGroup(db, accountId, group.id))?.memberCount).toBe(1);
    }
    expect(await accountCounter(db, accountId, 'contactCount')).toBe(1);
  });
});

/** The database of a removal stopped (a timeout, a throttle) after the contact went, before any membership. */
function stoppedBeforeMemberships(): Db {
  const client = new Proxy(db.client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver);
      return (command: { input: { TransactItems?: { Delete?: { Key: { sk: string } } }[] } }) =>
        command.input.TransactItems?.some((item) => item.Delete?.Key.sk.startsWith('MEMBER#'))
          ? Promise.reject(new Error('the invocation was stopped'))
          : target.send(command as never);
    },
  });
  return { ...db, client };
}
