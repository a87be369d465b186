/**
 * A contact's change or removal, carried to the groups that keep a copy of it (`groups/repository.ts`,
 * MemberItem): the contact is written first, its copies follow.
 */
import type { Actor } from '../audit/audit';
import { auditOf } from '../audit/repository';
import type { Clock } from '../clock';
import type { Contact, ContactChanges } from '../contacts/contact';
import {
  changeContact,
  getRevisedContacts,
  type RevisedContact,
  removeContact,
} from '../contacts/repository';
import { toContact } from '../contacts/view';
import { mapLimit } from '../db/batch';
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { groupIdsOfContact, refreshCopies, removeMembers } from './repository';

/** Rewrites the copies of contacts just changed, in every group they are members of. */
export async function carryContactChanges(
  db: Db,
  accountId: string,
  changed: readonly RevisedContact[],
): Promise<void> {
  await mapLimit(changed, 8, async (contact) =>
    refreshCopies(db, accountId, contact, await groupIdsOfContact(db, accountId, contact.id)),
  );
}

/**
 * After members were added: their contacts read again, so a change or removal that came between the
 * copy's read and its write (and did not see the new member yet) is carried to it too.
 */
export async function keepCopiesCurrent(
  db: Db,
  accountId: string,
  groupId: string,
  copied: readonly Contact[],
  now: Date,
): Promise<void> {
  if (copied.length === 0) return;
  const current = await getRevisedContacts(
    db,
    accountId,
    copied.map((contact) => contact.id),
  );
  const gone = copied.filter((contact) => !current.has(contact.id));
  if (gone.length) await removeMembers(db, accountId, groupId, gone, now);
  const stale = copied.flatMap((contact) => {
    const saved = current.get(contact.id);
    return saved && JSON.stringify(toContact(saved)) !== JSON.stringify(toContact(contact)) ? [saved] : [];
  });
  await mapLimit(stale, 8, (contact) => refreshCopies(db, accountId, contact, [groupId]));
}

/** `contact/{id}/update`: names set or removed, fields merged (`null` removes one); its group copies follow. */
export async function updateContact(
  deps: { db: Db; clock: Clock },
  accountId: string,
  contactId: string,
  changes: ContactChanges,
  actor: Actor,
): Promise<Contact> {
  const now = deps.clock.now();
  const audit = auditOf(deps.db, accountId, actor, 'contact.update', { type: 'contact', id: contactId }, now);
  const result = await changeContact(deps.db, accountId, contactId, changes, now, [audit]);
  if (!result) throw notFound('contact', contactId);
  if (result.changed) await carryContactChanges(deps.db, accountId, [result.contact]);
  const { revision: _, ...contact } = result.contact;
  return contact;
}

/**
 * `contact/{id}/delete`: the contact, and its membership of every group (each group's count with it).
 * The contact goes first, so a member added meanwhile sees it gone (`keepCopiesCurrent`). A removal
 * stopped before the memberships leaves them behind, and group campaigns would still text them: a
 * retried delete, though it answers 404, removes them.
 */
export async function deleteContact(
  deps: { db: Db; clock: Clock },
  accountId: string,
  contactId: string,
  actor: Actor,
): Promise<Contact> {
  const now = deps.clock.now();
  const audit = auditOf(deps.db, accountId, actor, 'contact.delete', { type: 'contact', id: contactId }, now);
  const contact = await removeContact(deps.db, accountId, contactId, [audit]);
  const groupIds = await groupIdsOfContact(deps.db, accountId, contactId);
  await mapLimit(groupIds, 8, (groupId) =>
    removeMembers(deps.db, accountId, groupId, [{ id: contactId }], now),
  );
  if (!contact) throw notFound('contact', contactId);
  return contact;
}
