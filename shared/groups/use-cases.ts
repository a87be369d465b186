import type { Actor } from '../audit/audit';
import { auditOf, recordAudit } from '../audit/repository';
import type { Clock } from '../clock';
import type { ContactInput } from '../contacts/contact';
import { deleteContacts } from '../contacts/repository';
import { resolveContacts } from '../contacts/use-cases';
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { newId } from '../ids';
import { carryContactChanges, keepCopiesCurrent } from './contact-changes';
import type { Group } from './group';
import { addMembers, createGroup, getGroup, removeMembers } from './repository';
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
  actor: Actor,
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
  await carryContactChanges(db, accountId, resolved.changed);
  await keepCopiesCurrent(db, accountId, group.id, resolved.contacts, now);
  // Members are added in many transactions: the entry follows the last of them.
  await recordAudit(
    db,
    accountId,
    {
      actor,
      action: 'group.add',
      target: { type: 'group', id: group.id },
      details: {
        added,
        contactsCreated: resolved.created.length,
        ...(resolved.changed.length ? { contactsChanged: resolved.changed.length } : {}),
      },
    },
    now,
  );
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
  actor: Actor,
): Promise<GroupChange> {
  const group = await requireGroup(deps.db, accountId, groupId);
  const unique = [...new Set(contactIds)];
  const now = deps.clock.now();
  const removed = await removeMembers(
    deps.db,
    accountId,
    group.id,
    unique.map((id) => ({ id })),
    now,
  );
  await recordAudit(
    deps.db,
    accountId,
    { actor, action: 'group.remove', target: { type: 'group', id: group.id }, details: { removed } },
    now,
  );
  return {
    group: await requireGroup(deps.db, accountId, group.id),
    removed,
    notMembers: unique.length - removed,
  };
}

/** A new group, with its audit entry. */
export async function makeGroup(
  deps: { db: Db; clock: Clock },
  accountId: string,
  input: { name: string; description?: string },
  actor: Actor,
  operationId?: string,
): Promise<Group> {
  const now = deps.clock.now();
  const id = operationId ?? newId(now);
  return createGroup(deps.db, accountId, input, now, id, [
    auditOf(deps.db, accountId, actor, 'group.create', { type: 'group', id }, now, { name: input.name }),
  ]);
}
