import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { accountCounter } from '../accounts/repository';
import { batchGet, batchWrite, chunk, mapLimit, type WriteRequest } from '../db/batch';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { type KeyRange, keys } from '../db/keys';
import { inRange, queryKeysPage } from '../db/paginate';
import { cancellationCodes, isTransactionCancelled, type TransactItem } from '../db/transactions';
import { AppError, validationError } from '../errors';
import { newId } from '../ids';
import type { Page } from '../page';
import { nameKey } from '../text/names';
import type { RenderContact } from '../text/render';
import { MAX_CONTACT_FIELDS } from '../text/schema';
import { type Contact, type ContactChanges, contactIdOf, fullNameOf } from './contact';
import { toContact } from './view';

export type ContactFields = RenderContact & { phone: string };

interface ContactItem extends Contact {
  accountId: string;
  /** The operation id of the idempotent request that created it, so a retry of that request finds it its own. */
  createdBy?: string;
  /** Counts its changes: a change is written on condition that none came between (and copies keep up with it). */
  revision?: number;
  gsi3pk?: string;
  gsi3sk?: string;
  gsi4sk?: string;
}

/** A contact with its revision: what a group member's copy is kept up to date with. */
export type RevisedContact = Contact & { revision: number };

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
    revision: 1,
  };
  return { contact, item };
}

/** Notes the keys of fields just given, so texts and segments can offer them (a set: adding one twice is harmless). */
export function recordFieldKeys(db: Db, accountId: string, fieldKeys: ReadonlySet<string>) {
  return {
    TableName: db.tableName,
    Key: keys.fieldKeys(accountId),
    UpdateExpression: 'ADD fieldKeys :keys',
    ExpressionAttributeValues: { ':keys': new Set(fieldKeys) },
  };
}

const fieldKeysOf = (contacts: readonly Pick<Contact, 'fields'>[]) =>
  new Set(contacts.flatMap((contact) => Object.keys(contact.fields ?? {})));

/** The keys of the fields the account's contacts have had, sorted. */
export async function knownFieldKeys(db: Db, accountId: string): Promise<string[]> {
  const item = await getItem<{ fieldKeys?: Set<string> }>(db, keys.fieldKeys(accountId), {
    consistent: false,
  });
  return [...(item?.fieldKeys ?? [])].sort();
}

/** Moves the account's count of contacts (in a transaction's `Update`, or alone). */
export const countContacts = (db: Db, accountId: string, delta: number) => ({
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
          ...(contact.fields ? [{ Update: recordFieldKeys(db, accountId, fieldKeysOf([contact])) }] : []),
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
    const newKeys = fieldKeysOf(saved.map(({ contact }) => contact));
    if (newKeys.size) await db.client.send(new UpdateCommand(recordFieldKeys(db, accountId, newKeys)));
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

/** What applying `changes` to `contact` gives: names set or removed (`null`), fields merged (`null` removes). */
export function applyChanges(contact: Contact, changes: ContactChanges): Contact {
  const next: Contact = { ...contact };
  const set = <K extends 'name' | 'firstName' | 'lastName' | 'sex'>(
    name: K,
    value: Contact[K] | null | undefined,
  ) => {
    if (value === undefined) return;
    if (value === null || value === '') delete next[name];
    else next[name] = value;
  };
  set('name', changes.name);
  set('firstName', changes.firstName);
  set('lastName', changes.lastName);
  set('sex', changes.sex);
  if (changes.fields) {
    const fields = { ...contact.fields };
    for (const [key, value] of Object.entries(changes.fields)) {
      if (value === null) delete fields[key];
      else fields[key] = value;
    }
    if (Object.keys(fields).length) next.fields = fields;
    else delete next.fields;
  }
  return next;
}

const sameContact = (a: Contact, b: Contact) =>
  JSON.stringify(toContact({ ...a, updatedAt: '' })) === JSON.stringify(toContact({ ...b, updatedAt: '' }));

/**
 * Changes a saved contact: written on condition that no other change came between its read and its write
 * (read again and reapplied otherwise), its name listing moved with its names. Answers undefined when the
 * account has no such contact, and the contact as it was when nothing changes.
 */
export async function changeContact(
  db: Db,
  accountId: string,
  contactId: string,
  changes: ContactChanges,
  now: Date,
  /** Written with it (its audit entry). */
  also: readonly TransactItem[] = [],
): Promise<{ contact: RevisedContact; changed: boolean } | undefined> {
  for (let attempt = 0; ; attempt++) {
    const item = await getContactItem(db, accountId, contactId);
    if (!item) return undefined;
    const revision = item.revision ?? 0;
    const before = toContact(item);
    const after = applyChanges(before, changes);
    if (sameContact(before, after)) return { contact: { ...before, revision }, changed: false };
    const fieldCount = Object.keys(after.fields ?? {}).length;
    if (fieldCount > MAX_CONTACT_FIELDS) {
      throw validationError([
        {
          path: 'fields',
          message: `would give the contact ${fieldCount} fields; at most ${MAX_CONTACT_FIELDS}`,
        },
      ]);
    }
    const contact = toContact({ ...after, updatedAt: now.toISOString() });
    const { gsi3pk: _, gsi3sk: __, ...kept } = item;
    const listings = keys.contactListings(
      accountId,
      item.gsi4sk ?? newId(now),
      contact.phone,
      nameKey(fullNameOf(contact)),
    );
    const names = ['name', 'firstName', 'lastName', 'sex', 'fields'] as const;
    const written = { ...kept, ...listings, ...contact, revision: revision + 1 };
    for (const name of names) if (contact[name] === undefined) delete written[name];
    const addedKeys = new Set(Object.keys(contact.fields ?? {}).filter((key) => !before.fields?.[key]));
    try {
      await db.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: db.tableName,
                Item: written,
                ConditionExpression:
                  revision === 0
                    ? 'attribute_exists(pk) AND attribute_not_exists(revision)'
                    : 'revision = :revision',
                ...(revision === 0 ? {} : { ExpressionAttributeValues: { ':revision': revision } }),
              },
            },
            ...(addedKeys.size ? [{ Update: recordFieldKeys(db, accountId, addedKeys) }] : []),
            ...also,
          ],
        }),
      );
      return { contact: { ...contact, revision: revision + 1 }, changed: true };
    } catch (error) {
      // Changed or removed meanwhile: read it again, after a short random pause so rivals spread out.
      if (cancellationCodes(error)[0] !== 'ConditionalCheckFailed' || attempt >= 9) throw error;
      await new Promise((wake) => setTimeout(wake, Math.random() * 10 * (attempt + 1)));
    }
  }
}

