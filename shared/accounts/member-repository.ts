/**
 * Members as the table holds them: one item in the account's partition (its team list) and a copy in
 * the user's (what a token may act in), always written together. The account counts its owners, so the
 * last one cannot be demoted or removed, even by two requests at once.
 */
import { batchGet } from '../db/batch';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { inRange, queryAll, queryPage } from '../db/paginate';
import { cancellationCodes, isTransactionCancelled, type TransactItem } from '../db/transactions';
import { commit } from '../db/unit-of-work';
import { AppError } from '../errors';
import type { Page, PageRequest } from '../page';
import type { Member } from './members';
import type { Role } from './roles';

const OWNER_COUNT = 'ownerMembers';

const toMember = ({ id, accountId, userId, email, role, status, createdAt }: Member): Member => ({
  id,
  accountId,
  userId,
  email,
  role,
  status,
  createdAt,
});

/** Counts an owner more or less on the account; one less only while another stays. */
function ownerCount(db: Db, accountId: string, change: 1 | -1): TransactItem {
  return {
    Update: {
      TableName: db.tableName,
      Key: keys.account(accountId),
      UpdateExpression: `SET ${OWNER_COUNT} = if_not_exists(${OWNER_COUNT}, :zero) + :change`,
      ConditionExpression:
        change < 0 ? `attribute_exists(pk) AND ${OWNER_COUNT} > :one` : 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':zero': 0, ':change': change, ...(change < 0 ? { ':one': 1 } : {}) },
    },
  };
}

const lastOwner = () =>
  new AppError('last-owner', 'An account keeps at least one owner: make another member owner first.');

/** Which of a cancelled transaction's items did not hold. */
const failedAt = (error: unknown, index: number) =>
  isTransactionCancelled(error) && cancellationCodes(error)[index] === 'ConditionalCheckFailed';

export async function addMember(db: Db, member: Member, along: readonly TransactItem[]): Promise<void> {
  const team: TransactItem = {
    Put: {
      TableName: db.tableName,
      Item: { ...keys.member(member.accountId, member.id), entity: 'member', ...member },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
  const copy: TransactItem = {
    Put: {
      TableName: db.tableName,
      Item: { ...keys.membership(member.userId, member.accountId), entity: 'membership', ...member },
    },
  };
  try {
    await commit(db, [
      team,
      copy,
      ...(member.role === 'owner' ? [ownerCount(db, member.accountId, 1)] : []),
      ...along,
    ]);
  } catch (error) {
    if (failedAt(error, 0)) {
      throw new AppError('member-exists', `${member.email} is already a member of this account.`);
    }
    throw error;
  }
}

export async function getMember(db: Db, accountId: string, memberId: string): Promise<Member | undefined> {
  const item = await getItem<Member>(db, keys.member(accountId, memberId));
  return item ? toMember(item) : undefined;
}

/**
 * Members as they are now: active from their first request in the account (its request count, as an
 * API key's last use), with when they last made one.
 */
export async function lastSeen(db: Db, members: readonly Member[]): Promise<Member[]> {
  const counts = await batchGet<{ pk: string; second?: number }>(
    db,
    members.map((member) => keys.requestRate(member.accountId, member.userId)),
  );
  const lastSecond = new Map(counts.map((count) => [count.pk, count.second]));
  return members.map((member) => {
    const second = lastSecond.get(keys.requestRate(member.accountId, member.userId).pk);
    return second
      ? { ...member, status: 'ACTIVE', lastSeenAt: new Date(second * 1000).toISOString() }
      : member;
  });
}

/** The account's team in the order of their e-mails' ids. */
export async function listMembers(db: Db, accountId: string, request: PageRequest): Promise<Page<Member>> {
  const page = await queryPage<Member>(db, { select: inRange(keys.membersOf(accountId)) }, request);
  return { ...page, items: await lastSeen(db, page.items.map(toMember)) };
}

/** Every account a user belongs to, read consistently: a removal holds from the next request on. */
export async function membershipsOfUser(db: Db, userId: string): Promise<Member[]> {
  const found: Member[] = [];
  for await (const page of queryAll<Member>(db, {
    ...inRange(keys.membershipsOf(userId)),
    ConsistentRead: true,
  })) {
    found.push(...page.map(toMember));
  }
  return found;
}

/** Both copies of a membership, changed only while they still say what `member` says. */
function bothCopies(
  db: Db,
  member: Member,
  change: Omit<NonNullable<TransactItem['Update']>, 'TableName' | 'Key'>,
) {
  return [keys.member(member.accountId, member.id), keys.membership(member.userId, member.accountId)].map(
    (key): TransactItem => ({
      Update: {
        TableName: db.tableName,
        Key: key,
        ...change,
        ConditionExpression: 'attribute_exists(pk) AND #role = :was',
        ExpressionAttributeNames: { ...change.ExpressionAttributeNames, '#role': 'role' },
        ExpressionAttributeValues: { ...change.ExpressionAttributeValues, ':was': member.role },
      },
    }),
  );
}

/** Gives the member another role; the last owner keeps theirs. False when the member changed meanwhile. */
export async function changeRole(
  db: Db,
  member: Member,
  role: Role,
  along: readonly TransactItem[],
): Promise<boolean> {
  const owners =
    member.role === role
      ? []
      : role === 'owner'
        ? [ownerCount(db, member.accountId, 1)]
        : member.role === 'owner'
          ? [ownerCount(db, member.accountId, -1)]
          : [];
  try {
    await commit(db, [
      ...bothCopies(db, member, {
        UpdateExpression: 'SET #role = :role',
        ExpressionAttributeValues: { ':role': role },
      }),
      ...owners,
      ...along,
    ]);
    return true;
  } catch (error) {
    if (owners.length && member.role === 'owner' && failedAt(error, 2)) throw lastOwner();
    if (isTransactionCancelled(error)) return false;
    throw error;
  }
}

/** Ends the membership; the last owner stays. False when the member changed meanwhile. */
export async function deleteMember(db: Db, member: Member, along: readonly TransactItem[]): Promise<boolean> {
  const owners = member.role === 'owner' ? [ownerCount(db, member.accountId, -1)] : [];
  const deletes = [
    keys.member(member.accountId, member.id),
    keys.membership(member.userId, member.accountId),
  ].map(
    (key): TransactItem => ({
      Delete: {
        TableName: db.tableName,
        Key: key,
        ConditionExpression: 'attribute_exists(pk) AND #role = :was',
        ExpressionAttributeNames: { '#role': 'role' },
        ExpressionAttributeValues: { ':was': member.role },
      },
    }),
  );
  try {
    await commit(db, [...deletes, ...owners, ...along]);
    return true;
  } catch (error) {
    if (owners.length && failedAt(error, 2)) throw lastOwner();
    if (isTransactionCancelled(error)) return false;
    throw error;
  }
}
