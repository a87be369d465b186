import { describe, expect, it } from 'vitest';
import { isId, newId } from '../../shared/ids';

describe('newId', () => {
  it('is 24 lowercase hex characters', () => {
    expect(newId()).toMatch(/^[0-9a-f]{24}$/);
    expect(isId(newId())).toBe(true);
  });

  it('starts with the milliseconds of its instant', () => {
    const at = new Date('2030-01-02T03:04:05.678Z');
    expect(Number.parseInt(newId(at).slice(0, 12), 16)).toBe(at.getTime());
  });

  it('sorts in creation order, also within one millisecond', () => {
    const at = new Date('2031-05-17T20:47:51.320Z');
    const ids = Array.from({ length: 1000 }, () => newId(at));
    expect(new Set(ids).size).toBe(1000);
    expect([...ids].sort()).toEqual(ids);
    const later = newId(new Date(at.getTime() + 1));
    expect(later > (ids.at(-1) as string)).toBe(true);
  });

  it('never goes backwards when the clock does', () => {
    const first = newId(new Date('2032-01-01T00:00:01Z'));
    const second = newId(new Date('2032-01-01T00:00:00Z'));
    expect(second > first).toBe(true);
  });

  it('tells ids from other strings', () => {
    for (const bad of [
      '',
      'ABCDEF0123456789abcdef01',
      '0123456789abcdef0123456',
      'g123456789abcdef01234567',
      42,
    ]) {
      expect(isId(bad)).toBe(false);
    }
  });
});
