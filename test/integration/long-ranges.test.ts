import { beforeAll, describe, expect, it } from 'vitest';
import type { Recipient } from '../../shared/campaigns/campaign';
import { readRecipients, writeRecipientChunks } from '../../shared/campaigns/repository';
import { batchWrite } from '../../shared/db/batch';
import type { Db } from '../../shared/db/client';
import { keys } from '../../shared/db/keys';
import { forEachPageSpread, sampleSpread } from '../../shared/db/paginate';
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

describe('a sample drawn across a long range', () => {
  const range = keys.groupMembersOf('acct', 'drawn');
  // 1,600 ids spread evenly over the id space: 100 in each sixteenth.
  const ids = Array.from({ length: 1_600 }, (_, i) =>
    Math.floor((i * 0x1000000) / 1_600)
      .toString(16)
      .padStart(6, '0')
      .padEnd(24, '7'),
  );

  beforeAll(async () => {
    await batchWrite(
      db,
      ids.map((id) => ({ PutRequest: { Item: { ...keys.groupMember('acct', 'drawn', id), id } } })),
    );
  });

  const sixteenthOf = (id: string) => Math.floor(Number.parseInt(id.slice(0, 6), 16) / 0x100000);

  it('takes the same share of each sixteenth of the ids, each item once', async () => {
    const drawn = (await sampleSpread<{ id: string }>(db, range, 160)).map((item) => item.id);

    expect(drawn).toHaveLength(160);
    expect(new Set(drawn).size).toBe(160);
    const perSixteenth = Array.from(
      { length: 16 },
      (_, s) => drawn.filter((id) => sixteenthOf(id) === s).length,
    );
    expect(perSixteenth).toEqual(Array(16).fill(10));
  });

  it('reads narrower windows when told how many the range holds, still as many items', async () => {
    const drawn = (await sampleSpread<{ id: string }>(db, range, 160, { expected: 1_600 })).map(
      (item) => item.id,
    );

    expect(drawn).toHaveLength(160);
    // Each window is twice as wide as its 10 items need: 20 ids of its sixteenth's 100, the first 10 taken.
    for (let s = 0; s < 16; s++) {
      const inSixteenth = ids.filter((id) => sixteenthOf(id) === s);
      expect(drawn.filter((id) => sixteenthOf(id) === s)).toEqual(inSixteenth.slice(0, 10));
    }
  });

  it('answers what there is when the range holds fewer than asked', async () => {
    const few = keys.groupMembersOf('acct', 'few');
    await batchWrite(db, [
      { PutRequest: { Item: { ...keys.groupMember('acct', 'few', 'a'.repeat(24)), id: 'a'.repeat(24) } } },
    ]);

    expect(await sampleSpread(db, few, 2_000, { expected: 1 })).toHaveLength(1);
  });
});
