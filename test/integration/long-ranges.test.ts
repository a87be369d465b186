import { beforeAll, describe, expect, it } from 'vitest';
import type { Recipient } from '../../shared/campaigns/campaign';
import { readRecipients, writeRecipientChunks } from '../../shared/campaigns/repository';
import { batchWrite } from '../../shared/db/batch';
import type { Db } from '../../shared/db/client';
import { keys } from '../../shared/db/keys';
import { forEachPageSpread } from '../../shared/db/paginate';
import { createTestDb } from '../support/db';

let db: Db;

beforeAll(async () => {
  db = await createTestDb();
});

const recipientsNumbered = (count: number): Recipient[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    phone: `22507${String(i).padStart(8, '0')}`,
    firstName: `R${i}`,
    createdAt: '2026-01-01T00:00:00.000Z',
  }));

describe('a recipient list read in windows of chunks', () => {
  it.each([
    ['more chunks than one window', 4_100],
    ['exactly one window', 16 * 250],
    ['less than a chunk', 7],
    ['no one', 0],
  ])('answers every recipient once, in order: %s', async (_, count) => {
    const list = recipientsNumbered(count);
    const chunkKey = (index: number) => keys.recipientChunk('acct', `list-${count}`, index);
    await writeRecipientChunks(db, chunkKey, list);

    expect(await readRecipients(db, { chunkKey, count })).toEqual(list);
  });

  it('reads nothing of a list stored beside it under the same key', async () => {
    const chunkKey = (index: number) => keys.recipientChunk('acct', 'neighbour', index);
    await writeRecipientChunks(db, chunkKey, recipientsNumbered(300));
    await writeRecipientChunks(
      db,
      (index) => keys.occurrenceRecipientChunk('acct', 'neighbour', '2026-01-01T00:00:00.000Z', index),
      recipientsNumbered(10),
    );

    expect(await readRecipients(db, { chunkKey, count: 300 })).toHaveLength(300);
  });
});

describe('a long range read as many short ranges', () => {
  it('answers each item once, the ranges in key order, however many ranges it is cut into', async () => {
    const range = keys.groupMembersOf('acct', 'many');
    const ids = Array.from({ length: 300 }, (_, i) =>
      ((i * 0x9e3779b1) >>> 0).toString(16).padStart(24, 'a'),
    );
    await batchWrite(
      db,
      ids.map((id) => ({ PutRequest: { Item: { ...keys.groupMember('acct', 'many', id), id } } })),
    );

    for (const expected of [0, 300, 100_000]) {
      const byRange: string[][] = [];
      let ranges = 0;
      await forEachPageSpread<{ id: string }>(
        db,
        range,
        (items, index) => {
          ranges = Math.max(ranges, index + 1);
          byRange[index] = [...(byRange[index] ?? []), ...items.map((item) => item.id)];
        },
        { expected },
      );
      expect(byRange.flat()).toEqual([...ids].sort());
      // 16 at least, one per 2,000 expected.
      expect(ranges).toBe(Math.max(16, Math.ceil(expected / 2_000)));
    }
  });
});
