import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { accountCounter, createAccount } from '../../shared/accounts/repository';
import { ManualClock } from '../../shared/clock';
import { createContact } from '../../shared/contacts/repository';
import type { Db } from '../../shared/db/client';
import { createGroup } from '../../shared/groups/repository';
import { fingerprintOf, idempotent } from '../../shared/http/idempotency';
import { createSender } from '../../shared/senders/repository';
import { createWebhook, requireWebhook, rotateSecret } from '../../shared/webhooks/repository';
import { createTestDb } from '../support/db';

let db: Db;
const clock = new ManualClock('2026-03-01T10:00:00.000Z');

beforeAll(async () => {
  db = await createTestDb();
});

const answer = (body: string): APIGatewayProxyStructuredResultV2 => ({ statusCode: 201, body });

describe('an Idempotency-Key whose first request is still running', () => {
  it('refuses the same request with 409 request-in-progress, then replays the first answer once it is done', async () => {
    const context = {
      db,
      clock,
      accountId: 'a1',
      key: 'order-42',
      fingerprint: fingerprintOf('/v1/campaign/create', { text: 'x' }),
      remainingMs: 29_000,
    };
    let finish: (result: APIGatewayProxyStructuredResultV2) => void = () => {};
    let started: () => void = () => {};
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    const first = idempotent(context, () => {
      started();
      return new Promise((resolve) => {
        finish = resolve;
      });
    });
    await running;

    let ranAgain = false;
    const second = idempotent(context, async () => {
      ranAgain = true;
      return answer('second');
    });
    // The holder answers in about a second: the duplicate comes back soon, not in the holder's 29 s.
    await expect(second).rejects.toMatchObject({
      code: 'request-in-progress',
      status: 409,
      headers: { 'retry-after': '1' },
    });
    clock.advance(6_000);
    await expect(idempotent(context, async () => answer('third'))).rejects.toMatchObject({
      code: 'request-in-progress',
      headers: { 'retry-after': '2' },
    });

    finish(answer('first'));
    expect((await first).body).toBe('first');
    const replayed = await idempotent(context, async () => {
      ranAgain = true;
      return answer('third');
    });
    expect(replayed).toMatchObject({ statusCode: 201, body: 'first' });
    expect(replayed.headers).toMatchObject({ 'idempotent-replayed': 'true' });
    expect(ranAgain).toBe(false);
  });
});

describe('an Idempotency-Key whose request was killed (time-out, out of memory, a lost instance)', () => {
  it('stays held while the killed attempt could still run, then a retry takes it over with the same operation id', async () => {
    const killedAt = new ManualClock('2026-03-02T10:00:00.000Z');
    const context = {
      db,
      clock: killedAt,
      accountId: 'a1',
      key: 'killed-7',
      fingerprint: fingerprintOf('/v1/campaign/create', { text: 'y' }),
      remainingMs: 29_000,
    };
    const operations: string[] = [];
    // The first attempt never ends and never cleans up, as a killed function would.
    void idempotent(context, (attempt) => {
      operations.push(attempt?.operationId ?? 'none');
      return new Promise(() => {});
    });
    await vi.waitFor(() => expect(operations).toHaveLength(1));

    killedAt.advance(29_000);
    let ran = 0;
    const tooSoon = idempotent(context, async () => {
      ran++;
      return answer('too soon');
    });
    await expect(tooSoon).rejects.toMatchObject({
      code: 'request-in-progress',
      status: 409,
      headers: { 'retry-after': '1' },
    });
    expect(ran).toBe(0);

    killedAt.advance(1);
    const retried = await idempotent(context, async (attempt) => {
      operations.push(attempt?.operationId ?? 'none');
      return answer('retried');
    });
    expect(retried.body).toBe('retried');
    expect(operations[1]).toBe(operations[0]);
    expect(operations[0]).toMatch(/^[0-9a-f]{24}$/);

    const replayed = await idempotent(context, async () => answer('again'));
    expect(replayed).toMatchObject({ body: 'retried', headers: { 'idempotent-replayed': 'true' } });
  });

  it('lets one of simultaneous retries take the key over; the others are refused or replay its answer', async () => {
    const clock = new ManualClock('2026-03-03T10:00:00.000Z');
    const context = {
      db,
      clock,
      accountId: 'a1',
      key: 'killed-8',
      fingerprint: fingerprintOf('/v1/campaign/create', { text: 'z' }),
      remainingMs: 10_000,
    };
    let started = false;
    void idempotent(context, () => {
      started = true;
      return new Promise(() => {});
    });
    await vi.waitFor(() => expect(started).toBe(true));
    clock.advance(10_001);

    let runs = 0;
    const retry = () =>
      idempotent(context, async () => {
        runs++;
        return answer('taken over');
      });
    const outcomes = await Promise.allSettled([retry(), retry(), retry()]);
    expect(runs).toBe(1);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected')
        expect(outcome.reason).toMatchObject({ code: 'request-in-progress' });
      else expect(outcome.value.body).toBe('taken over');
    }
  });

  it('gives a new key a fresh operation id, and a request without a key none', async () => {
    const clock = new ManualClock('2026-03-04T10:00:00.000Z');
    const base = { db, clock, accountId: 'a1', fingerprint: 'f', remainingMs: 1000 };
    const seen: (string | undefined)[] = [];
    for (const key of ['fresh-1', 'fresh-2', undefined]) {
      await idempotent({ ...base, key }, async (attempt) => {
        seen.push(attempt?.operationId);
        return answer('ok');
      });
    }
    expect(seen[0]).not.toBe(seen[1]);
    expect(seen[2]).toBeUndefined();
  });
});