/** Removes a saved contact and counts it out; answers it, or undefined when the account has none such. */
export async function removeContact(
  db: Db,
  accountId: string,
  contactId: string,
  /** Written with it (its audit entry). */
  also: readonly TransactItem[] = [],
): Promise<Contact | undefined> {
  const item = await getContactItem(db, accountId, contactId);
  if (!item) return undefined;
  try {
    await db.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Delete: {
              TableName: db.tableName,
              Key: keys.contact(accountId, contactId),
              ConditionExpression: 'attribute_exists(pk)',
            },
          },
          { Update: countContacts(db, accountId, -1) },
          ...also,
        ],
      }),
    );
  } catch (error) {
    // Removed meanwhile by another request: that one counted it out.
    if (cancellationCodes(error)[0] === 'ConditionalCheckFailed') return undefined;
    throw error;
  }
  return toContact(item);
}

/** The saved contacts with their revisions, by id (for keeping group members' copies up to date). */
export async function getRevisedContacts(
  db: Db,
  accountId: string,
  contactIds: readonly string[],
): Promise<Map<string, RevisedContact>> {
  const items = await batchGet<ContactItem>(
    db,
    [...new Set(contactIds)].map((id) => keys.contact(accountId, id)),
  );
  return new Map(items.map((item) => [item.id, { ...toContact(item), revision: item.revision ?? 0 }]));
}

/** What an import leaves on the contacts it writes: which import, and the file line that first gave the phone. */
export interface ImportMark {
  importId: string;
  line: number;
}

export interface MarkedContact {
  contact: RevisedContact;
  /** The last import that gave it. */
  mark?: ImportMark;
  /** The import that saved it, if one did, and the line it saved it for (kept when another import marks it). */
  createdByImport?: ImportMark;
}

const IMPORT_CREATOR = 'import:';

/** The account's contacts with these phones (one read each, by the key their phone gives), with their marks. */
export async function contactsForImport(
  db: Db,
  accountId: string,
  phones: readonly string[],
): Promise<Map<string, MarkedContact>> {
  const items = await batchGet<
    ContactItem & { importId?: string; importLine?: number; createdLine?: number }
  >(
    db,
    phones.map((phone) => keys.contact(accountId, contactIdOf(accountId, phone))),
  );
  return new Map(
    items.map((item) => {
      const creator = item.createdBy?.startsWith(IMPORT_CREATOR)
        ? item.createdBy.slice(IMPORT_CREATOR.length)
        : undefined;
      // Saved before the line was kept apart: the mark's, while it is still the creator's.
      const createdLine = item.createdLine ?? (item.importId === creator ? item.importLine : undefined);
      return [
        item.phone,
        {
          contact: { ...toContact(item), revision: item.revision ?? 0 },
          ...(item.importId && item.importLine !== undefined
            ? { mark: { importId: item.importId, line: item.importLine } }
            : {}),
          ...(creator && createdLine !== undefined
            ? { createdByImport: { importId: creator, line: createdLine } }
            : {}),
        },
      ];
    }),
  );
}

/**
 * New contacts as an import saves them, each marked with its import and line, and the writes that save
 * them (batched with the members': several times faster than transactions). Their count and field keys
 * move with the import's checkpoint, not here.
 */
export function importedContacts(
  accountId: string,
  rows: readonly { fields: ContactFields; line: number }[],
  importId: string,
  now: Date,
): { contacts: RevisedContact[]; writes: WriteRequest[] } {
  const made = rows.map(({ fields, line }) => {
    const { contact, item } = contactItem(accountId, fields, now);
    return {
      contact: { ...contact, revision: item.revision },
      item: {
        ...item,
        createdBy: `${IMPORT_CREATOR}${importId}`,
        createdLine: line,
        importId,
        importLine: line,
      },
    };
  });
  return {
    contacts: made.map(({ contact }) => contact),
    writes: made.map(({ item }) => ({ PutRequest: { Item: item } })),
  };
}

/** Marks saved contacts as given by this import, each at the line that first gave its phone. */
export async function markImported(
  db: Db,
  accountId: string,
  marks: readonly { contactId: string; line: number }[],
  importId: string,
): Promise<void> {
  await mapLimit(marks, 16, async ({ contactId, line }) => {
    try {
      await db.client.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: keys.contact(accountId, contactId),
          UpdateExpression: 'SET importId = :importId, importLine = :line',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':importId': importId, ':line': line },
        }),
      );
    } catch (error) {
      // Removed meanwhile: nothing to mark.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  });
}
