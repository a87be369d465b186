import type { Actor } from '../audit/audit';
import { auditOf } from '../audit/repository';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { AppError, type FieldIssue, notFound, validationError } from '../errors';
import type { Contact, ContactInput } from './contact';
import {
  type ContactFields,
  createContact,
  type EnsuredContacts,
  ensureContacts,
  getContact,
  getContacts,
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
}

/**
 * Turns contacts as a request gives them into the account's contacts: an `id` must be one of the
 * account's (and its phone, if given, the saved one); a new phone is saved as a new contact. Every
 * bad entry is named before anything is written.
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

  const byPhone = new Map<string, Contact>();
  for (const contact of input.contacts) {
    const resolved = contact.id ? saved.get(contact.id) : ensured.byPhone.get(contact.phone);
    if (resolved && !byPhone.has(resolved.phone)) byPhone.set(resolved.phone, resolved);
  }
  for (const id of contactIds) {
    const resolved = saved.get(id);
    if (resolved && !byPhone.has(resolved.phone)) byPhone.set(resolved.phone, resolved);
  }
  return { contacts: [...byPhone.values()], created: ensured.created };
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
