import { describe, expect, it } from 'vitest';
import { chunkWithin } from '../../shared/collections';

describe('chunks within a count and a size', () => {
  const sizeOf = (text: string) => text.length;

  it('cut at the count when items are small, and at the size when they are large, keeping their order', () => {
    const small = Array.from({ length: 600 }, (_, i) => `r${i}`);
    expect(chunkWithin(small, { count: 250, bytes: 200_000 }, sizeOf).map((c) => c.length)).toEqual([
      250, 250, 100,
    ]);
    const large = Array.from({ length: 10 }, (_, i) => `${i}`.padEnd(90_000, 'x'));
    const chunks = chunkWithin(large, { count: 250, bytes: 200_000 }, sizeOf);
    expect(chunks.map((c) => c.length)).toEqual([2, 2, 2, 2, 2]);
    for (const c of chunks)
      expect(c.reduce((sum, item) => sum + item.length, 0)).toBeLessThanOrEqual(200_000);
    expect(chunks.flat()).toEqual(large);
  });

  it('lets an item larger than the size go alone, and makes nothing of nothing', () => {
    expect(chunkWithin(['a', 'x'.repeat(50), 'b'], { count: 10, bytes: 20 }, sizeOf)).toEqual([
      ['a'],
      ['x'.repeat(50)],
      ['b'],
    ]);
    expect(chunkWithin([], { count: 10, bytes: 20 }, sizeOf)).toEqual([]);
  });
});
