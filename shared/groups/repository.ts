import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { accountCounter } from '../accounts/repository';
import type { Contact } from '../contacts/contact';
import type { ImportMark, RevisedContact } from '../contacts/repository';
import { toContact } from '../contacts/view';
import { batchGet, chunk, mapLimit, type WriteRequest } from '../db/batch';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { forEachPageSpread, inRange, queryAll, queryPage, sampleSpread } from '../db/paginate';
import { cancellationCodes, isTransactionCancelled, type TransactItem } from '../db/transactions';
import { AppError } from '../errors';
import { newId } from '../ids';
import type { Page } from '../page';
import type { Group } from './group';
import { toGroup } from './view';

interface GroupItem extends Group {
  accountId: string;
}

/**
 * `groupId` is given by a request sent with an Idempotency-Key (its operation id): a retry of that request
 * whose earlier attempt saved the group gets it back.
 */
export async function createGroup(
  db: Db,
  accountId: string,
  input: { name: string; description?: string },
  now: Date,
  groupId: string = newId(now),
  /** Written with it (its audit entry). */
  also: readonly TransactItem[] = [],
): Promise<Group> {
  const at = now.toISOString();
  const group: Group = { id: groupId, ...input, memberCount: 0, createdAt: at, updatedAt: at };
  try {
    await saveNewGroup(db, accountId, group, also);
  } catch (error) {
    const earlier = isTransactionCancelled(error) ? await getGroup(db, accountId, groupId) : undefined;
    if (earlier) return earlier;
    throw error;
  }
  return toGroup(group);
}

async function saveNewGroup(
  db: Db,
  accountId: string,
  group: Group,
  also: readonly TransactItem[],
): Promise<void> {
  await db.client.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: db.tableName,
            Item: { ...keys.group(accountId, group.id), entity: 'group', accountId, ...group },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Update: {
            TableName: db.tableName,
            Key: keys.account(accountId),
            UpdateExpression: 'ADD groupCount :one',
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
        ...also,
      ],
    }),
  );
}

export async function getGroup(db: Db, accountId: string, groupId: string): Promise<Group | undefined> {
  const item = await getItem<GroupItem>(db, keys.group(accountId, groupId));
  return item ? toGroup(item) : undefined;
}

export async function getGroups(
  db: Db,
  accountId: string,
  groupIds: readonly string[],
): Promise<Map<string, Group>> {
  const items = await batchGet<GroupItem>(
    db,
    [...new Set(groupIds)].map((id) => keys.group(accountId, id)),
  );
  return new Map(items.map((item) => [item.id, toGroup(item)]));
}

export async function listGroups(
  db: Db,
  accountId: string,
  request: { page: number; size: number },
): Promise<Page<Group>> {
  const page = await queryPage<GroupItem>(
    db,
    { select: inRange(keys.groupsOf(accountId), { descending: true }) },
    request,
    await accountCounter(db, accountId, 'groupCount'),
  );
  return { ...page, items: page.items.map(toGroup) };
}

/**
 * A member keeps a copy of the contact, so sending reads one partition; a contact's change rewrites its
 * copies (`refreshCopies`), found by the listing each member has under its contact.
 */
type MemberItem = Contact & { addedAt: string; revision?: number };

export async function listMembers(
  db: Db,
  accountId: string,
  group: Group,
  request: { page: number; size: number },
): Promise<Page<Contact>> {
  const page = await queryPage<MemberItem>(
    db,
    { select: inRange(keys.groupMembersOf(accountId, group.id)) },
    request,
    group.memberCount,
  );
  return { ...page, items: page.items.map(toContact) };
}

/**
 * Every member of a group, in the order of their ids (the partition's own), read as ranges side by side:
 * several times faster than page after page for a large group.
 */
