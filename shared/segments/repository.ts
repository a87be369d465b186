import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { accountCounter } from '../accounts/repository';
import type { Contact } from '../contacts/contact';
import { toContact } from '../contacts/view';
import { batchGet } from '../db/batch';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { forEachPageSpread, inRange, queryPage, sampleSpread } from '../db/paginate';
import { cancellationCodes, isTransactionCancelled, type TransactItem } from '../db/transactions';
import type { Page } from '../page';
import type { Segment } from './segment';

type SegmentItem = Segment & { accountId: string };

const toSegment = (item: Segment): Segment => ({
  id: item.id,
  name: item.name,
  match: item.match,
  conditions: item.conditions,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

const countSegments = (db: Db, accountId: string, delta: number) => ({
  Update: {
    TableName: db.tableName,
    Key: keys.account(accountId),
    UpdateExpression: 'ADD segmentCount :delta',
    ExpressionAttributeValues: { ':delta': delta },
  },
});

/** Saves a new segment; its id may come from an idempotent request, whose retry gets the first one back. */
export async function putNewSegment(
  db: Db,
  accountId: string,
  segment: Segment,
  also: readonly TransactItem[] = [],
): Promise<Segment> {
  try {
    await db.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.tableName,
              Item: { ...keys.segment(accountId, segment.id), entity: 'segment', accountId, ...segment },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          countSegments(db, accountId, 1),
          ...also,
        ],
      }),
    );
  } catch (error) {
    const earlier = isTransactionCancelled(error) ? await getSegment(db, accountId, segment.id) : undefined;
    if (earlier) return earlier;
    throw error;
  }
  return toSegment(segment);
}

export async function getSegment(db: Db, accountId: string, segmentId: string): Promise<Segment | undefined> {
  const item = await getItem<SegmentItem>(db, keys.segment(accountId, segmentId));
  return item ? toSegment(item) : undefined;
}

export async function getSegments(
  db: Db,
  accountId: string,
  segmentIds: readonly string[],
): Promise<Map<string, Segment>> {
  const items = await batchGet<SegmentItem>(
    db,
    [...new Set(segmentIds)].map((id) => keys.segment(accountId, id)),
  );
  return new Map(items.map((item) => [item.id, toSegment(item)]));
}

/** Newest first (ids are time-ordered). */
export async function listSegments(
  db: Db,
  accountId: string,
  request: { page: number; size: number },
): Promise<Page<Segment>> {
  const page = await queryPage<SegmentItem>(
    db,
    { select: inRange(keys.segmentsOf(accountId), { descending: true }) },
    request,
    await accountCounter(db, accountId, 'segmentCount'),
  );
  return { ...page, items: page.items.map(toSegment) };
}

/** Writes a segment's new name or rules, if it still exists. Answers false when it does not. */
export async function saveSegment(
  db: Db,
  accountId: string,
  segment: Segment,
  also: readonly TransactItem[] = [],
): Promise<boolean> {
  try {
    await db.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: db.tableName,
              Key: keys.segment(accountId, segment.id),
              UpdateExpression:
                'SET #name = :name, #match = :match, conditions = :conditions, updatedAt = :at',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeNames: { '#name': 'name', '#match': 'match' },
              ExpressionAttributeValues: {
                ':name': segment.name,
                ':match': segment.match,
                ':conditions': segment.conditions,
                ':at': segment.updatedAt,
              },
            },
          },
          ...also,
        ],
      }),
    );
    return true;
  } catch (error) {
    if (cancellationCodes(error)[0] === 'ConditionalCheckFailed') return false;
    throw error;
  }
}

/** Removes a segment and counts it out; false when it was not there. */
export async function removeSegment(
  db: Db,
  accountId: string,
  segmentId: string,
  also: readonly TransactItem[] = [],
): Promise<boolean> {
  try {
    await db.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Delete: {
              TableName: db.tableName,
              Key: keys.segment(accountId, segmentId),
              ConditionExpression: 'attribute_exists(pk)',
            },
          },
          countSegments(db, accountId, -1),
          ...also,
        ],
      }),
    );
    return true;
  } catch (error) {
    if (cancellationCodes(error)[0] === 'ConditionalCheckFailed') return false;
    throw error;
  }
}

/** What a segment reads of a contact: what its conditions test and a campaign sends with. */
const CONTACT_READ = {
  expression: 'id, phone, #name, firstName, lastName, sex, #fields, createdAt, updatedAt',
  names: { '#name': 'name', '#fields': 'fields' },
};

/**
 * Every contact of the account, page by page, read as ranges side by side (`forEachPageSpread`): `each`
 * sees each page as it comes (the items as read: `toContact` what is kept), so memory holds what it keeps.
 */
export async function forEachContactPage(
  db: Db,
  accountId: string,
  each: (contacts: Contact[]) => void,
): Promise<void> {
  await forEachPageSpread<Contact>(db, keys.contactsOf(accountId), (page) => each(page.map(toContact)), {
    project: CONTACT_READ,
    expected: await accountCounter(db, accountId, 'contactCount'),
  });
}

/** About `size` contacts of the account, drawn across them (`sampleSpread`), read as a segment reads them. */
export async function sampleOfContacts(
  db: Db,
  accountId: string,
  size: number,
  /** How many contacts the account has (its counter). */
  expected: number,
): Promise<Contact[]> {
  const items = await sampleSpread<Contact>(db, keys.contactsOf(accountId), size, {
    project: CONTACT_READ,
    expected,
  });
  return items.map(toContact);
}
