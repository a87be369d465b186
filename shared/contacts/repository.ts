import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { accountCounter } from '../accounts/repository';
import { batchGet, batchWrite, chunk, mapLimit } from '../db/batch';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { type KeyRange, keys } from '../db/keys';
import { inRange, queryKeysPage } from '../db/paginate';
import { cancellationCodes, isTransactionCancelled, type TransactItem } from '../db/transactions';
import { AppError } from '../errors';
import { newId } from '../ids';
import type { Page } from '../page';
import { nameKey } from '../text/names';
import type { RenderContact } from '../text/render';
import { type Contact, contactIdOf, fullNameOf } from './contact';
import { toContact } from './view';

export type ContactFields = RenderContact & { phone: string };

interface ContactItem extends Contact {
  accountId: string;
  /** The operation id of the idempotent request that created it, so a retry of that request finds it its own. */
  createdBy?: string;
}

/** A new contact as stored: its id follows from its phone, so the item is its own uniqueness guard. */
function contactItem(accountId: string, fields: ContactFields, now: Date) {
  const contact = toContact({
    ...fields,
    id: contactIdOf(accountId, fields.phone),
    createdAt: now.toISOString(),
  });
  const item = {
    ...keys.contact(accountId, contact.id),
    ...keys.contactListings(accountId, newId(now), contact.phone, nameKey(fullNameOf(contact))),
    entity: 'contact',
    accountId,
    ...contact,
  };
  return { contact, item };
}

const countContacts = (db: Db, accountId: string, delta: number) => ({
  TableName: db.tableName,
  Key: keys.account(accountId),
  UpdateExpression: 'ADD contactCount :delta',
  ExpressionAttributeValues: { ':delta': delta },
});

