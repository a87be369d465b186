import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Page, PageRequest } from '../page';
import { batchGet, mapLimit } from './batch';
import type { Db } from './client';
import type { KeyRange } from './keys';
import { GLOBAL_INDEXES, TABLE_KEYS } from './table';

export interface PageQuery {
  /** Which items, in which order: key condition, index, direction. */
  select: Omit<
    QueryCommandInput,
    'TableName' | 'Limit' | 'ExclusiveStartKey' | 'Select' | 'ProjectionExpression'
  >;
  /** Which attributes of the page's items to read (counting reads none). */
  project?: { expression: string; names?: Record<string, string> };
}

type Key = Record<string, unknown>;

/**
 * One numbered page of a query. Items before the page are only counted (`Select: COUNT`), never
 * loaded, so memory stays one page whatever the page number.
 */
export async function queryPage<T>(
  db: Db,
  query: PageQuery,
  request: PageRequest,
  /** When a counter already knows it, nothing is counted. */
  knownTotal?: number,
): Promise<Page<T>> {
  const totalCount = knownTotal ?? (await countQuery(db, query));
  const skip = (request.page - 1) * request.size;
  const page = { totalCount, page: request.page, size: request.size };
  if (skip >= totalCount) return { items: [], ...page };

  let startKey = await skipItems(db, query, skip);
  if (skip > 0 && startKey === undefined) return { items: [], ...page };

  const items: T[] = [];
  do {
    const result = await db.client.send(
      new QueryCommand({
        ...query.select,
        ...(query.project
          ? {
              ProjectionExpression: query.project.expression,
              ...(query.project.names
                ? {
                    ExpressionAttributeNames: {
                      ...query.select.ExpressionAttributeNames,
                      ...query.project.names,
                    },
                  }
                : {}),
            }
          : {}),
        TableName: db.tableName,
        Limit: request.size - items.length,
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...((result.Items ?? []) as T[]));
    startKey = result.LastEvaluatedKey as Key | undefined;
  } while (items.length < request.size && startKey !== undefined);
  return { items, ...page };
}

/** Which sort keys of the range a query reads: all (or the range's prefix), or a window of them. */
export type SortKeyCondition =
  | { before: string }
  | { from: string }
  | { between: [string, string] }
  | { equals: string };

/** A query's index and key condition for a range of keys, newest (highest sort key) first if asked. */
export function inRange(
  range: KeyRange,
  options: {
    sk?: SortKeyCondition;
    descending?: boolean;
    /**
     * Only the items whose attributes equal these (undefined: any). A filter: DynamoDB still reads the
     * whole range, and pages and counts what matches.
     */
    where?: Record<string, string | number | undefined>;
  } = {},
): PageQuery['select'] {
  const index = GLOBAL_INDEXES.find((candidate) => candidate.name === range.index);
  const pk = index?.partition ?? TABLE_KEYS.partition;
  const sk = index?.sort ?? TABLE_KEYS.sort;
  const values: Record<string, unknown> = { ':pk': range.pk };
  let condition = `${pk} = :pk`;
  const { sk: window } = options;
  if (window && 'before' in window) {
    condition += ` AND ${sk} < :before`;
    values[':before'] = window.before;
  } else if (window && 'from' in window) {
    condition += ` AND ${sk} >= :from`;
    values[':from'] = window.from;
  } else if (window && 'between' in window) {
    condition += ` AND ${sk} BETWEEN :first AND :last`;
    [values[':first'], values[':last']] = window.between;
  } else if (window && 'equals' in window) {
    condition += ` AND ${sk} = :sk`;
    values[':sk'] = window.equals;
  } else if (range.skPrefix) {
    condition += ` AND begins_with(${sk}, :prefix)`;
    values[':prefix'] = range.skPrefix;
  }
  const wanted = Object.entries(options.where ?? {}).filter(([, value]) => value !== undefined);
  for (const [name, value] of wanted) values[`:where_${name}`] = value;
  return {
    ...(range.index ? { IndexName: range.index } : {}),
    KeyConditionExpression: condition,
    ExpressionAttributeValues: values,
    ...(wanted.length
      ? {
          FilterExpression: wanted.map(([name]) => `#where_${name} = :where_${name}`).join(' AND '),
          ExpressionAttributeNames: Object.fromEntries(wanted.map(([name]) => [`#where_${name}`, name])),
        }
      : {}),
    ...(options.descending ? { ScanIndexForward: false } : {}),
  };
}

/** Every item a query selects, one DynamoDB page at a time (memory stays one page). */
export async function* queryAll<T>(db: Db, select: PageQuery['select']): AsyncGenerator<T[]> {
  let startKey: Key | undefined;
  do {
    const result = await db.client.send(
      new QueryCommand({ ...select, TableName: db.tableName, ExclusiveStartKey: startKey }),
    );
    yield (result.Items ?? []) as T[];
    startKey = result.LastEvaluatedKey as Key | undefined;
  } while (startKey);
}

/** Ranges read side by side by `forEachPageSpread`: DynamoDB Local on two cores does best from about 16. */
const SPREAD_READS = 16;
/**
 * About this many items a range at most, about one page: DynamoDB Local's Query costs what is left of its
 * range for every page it answers, so a long range read page by page grows with the square of its length.
 */
const ITEMS_PER_RANGE = 2_000;
/** Bounds are 6 hex digits: far more ranges than any account needs. */
const MAX_RANGES = 4_096;

/**
 * Every item of a range whose sort keys are its prefix then a hex id (contacts, a group's members), read
 * as equal ranges of ids, 16 side by side: ids are hashes, so the ranges hold about as many each, and the
 * whole is read several times faster than page after page. `expected` (how many items the range holds,
 * about) makes the ranges more when there are many. `each` sees each page as it comes.
 */
export async function forEachPageSpread<T>(
  db: Db,
  range: KeyRange & { skPrefix: string },
  /** `range`: which of the ranges the page is from (they are in key order), for a caller that keeps order. */
  each: (items: T[], range: number) => void,
  options: { project?: PageQuery['project']; expected?: number } = {},
): Promise<void> {
  const { project, expected = 0 } = options;
  const count = Math.min(MAX_RANGES, Math.max(SPREAD_READS, Math.ceil(expected / ITEMS_PER_RANGE)));
  await mapLimit(idRanges(range.skPrefix, count), SPREAD_READS, async ([first, last], index) => {
    const select = inRange(range, { sk: { between: [first, last] } });
    let startKey: Key | undefined;
    do {
      const result = await db.client.send(
        new QueryCommand({
          ...select,
          TableName: db.tableName,
          ExclusiveStartKey: startKey,
          ...projectionOf(project),
        }),
      );
      each((result.Items ?? []) as T[], index);
      startKey = result.LastEvaluatedKey as Key | undefined;
    } while (startKey);
  });
}

/**
 * About `size` items of such a range, drawn across it: the first items of 16 windows spread evenly over
 * its ids. Ids are hashes, so that is as good as a random draw, and it costs 16 queries whatever the range
 * holds. Given `expected` (about how many it holds), each window is about twice as wide as its share
 * needs: DynamoDB Local answers a Query in time with the width of its range, not with its `Limit`.
 */
export async function sampleSpread<T>(
  db: Db,
  range: KeyRange & { skPrefix: string },
  size: number,
  options: { project?: PageQuery['project']; expected?: number } = {},
): Promise<T[]> {
  const perRange = Math.ceil(size / SPREAD_READS);
  const width = options.expected ? Math.ceil((ID_SPACE * 2 * perRange) / options.expected) : ID_SPACE;
  const windows = idRanges(range.skPrefix, SPREAD_READS).map(([first, last], index): [string, string] => {
    const end = Math.floor((index * ID_SPACE) / SPREAD_READS) + width;
    return end < Math.floor(((index + 1) * ID_SPACE) / SPREAD_READS)
      ? [first, `${range.skPrefix}${hex(end)}`]
      : [first, last];
  });
  const pages = await mapLimit(windows, SPREAD_READS, async ([first, last]) => {
    const result = await db.client.send(
      new QueryCommand({
        ...inRange(range, { sk: { between: [first, last] } }),
        TableName: db.tableName,
        Limit: perRange,
        ...projectionOf(options.project),
      }),
    );
    return (result.Items ?? []) as T[];
  });
  return pages.flat();
}

/** Range bounds are the first 6 hex digits of an id: this many of them. */
const ID_SPACE = 0x1000000;
const hex = (bound: number) => bound.toString(16).padStart(6, '0');

/**
 * `count` ranges of sort keys, in key order, that together hold every `prefix` + hex id once: ids are 24
 * hex digits and the bounds 6, so no id falls on a bound.
 */
function idRanges(prefix: string, count: number): [string, string][] {
  const bound = (index: number) => hex(Math.floor((index * ID_SPACE) / count));
  return Array.from({ length: count }, (_, index): [string, string] => [
    `${prefix}${index === 0 ? '' : bound(index)}`,
    // Each range ends just before the next one starts; the last takes every id after it.
    index === count - 1 ? `${prefix}\uffff` : `${prefix}${bound(index + 1)}`,
  ]);
}

const projectionOf = (project: PageQuery['project']) =>
  project ? { ProjectionExpression: project.expression, ExpressionAttributeNames: project.names } : {};

export async function countQuery(db: Db, query: PageQuery): Promise<number> {
  let total = 0;
  let startKey: Key | undefined;
  do {
    const result = await db.client.send(
      new QueryCommand({
        ...query.select,
        TableName: db.tableName,
        Select: 'COUNT',
        ExclusiveStartKey: startKey,
      }),
    );
    total += result.Count ?? 0;
    startKey = result.LastEvaluatedKey as Key | undefined;
  } while (startKey !== undefined);
  return total;
}

async function skipItems(db: Db, query: PageQuery, count: number): Promise<Key | undefined> {
  let remaining = count;
  let startKey: Key | undefined;
  while (remaining > 0) {
    const result = await db.client.send(
      new QueryCommand({
        ...query.select,
        TableName: db.tableName,
        Select: 'COUNT',
        Limit: remaining,
        ExclusiveStartKey: startKey,
      }),
    );
    remaining -= result.Count ?? 0;
    startKey = result.LastEvaluatedKey as Key | undefined;
    if (startKey === undefined) break;
  }
  return startKey;
}

/**
 * A page of a keys-only index: the keys are paged like any query, then the items themselves are
 * read from the table (consistently, by the table key every index entry carries), in the index's order.
 */
export async function queryKeysPage<T>(
  db: Db,
  select: PageQuery['select'],
  request: PageRequest,
  knownTotal?: number,
): Promise<Page<T>> {
  const page = await queryPage<Record<string, unknown>>(db, { select }, request, knownTotal);
  const wanted = page.items.map((key) => ({
    [TABLE_KEYS.partition]: key[TABLE_KEYS.partition],
    [TABLE_KEYS.sort]: key[TABLE_KEYS.sort],
  }));
  const items = await batchGet<Record<string, unknown>>(db, wanted);
  const keyOf = (item: Record<string, unknown>) => `${item[TABLE_KEYS.partition]}|${item[TABLE_KEYS.sort]}`;
  const byKey = new Map(items.map((item) => [keyOf(item), item]));
  return {
    ...page,
    items: wanted.flatMap((key) => {
      const item = byKey.get(keyOf(key));
      return item ? [item as T] : [];
    }),
  };
}
