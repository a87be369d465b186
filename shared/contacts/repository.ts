import { GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { accountCounter } from '../accounts/repository';
import { batchGet, chunk, mapLimit } from '../db/batch';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { type Page, queryKeysPage, queryPage } from '../db/paginate';
import { cancellationCodes } from '../db/transactions';
import { AppError } from '../errors';
import { newId } from '../ids';
import type { RenderContact } from '../text/render';
import { type Contact, fullNameOf, nameKey } from './contact';

export type ContactFields = RenderContact & { phone: string };

interface ContactItem extends Contact {
  accountId: string;
}

export const toContact = (item: Contact): Contact => ({
  id: item.id,
  phone: item.phone,
  ...(item.name ? { name: item.name } : {}),
  ...(item.firstName ? { firstName: item.firstName } : {}),
  ...(item.lastName ? { lastName: item.lastName } : {}),
  ...(item.sex ? { sex: item.sex } : {}),
  createdAt: item.createdAt,
});

/** A new contact's two writes: the contact, and the guard that keeps its phone unique in the account. */
function contactWrites(db: Db, accountId: string, fields: ContactFields, now: Date) {
  const contact = toContact({ ...fields, id: newId(now), createdAt: now.toISOString() });
  const name = nameKey(fullNameOf(contact));
  return {
    contact,
    items: [
      {
        Put: {
          TableName: db.tableName,
          Item: {
            ...keys.contact(accountId, contact.id),
            ...(name ? keys.contactByName(accountId, name, contact.id) : {}),
            entity: 'contact',
            accountId,
            ...contact,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: db.tableName,
          // The guard carries the contact, so finding contacts by phone is one read.
          Item: {
            ...keys.contactPhoneGuard(accountId, contact.phone),
            entity: 'contactPhone',
            contactId: contact.id,
            contact,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ],
  };
}

const countContacts = (db: Db, accountId: string, delta: number) => ({
  Update: {
    TableName: db.tableName,
    Key: keys.account(accountId),
    UpdateExpression: 'ADD contactCount :delta',
    ExpressionAttributeValues: { ':delta': delta },
  },
});

export async function createContact(
  db: Db,
  accountId: string,
  fields: ContactFields,
  now: Date,
): Promise<Contact> {
  const { contact, items } = contactWrites(db, accountId, fields, now);
  try {
    await db.client.send(
      new TransactWriteCommand({ TransactItems: [...items, countContacts(db, accountId, 1)] }),
    );
  } catch (error) {
    if (cancellationCodes(error)[1] === 'ConditionalCheckFailed') {
      const [existing] = await findContactsByPhone(db, accountId, [fields.phone]);
      throw new AppError(
        'contact-phone-taken',
        `A contact with phone ${fields.phone} already exists: ${existing?.id ?? 'unknown id'}.`,
      );
    }
    throw error;
  }
  return contact;
}

export async function getContact(db: Db, accountId: string, contactId: string): Promise<Contact | undefined> {
  const result = await db.client.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.contact(accountId, contactId),
      ConsistentRead: true,
    }),
  );
  return result.Item ? toContact(result.Item as ContactItem) : undefined;
}

export async function getContacts(
  db: Db,
  accountId: string,
  contactIds: readonly string[],
): Promise<Map<string, Contact>> {
  const items = await batchGet<ContactItem>(
    db,
    [...new Set(contactIds)].map((id) => keys.contact(accountId, id)),
  );
  return new Map(items.map((item) => [item.id, toContact(item)]));
}

/** The account's contacts with these phones, read from their guards. */
export async function findContactsByPhone(
  db: Db,
  accountId: string,
  phones: readonly string[],
): Promise<Contact[]> {
  const guards = await batchGet<{ contact: Contact }>(
    db,
    [...new Set(phones)].map((phone) => keys.contactPhoneGuard(accountId, phone)),
  );
  return guards.map((guard) => toContact(guard.contact));
}

export interface EnsuredContacts {
  /** Every phone asked for, with its contact (found or new). */
  byPhone: Map<string, Contact>;
  /** The contacts this call created, to undo if what they were created for fails. */
  created: Contact[];
}

// 50 contacts, two writes each: a transaction's 100 items.
const CONTACTS_PER_TRANSACTION = 50;

/**
 * The account's contact for each phone, saving those it does not have yet. New contacts are
 * written in transactions of 49, several at once; a phone another request saved meanwhile is
 * read back instead of duplicated.
 */
export async function ensureContacts(
  db: Db,
  accountId: string,
  wanted: readonly ContactFields[],
  now: Date,
): Promise<EnsuredContacts> {
  const unique = new Map<string, ContactFields>();
  for (const fields of wanted) if (!unique.has(fields.phone)) unique.set(fields.phone, fields);

  const byPhone = new Map<string, Contact>();
  const created: Contact[] = [];
  let missing = [...unique.values()];
  for (let round = 0; missing.length > 0 && round < 3; round++) {
    for (const contact of await findContactsByPhone(
      db,
      accountId,
      missing.map((fields) => fields.phone),
    )) {
      byPhone.set(contact.phone, contact);
    }
    const toCreate = missing.filter((fields) => !byPhone.has(fields.phone));
    const conflicts: ContactFields[] = [];
    let createdNow = 0;
    await mapLimit(chunk(toCreate, CONTACTS_PER_TRANSACTION), 8, async (batch) => {
      const writes = batch.map((fields) => contactWrites(db, accountId, fields, now));
      try {
        await db.client.send(
          new TransactWriteCommand({ TransactItems: writes.flatMap((write) => write.items) }),
        );
        for (const { contact } of writes) {
          byPhone.set(contact.phone, contact);
          created.push(contact);
        }
        createdNow += batch.length;
      } catch (error) {
        if ((error as Error).name !== 'TransactionCanceledException') throw error;
        conflicts.push(...batch);
      }
    });
    // One counter update for the lot: parallel transactions on the account item would only conflict.
    if (createdNow) await db.client.send(new UpdateCommand(countContacts(db, accountId, createdNow).Update));
    missing = conflicts;
  }
  if (missing.length > 0) throw new Error(`could not save ${missing.length} contacts after 3 attempts`);
  return { byPhone, created };
}

/** Undoes `ensureContacts` for contacts nothing else refers to yet. */
export async function deleteContacts(db: Db, accountId: string, contacts: readonly Contact[]): Promise<void> {
  if (contacts.length === 0) return;
  await mapLimit(chunk(contacts, CONTACTS_PER_TRANSACTION), 8, (batch) =>
    db.client.send(
      new TransactWriteCommand({
        TransactItems: batch.flatMap((contact) => [
          { Delete: { TableName: db.tableName, Key: keys.contact(accountId, contact.id) } },
          { Delete: { TableName: db.tableName, Key: keys.contactPhoneGuard(accountId, contact.phone) } },
        ]),
      }),
    ),
  );
  await db.client.send(new UpdateCommand(countContacts(db, accountId, -contacts.length).Update));
}

/** Newest first; or those whose phone or full name starts with what is given. */
export async function listContacts(
  db: Db,
  accountId: string,
  options: { page: number; size: number; phone?: string; search?: string },
): Promise<Page<Contact>> {
  const request = { page: options.page, size: options.size };
  let page: Page<ContactItem>;
  if (options.phone !== undefined) {
    const guards = keys.contactPhoneGuardsOf(accountId);
    const found = await queryPage<{ contact: Contact }>(
      db,
      {
        select: {
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': guards.pk, ':prefix': `${guards.skPrefix}${options.phone}` },
        },
        project: { expression: 'contact' },
      },
      request,
    );
    page = { ...found, items: found.items.map((guard) => ({ ...guard.contact, accountId })) };
  } else if (options.search !== undefined) {
    const index = keys.contactByName(accountId, '', '');
    page = await queryKeysPage<ContactItem>(
      db,
      {
        IndexName: 'gsi3',
        KeyConditionExpression: 'gsi3pk = :pk AND begins_with(gsi3sk, :prefix)',
        ExpressionAttributeValues: { ':pk': index.gsi3pk, ':prefix': nameKey(options.search) },
      },
      request,
      (key) => ({ pk: key.pk, sk: key.sk }),
    );
  } else {
    const all = keys.contactsOf(accountId);
    page = await queryPage<ContactItem>(
      db,
      {
        select: {
          ScanIndexForward: false,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': all.pk, ':prefix': all.skPrefix },
        },
      },
      request,
      await accountCounter(db, accountId, 'contactCount'),
    );
  }
  return { ...page, items: page.items.map(toContact) };
}
