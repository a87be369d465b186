import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { fingerprintOf, idempotent } from '../../shared/http/idempotency';
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
    await expect(second).rejects.toMatchObject({ code: 'request-in-progress', status: 409 });

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