const putIfNew = (db: Db, item: Record<string, unknown>) => ({
  Put: { TableName: db.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' },
});

/**
 * Saves a new contact; its phone must be new to the account. `operationId` comes with a request sent with
 * an Idempotency-Key: a retry of that request whose earlier attempt saved the contact gets it back.
 */
export async function createContact(
  db: Db,
  accountId: string,
  fields: ContactFields,
  now: Date,
  operationId?: string,
  /** Written with it (its audit entry), given the contact's id. */
  also: (contactId: string) => readonly TransactItem[] = () => [],
): Promise<Contact> {
  const { contact, item } = contactItem(accountId, fields, now);
  try {
    await db.client.send(
      new TransactWriteCommand({
        TransactItems: [
          putIfNew(db, operationId ? { ...item, createdBy: operationId } : item),
          { Update: countContacts(db, accountId, 1) },
          ...also(contact.id),
        ],
      }),
    );
  } catch (error) {
    if (cancellationCodes(error)[0] === 'ConditionalCheckFailed') {
      if (operationId) {
        const existing = await getContactItem(db, accountId, contact.id);
        if (existing?.createdBy === operationId) return toContact(existing);
      }
      throw new AppError(
        'contact-phone-taken',
        `A contact with phone ${fields.phone} already exists: ${contact.id}.`,
      );
    }
    throw error;
  }
  return contact;
}

async function getContactItem(db: Db, accountId: string, contactId: string) {
  return getItem<ContactItem>(db, keys.contact(accountId, contactId));
}

export async function getContact(db: Db, accountId: string, contactId: string): Promise<Contact | undefined> {
  const item = await getContactItem(db, accountId, contactId);
  return item ? toContact(item) : undefined;
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

/** The account's contacts with these phones: one read each, by the key their phone gives. */
export async function findContactsByPhone(
  db: Db,
  accountId: string,
  phones: readonly string[],
): Promise<Contact[]> {
  const found = await getContacts(
    db,
    accountId,
    phones.map((phone) => contactIdOf(accountId, phone)),
  );
  return [...found.values()];
}

export interface EnsuredContacts {
  /** Every phone asked for, with its contact (found or new). */
  byPhone: Map<string, Contact>;
  /** The contacts this call created, to undo if what they were created for fails. */
  created: Contact[];
}

/** Up to this many new contacts are saved on condition that they are still new (exactly). */
export const SAVED_ON_CONDITION_UP_TO = 1000;

type NewContact = ReturnType<typeof contactItem>;

/**
 * Saves contacts in transactions of 100, each contact on condition that it is still new; answers
 * those it could not save because one of their transaction's phones was saved meanwhile.
 */
async function saveOnCondition(db: Db, contacts: readonly NewContact[]): Promise<NewContact[]> {
  const refused = await mapLimit(chunk(contacts, 100), 8, async (batch) => {
    try {
      await db.client.send(
        new TransactWriteCommand({ TransactItems: batch.map(({ item }) => putIfNew(db, item)) }),
      );
      return [];
    } catch (error) {
      if (isTransactionCancelled(error)) return batch;
      throw error;
    }
  });
  return refused.flat();
}

/**
 * The account's contact for each phone, saving those it does not have yet.
 *
 * Up to 1,000 new contacts are saved in transactions, each on condition that it is still new: a phone
 * another request saved meanwhile is read back instead, and the account's count stays exact. More
 * are written in batches, several times faster (the only way to save thousands in a few seconds on
 * DynamoDB Local): the key still keeps one contact per phone, but if another request saves the same
 * new phone at the same moment, the last write's names are kept and the account's contact count
 * counts that phone twice.
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
  for (let round = 0; missing.length > 0 && round < 4; round++) {
    if (round > 0) await new Promise((wake) => setTimeout(wake, Math.random() * 20 * 2 ** round));
    const phones = missing.map((fields) => fields.phone);
    for (const contact of await findContactsByPhone(db, accountId, phones)) {
      byPhone.set(contact.phone, contact);
    }
    const toCreate = missing
      .filter((fields) => !byPhone.has(fields.phone))
      .map((fields) => contactItem(accountId, fields, now));
    let refused: NewContact[] = [];
    if (toCreate.length > SAVED_ON_CONDITION_UP_TO) {
      await batchWrite(
        db,
        toCreate.map(({ item }) => ({ PutRequest: { Item: item } })),
      );
    } else {
      refused = await saveOnCondition(db, toCreate);
    }
    const saved = toCreate.filter((contact) => !refused.includes(contact));
    // Counted apart, once: transactions of parallel requests on the account item would only conflict.
    if (saved.length) await db.client.send(new UpdateCommand(countContacts(db, accountId, saved.length)));
    for (const { contact } of saved) {
      byPhone.set(contact.phone, contact);
      created.push(contact);
    }
    missing = refused.map(({ contact }) => unique.get(contact.phone) as ContactFields);
  }
  if (missing.length > 0) throw new Error(`could not save ${missing.length} contacts after 4 attempts`);
  return { byPhone, created };
}

/** Undoes `ensureContacts` for contacts nothing else refers to yet. */
export async function deleteContacts(db: Db, accountId: string, contacts: readonly Contact[]): Promise<void> {
  if (contacts.length === 0) return;
  await batchWrite(
    db,
    contacts.map((contact) => ({ DeleteRequest: { Key: keys.contact(accountId, contact.id) } })),
  );
  await db.client.send(new UpdateCommand(countContacts(db, accountId, -contacts.length)));
}

/** Newest first; or those whose phone or full name starts with what is given, in that order. */
export async function listContacts(
  db: Db,
  accountId: string,
  options: { page: number; size: number; phone?: string; search?: string },
): Promise<Page<Contact>> {
  const request = { page: options.page, size: options.size };
  const startingWith = (range: KeyRange, prefix: string) =>
    queryKeysPage<ContactItem>(db, inRange({ ...range, skPrefix: prefix }), request);
  const page =
    options.phone !== undefined
      ? await startingWith(keys.contactsByPhone(accountId), options.phone)
      : options.search !== undefined
        ? await startingWith(keys.contactsByName(accountId), nameKey(options.search))
        : await queryKeysPage<ContactItem>(
            db,
            inRange(keys.contactsNewestFirst(accountId), { descending: true }),
            request,
            await accountCounter(db, accountId, 'contactCount'),
          );
  return { ...page, items: page.items.map(toContact) };
}
