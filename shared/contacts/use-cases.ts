import type { Actor } from '../audit/audit';
import { auditOf } from '../audit/repository';
import type { Clock } from '../clock';
import { mapLimit } from '../db/batch';
import type { Db } from '../db/client';
import { AppError, type FieldIssue, notFound, validationError } from '../errors';
import type { Contact, ContactChanges, ContactInput } from './contact';
import {
  type ContactFields,
  changeContact,
  createContact,
  type EnsuredContacts,
  ensureContacts,
  getContact,
  getContacts,
  type RevisedContact,
} from './repository';

export async function requireContact(db: Db, accountId: string, contactId: string): Promise<Contact> {
  const contact = await getContact(db, accountId, contactId);
  if (!contact) throw notFound('contact', contactId);
  return contact;
}

export interface ResolvedContacts {
  /** One contact per phone, in the order given. */
  contacts: Contact[];
  /** Contacts saved by this call (their phone was new to the account). */
  created: Contact[];
  /** Saved contacts this call changed (given again with other values): their group copies follow them. */
  changed: RevisedContact[];
}

/**
 * What a contact given again changes of the saved one: names and sex it gives that differ, fields it gives
 * that differ (merged: a field it does not give stays). Nothing it leaves out is removed.
 */
export function changesGiven(saved: Contact, given: ContactInput): ContactChanges | undefined {
  const changes: ContactChanges = {};
  if (given.name && given.name !== saved.name) changes.name = given.name;
  if (given.firstName && given.firstName !== saved.firstName) changes.firstName = given.firstName;
  if (given.lastName && given.lastName !== saved.lastName) changes.lastName = given.lastName;
  if (given.sex && given.sex !== saved.sex) changes.sex = given.sex;
  const fields = Object.entries(given.fields ?? {}).filter(([key, value]) => saved.fields?.[key] !== value);
  if (fields.length) changes.fields = Object.fromEntries(fields);
  return Object.keys(changes).length ? changes : undefined;
}

/**
 * Turns contacts as a request gives them into the account's contacts: an `id` must be one of the
 * account's (and its phone, if given, the saved one); a new phone is saved as a new contact; a saved
 * contact given with other values (names, fields) takes them (`changesGiven`). Every bad entry is named
 * before anything is written.
 */
export async function resolveContacts(
  db: Db,
  accountId: string,
  input: { contacts: readonly ContactInput[]; contactIds?: readonly string[]; path?: string },
  now: Date,
): Promise<ResolvedContacts> {
  const path = input.path ?? 'contacts';
  const contactIds = input.contactIds ?? [];
  const ids = [...input.contacts.flatMap((contact) => (contact.id ? [contact.id] : [])), ...contactIds];
  const saved = ids.length ? await getContacts(db, accountId, ids) : new Map<string, Contact>();

  const unknown: FieldIssue[] = [];
  const mismatched: FieldIssue[] = [];
  input.contacts.forEach((contact, index) => {
    if (!contact.id) return;
    const found = saved.get(contact.id);
    if (!found) unknown.push({ path: `${path}.${index}.id`, message: 'is not a contact of this account' });
    else if (found.phone !== contact.phone) {
      mismatched.push({
        path: `${path}.${index}.phone`,
        message: `is not the phone of contact ${contact.id}`,
      });
    }
  });
  contactIds.forEach((id, index) => {
    if (!saved.has(id))
      unknown.push({ path: `contactIds.${index}`, message: 'is not a contact of this account' });
  });
  if (unknown.length)
    throw new AppError('contact-not-found', 'Some contacts are not in this account.', { details: unknown });
  if (mismatched.length) throw validationError(mismatched);

  const fresh = input.contacts.filter((contact) => !contact.id);
  const ensured: EnsuredContacts = fresh.length
    ? await ensureContacts(
        db,
        accountId,
        fresh.map(({ id: _, ...fields }) => fields),
        now,
      )
    : { byPhone: new Map(), created: [] };

  const justCreated = new Set(ensured.created.map((contact) => contact.phone));
  const byPhone = new Map<string, Contact>();
  const toChange: { contact: Contact; changes: ContactChanges }[] = [];
  for (const contact of input.contacts) {
    const resolved = contact.id ? saved.get(contact.id) : ensured.byPhone.get(contact.phone);
    if (!resolved || byPhone.has(resolved.phone)) continue;
    byPhone.set(resolved.phone, resolved);
    const changes = justCreated.has(resolved.phone) ? undefined : changesGiven(resolved, contact);
    if (changes) toChange.push({ contact: resolved, changes });
  }
  for (const id of contactIds) {
    const resolved = saved.get(id);
    if (resolved && !byPhone.has(resolved.phone)) byPhone.set(resolved.phone, resolved);
  }
  const changed = (
    await mapLimit(toChange, 8, ({ contact, changes }) =>
      changeContact(db, accountId, contact.id, changes, now),
    )
  ).flatMap((result) => (result?.changed ? [result.contact] : []));
  for (const { revision: _, ...contact } of changed) byPhone.set(contact.phone, contact);
  return { contacts: [...byPhone.values()], created: ensured.created, changed };
}

/** A contact saved by itself, with its audit entry. */
export async function addContact(
  deps: { db: Db; clock: Clock },
  accountId: string,
  fields: ContactFields,
  actor: Actor,
  operationId?: string,
) {
  const now = deps.clock.now();
  return createContact(deps.db, accountId, fields, now, operationId, (id: string) => [
    auditOf(deps.db, accountId, actor, 'contact.create', { type: 'contact', id }, now),
  ]);
}
