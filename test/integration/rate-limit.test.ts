import { beforeAll, describe, expect, it } from 'vitest';
import { takeRequest } from '../../shared/accounts/rate-limit';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { AppError } from '../../shared/errors';
import { createTestDb } from '../support/db';

let db: Db;

beforeAll(async () => {
  db = await createTestDb();
});

/** The table, but the first `count` writes all get their answers only once every one of them is done. */
function answeringTogether(real: Db, count: number): Db {
  let waiting = 0;
  let done = 0;
  let releaseAll: () => void = () => {};
  const allDone = new Promise<void>((release) => {
    releaseAll = release;
  });
  const send = async (command: unknown) => {
    if (waiting >= count) return real.client.send(command as never);
    waiting++;
    const outcome = await Promise.allSettled([real.client.send(command as never)]);
    if (++done === count) releaseAll();
    await allDone;
    const [settled] = outcome;
    if (settled?.status === 'rejected') throw settled.reason;
    return settled?.value;
  };
  return { ...real, client: { send } as unknown as Db['client'] };
}

describe('the request allowance of an API key', () => {
  it('lets `limit` requests through in one second, refuses the next, and starts again the next second', async () => {
    const clock = new ManualClock('2026-05-01T10:00:00.000Z');
    const take = () => takeRequest(db, { accountId: 'a1', keyId: 'k1', now: clock.now(), limit: 3 });

    expect(await take()).toEqual({ limit: 3, remaining: 2 });
    clock.advance(400);
    expect(await take()).toEqual({ limit: 3, remaining: 1 });
    clock.advance(599);
    expect(await take()).toEqual({ limit: 3, remaining: 0 });
    const refused = take();
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({
      code: 'rate-limited',
      headers: { 'retry-after': '1', 'x-ratelimit-limit': '3', 'x-ratelimit-remaining': '0' },
    });

    clock.advance(1);
    expect(await take()).toEqual({ limit: 3, remaining: 2 });
  });

  it('counts each key on its own', async () => {
    const now = new Date('2026-05-01T11:00:00.000Z');
    await takeRequest(db, { accountId: 'a2', keyId: 'k1', now, limit: 1 });
    await expect(takeRequest(db, { accountId: 'a2', keyId: 'k1', now, limit: 1 })).rejects.toThrow(AppError);
    expect(await takeRequest(db, { accountId: 'a2', keyId: 'k2', now, limit: 1 })).toEqual({
      limit: 1,
      remaining: 0,
    });
    expect(await takeRequest(db, { accountId: 'a3', keyId: 'k1', now, limit: 1 })).toEqual({
      limit: 1,
      remaining: 0,
    });
  });

  it('lets exactly `limit` of many simultaneous requests through, when all of them find the second not started', async () => {
    const now = new Date('2026-05-01T12:00:00.000Z');
    const requests = 30;
    const together = answeringTogether(db, requests);
    const outcomes = await Promise.allSettled(
      Array.from({ length: requests }, () =>
        takeRequest(together, { accountId: 'a4', keyId: 'k1', now, limit: 10 }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(10);
  });

  it('counts a request from an instance whose clock is a little behind in the newer second', async () => {
    const ahead = new Date('2026-05-01T13:00:01.000Z');
    const behind = new Date('2026-05-01T13:00:00.999Z');
    await takeRequest(db, { accountId: 'a5', keyId: 'k1', now: ahead, limit: 2 });
    expect(await takeRequest(db, { accountId: 'a5', keyId: 'k1', now: behind, limit: 2 })).toEqual({
      limit: 2,
      remaining: 0,
    });
    await expect(takeRequest(db, { accountId: 'a5', keyId: 'k1', now: behind, limit: 2 })).rejects.toThrow(
      AppError,
    );
  });
});
