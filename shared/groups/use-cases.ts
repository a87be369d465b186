import type { Clock } from '../clock';
import type { ContactInput } from '../contacts/contact';
import { deleteContacts } from '../contacts/repository';
import { resolveContacts } from '../contacts/resolve';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { isId } from '../ids';
import type { Group } from './group';
import { addMembers, getGroup, removeMembers } from './repository';

export async function requireGroup(db: Db, accountId: string, groupId: string | undefined): Promise<Group> {
  const group = isId(groupId) ? await getGroup(db, accountId, groupId) : undefined;
  if (!group) throw new AppError('group-not-found', `No group ${groupId ?? ''} in this account.`);
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
  groupId: string | undefined,
  input: { contacts: ContactInput[]; contactIds: string[] },
) {
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
  groupId: string | undefined,
  contactIds: string[],
) {
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