export async function membersInOrder<Kept = Contact>(
  db: Db,
  accountId: string,
  groupId: string,
  /** What is kept of each member as it is read (a million members: only what will be used). */
  keep: (member: Contact) => Kept = (member) => member as Kept,
): Promise<Kept[]> {
  const byRange: Kept[][][] = [];
  const expected = (await getGroup(db, accountId, groupId))?.memberCount ?? 0;
  await forEachPageSpread<MemberItem>(
    db,
    keys.groupMembersOf(accountId, groupId),
    (page, range) => {
      byRange[range] ??= [];
      byRange[range].push(page.map((item) => keep(toContact(item))));
    },
    { expected },
  );
  return byRange.flat(2);
}

/**
 * About `size` members of a group, drawn across it (`sampleSpread`, its windows sized from the group's
 * count as the caller read it), each kept as `keep` makes it.
 */
export async function sampleOfMembers<Kept>(
  db: Db,
  accountId: string,
  group: Pick<Group, 'id' | 'memberCount'>,
  size: number,
  keep: (member: Contact) => Kept,
): Promise<Kept[]> {
  const items = await sampleSpread<MemberItem>(db, keys.groupMembersOf(accountId, group.id), size, {
    expected: group.memberCount,
  });
  return items.map((item) => keep(toContact(item)));
}

/** Which of these contacts are members of the group: one read each, by the member's key. */
export async function membersAmong(
  db: Db,
  accountId: string,
  groupId: string,
  contactIds: readonly string[],
): Promise<Set<string>> {
  const found = await batchGet<{ id: string }>(
    db,
    contactIds.map((contactId) => keys.groupMember(accountId, groupId, contactId)),
    'id',
  );
  return new Set(found.map((member) => member.id));
}

// 99 member writes and the group's counter: a transaction's 100 items.
const MEMBERS_PER_TRANSACTION = 99;

/**
 * Adds or removes members in transactions that also move the group's count, so the count is exact
 * however requests interleave. Members already in (or already out) are skipped.
 */
