import type { Clock } from '../clock';
import type { ContactInput } from '../contacts/contact';
import { deleteContacts } from '../contacts/repository';
import { resolveContacts } from '../contacts/use-cases';
import type { Db } from '../db/client';
import { notFound } from '../errors';
import type { Group } from './group';
import { addMembers, getGroup, removeMembers } from './repository';
import type { GroupChange } from './view';

export async function requireGroup(db: Db, accountId: string, groupId: string): Promise<Group> {
  const group = await getGroup(db, accountId, groupId);
  if (!group) throw notFound('group', groupId);
  return group;
}

/**
 * 1. Find the group.
 * 2. Resolve the contacts (saving new phones as contacts).
 * 3. Add those not yet members; if that fails, forget the contacts step 2 saved.
 */
export async function addToGroup(
  deps: { db: Db; clock: Clock },
  accountId: string,
  groupId: string,
  input: { contacts: ContactInput[]; contactIds: string[] },
): Promise<GroupChange> {
  const { db, clock } = deps;
  const group = await requireGroup(db, accountId, groupId);
  const now = clock.now();
  const resolved = await resolveContacts(db, accountId, input, now);
  let added: number;
  try {
    added = await addMembers(db, accountId, group.id, resolved.contacts, now);
  } catch (error) {
    await deleteContacts(db, accountId, resolved.created);
    throw error;
  }
  return {
    group: await requireGroup(db, accountId, group.id),
    added,
    alreadyMembers: resolved.contacts.length - added,
    contactsCreated: resolved.created.length,
  };
}

export async function removeFromGroup(
  deps: { db: Db; clock: Clock },
  accountId: string,
  groupId: string,
  contactIds: string[],
): Promise<GroupChange> {
  const group = await requireGroup(deps.db, accountId, groupId);
  const unique = [...new Set(contactIds)];
  const removed = await removeMembers(
    deps.db,
    accountId,
    group.id,
    unique.map((id) => ({ id })),
    deps.clock.now(),
  );
  return {
    group: await requireGroup(deps.db, accountId, group.id),
    removed,
    notMembers: unique.length - removed,
  };
}