describe('a create killed after it saved, retried with the same Idempotency-Key', () => {
  /** Runs `save` as a killed first attempt would (it never answers), then as the retry that takes the key over. */
  async function killedThenRetried<T>(key: string, save: (operationId: string | undefined) => Promise<T>) {
    const clock = new ManualClock('2026-03-05T10:00:00.000Z');
    const context = { db, clock, accountId: 'a-killed', key, fingerprint: key, remainingMs: 10_000 };
    let first: T | undefined;
    void idempotent(context, async (attempt) => {
      first = await save(attempt?.operationId);
      return new Promise(() => {});
    });
    await vi.waitFor(() => expect(first).toBeDefined());
    clock.advance(10_001);
    let retried: T | undefined;
    await idempotent(context, async (attempt) => {
      retried = await save(attempt?.operationId);
      return answer('ok');
    });
    return { first: first as T, retried: retried as T };
  }

  const at = new Date('2026-03-05T10:00:00Z');

  it('answers the group the first attempt saved, and saves no second one', async () => {
    const { first, retried } = await killedThenRetried('group-once', (operationId) =>
      createGroup(db, 'a-killed', { name: 'Clients' }, new Date('2026-03-05T10:00:00Z'), operationId),
    );
    expect(retried).toEqual(first);
    expect(await accountCounter(db, 'a-killed', 'groupCount')).toBe(1);
  });

  it('answers the contact the first attempt saved, where another request for that phone is refused', async () => {
    const { first, retried } = await killedThenRetried('contact-once', (operationId) =>
      createContact(db, 'a-killed', { phone: '2250700004242', firstName: 'Awa' }, at, operationId),
    );
    expect(retried).toEqual(first);
    await expect(
      createContact(db, 'a-killed', { phone: '2250700004242' }, at, 'another-operation'),
    ).rejects.toMatchObject({ code: 'contact-phone-taken' });
    await expect(createContact(db, 'a-killed', { phone: '2250700004242' }, at)).rejects.toMatchObject({
      code: 'contact-phone-taken',
    });
  });

  it('answers the sender the first attempt saved, never sender-name-taken for its own retry', async () => {
    const { account } = await createAccount(db, { name: 'S', plan: { senderLimit: 2 }, now: at });
    const { first, retried } = await killedThenRetried('sender-once', (operationId) =>
      createSender(db, {
        accountId: account.id,
        name: 'Retried',
        description: 'made once',
        now: at,
        ...(operationId ? { id: operationId } : {}),
      }),
    );
    expect(retried).toEqual(first);
    expect(await accountCounter(db, account.id, 'senderCount')).toBe(1);
  });

  it('answers the webhook endpoint and the secret the first attempt saved, and counts one endpoint', async () => {
    const { account } = await createAccount(db, { name: 'W', plan: { senderLimit: 1 }, now: at });
    const input = { url: 'https://hooks.example.com/', events: ['*' as const], description: '' };
    const { first, retried } = await killedThenRetried('webhook-once', (operationId) =>
      createWebhook(db, account.id, input, at, operationId),
    );
    expect(retried.secret).toBe(first.secret);
    expect(retried.webhook.id).toBe(first.webhook.id);
    expect(await accountCounter(db, account.id, 'webhookCount')).toBe(1);
  });

  it('rotates a secret once: the secret before it keeps signing beside the new one', async () => {
    const { account } = await createAccount(db, { name: 'R', plan: { senderLimit: 1 }, now: at });
    const input = { url: 'https://hooks.example.com/', events: ['*' as const], description: '' };
    const made = await createWebhook(db, account.id, input, at);
    const { first, retried } = await killedThenRetried('rotate-once', async (operationId) =>
      rotateSecret(db, await requireWebhook(db, account.id, made.webhook.id), at, operationId),
    );
    expect(retried.secret).toBe(first.secret);
    const stored = await requireWebhook(db, account.id, made.webhook.id);
    expect(stored.secrets.map((entry) => entry.secret)).toEqual([first.secret, made.secret]);
  });
});