async function changeMembers(
  db: Db,
  accountId: string,
  groupId: string,
  contacts: readonly Pick<Contact, 'id'>[],
  change: 'add' | 'remove',
  now: Date,
): Promise<number> {
  let changed = 0;
  for (const batch of chunk(contacts, MEMBERS_PER_TRANSACTION)) {
    let pending = batch;
    while (pending.length > 0) {
      const writes = pending.map((contact) =>
        change === 'add'
          ? {
              Put: {
                TableName: db.tableName,
                Item: {
                  ...keys.groupMember(accountId, groupId, contact.id),
                  ...keys.membershipListing(accountId, contact.id, groupId),
                  ...contact,
                  addedAt: now.toISOString(),
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            }
          : {
              Delete: {
                TableName: db.tableName,
                Key: keys.groupMember(accountId, groupId, contact.id),
                ConditionExpression: 'attribute_exists(pk)',
              },
            },
      );
      try {
        await db.client.send(
          new TransactWriteCommand({
            TransactItems: [
              ...writes,
              {
                Update: {
                  TableName: db.tableName,
                  Key: keys.group(accountId, groupId),
                  UpdateExpression: 'ADD memberCount :delta SET updatedAt = :now',
                  ConditionExpression: 'attribute_exists(pk)',
                  ExpressionAttributeValues: {
                    ':delta': change === 'add' ? pending.length : -pending.length,
                    ':now': now.toISOString(),
                  },
                },
              },
            ],
          }),
        );
        changed += pending.length;
        pending = [];
      } catch (error) {
        if (!isTransactionCancelled(error)) throw error;
        const codes = cancellationCodes(error);
        if (codes[pending.length] === 'ConditionalCheckFailed') {
          throw new AppError('group-not-found', `No group ${groupId} in this account.`);
        }
        // Some were already in (or already out): ask which, and go again with the others.
        const present = new Set(
          (
            await batchGet<{ id: string }>(
              db,
              pending.map((c) => keys.groupMember(accountId, groupId, c.id)),
              'id',
            )
          ).map((member) => member.id),
        );
        pending = pending.filter((contact) =>
          change === 'add' ? !present.has(contact.id) : present.has(contact.id),
        );
      }
    }
  }
  return changed;
}

/** Moves a group's count of members, in a transaction that holds only while the group is there. */
export const countMembers = (db: Db, accountId: string, groupId: string, delta: number, now: Date) => ({
  TableName: db.tableName,
  Key: keys.group(accountId, groupId),
  UpdateExpression: 'ADD memberCount :delta SET updatedAt = :now',
  ConditionExpression: 'attribute_exists(pk)',
  ExpressionAttributeValues: { ':delta': delta, ':now': now.toISOString() },
});

/** Which of these contacts are members already, each with the mark of the import that added it, if one did. */
export async function membersForImport(
  db: Db,
  accountId: string,
  groupId: string,
  contactIds: readonly string[],
): Promise<Map<string, ImportMark | undefined>> {
  const items = await batchGet<{ id: string; importId?: string; importLine?: number }>(
    db,
    contactIds.map((id) => keys.groupMember(accountId, groupId, id)),
    'id, importId, importLine',
  );
  return new Map(
    items.map((item) => [
      item.id,
      item.importId && item.importLine !== undefined
        ? { importId: item.importId, line: item.importLine }
        : undefined,
    ]),
  );
}

/**
 * The writes that add members as an import does, each marked with its import and line; the group's count
 * moves with the import's checkpoint (`countMembers`), once.
 */
export function importedMemberWrites(
  accountId: string,
  groupId: string,
  members: readonly { contact: RevisedContact; line: number }[],
  importId: string,
  now: Date,
): WriteRequest[] {
  return members.map(({ contact, line }) => ({
    PutRequest: {
      Item: {
        ...keys.groupMember(accountId, groupId, contact.id),
        ...keys.membershipListing(accountId, contact.id, groupId),
        ...contact,
        addedAt: now.toISOString(),
        importId,
        importLine: line,
      },
    },
  }));
}

export const addMembers = (
  db: Db,
  accountId: string,
  groupId: string,
  contacts: readonly Contact[],
  now: Date,
) => changeMembers(db, accountId, groupId, contacts, 'add', now);

export const removeMembers = (
  db: Db,
  accountId: string,
  groupId: string,
  contacts: readonly Pick<Contact, 'id'>[],
  now: Date,
) => changeMembers(db, accountId, groupId, contacts, 'remove', now);

/** The groups a contact is a member of (from the listing under the contact; a just-added one may lag). */
export async function groupIdsOfContact(db: Db, accountId: string, contactId: string): Promise<string[]> {
  const groupIds: string[] = [];
  for await (const page of queryAll<{ gsi5sk: string }>(
    db,
    inRange(keys.groupsOfContact(accountId, contactId)),
  )) {
    for (const item of page) groupIds.push(item.gsi5sk);
  }
  return groupIds;
}

// What a member copies of its contact, besides its phone and id (which never change).
const COPIED = ['name', 'firstName', 'lastName', 'sex', 'fields', 'updatedAt', 'revision'] as const;

/**
 * Rewrites a contact's copy in each of these groups, unless the member left meanwhile or a later change
 * already wrote a newer copy (its revision says).
 */
export async function refreshCopies(
  db: Db,
  accountId: string,
  contact: Contact & { revision: number },
  groupIds: readonly string[],
): Promise<void> {
  const present = COPIED.filter((name) => contact[name] !== undefined);
  const absent = COPIED.filter((name) => contact[name] === undefined);
  const update = [
    `SET ${present.map((name) => `#${name} = :${name}`).join(', ')}`,
    ...(absent.length ? [`REMOVE ${absent.map((name) => `#${name}`).join(', ')}`] : []),
  ].join(' ');
  await mapLimit(groupIds, 8, async (groupId) => {
    try {
      await db.client.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: keys.groupMember(accountId, groupId, contact.id),
          UpdateExpression: update,
          ConditionExpression:
            'attribute_exists(pk) AND (attribute_not_exists(#revision) OR #revision < :revision)',
          ExpressionAttributeNames: Object.fromEntries(COPIED.map((name) => [`#${name}`, name])),
          ExpressionAttributeValues: Object.fromEntries(present.map((name) => [`:${name}`, contact[name]])),
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  });
}
