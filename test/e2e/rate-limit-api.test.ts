import { afterAll, beforeAll, describe, expect } from 'vitest';
import { createAccount, issueApiKey, setRequestsPerSecond } from '../../shared/accounts/repository';
import { localOnly, startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ requestsPerSecondPerKey: 3 });
});

afterAll(async () => {
  await stack?.stop();
});

describe('requests per second and per API key', () => {
  localOnly(
    'requests are counted per second of the clock, which stands still only on the local stack (test/rehearsal checks a 429 with a limit no second can straddle)',
    'answers 429 rate-limited in the envelope past the limit, per key, and again the next second',
    async () => {
      const apiKey = stack.demo.apiKey;
      const list = (key: string) => stack.post('/v1/sender/list', {}, { 'x-api-key': key });

      const allowed = [await list(apiKey), await list(apiKey), await list(apiKey)];
      expect(allowed.map((answer) => answer.status)).toEqual([200, 200, 200]);
      expect(allowed.map((answer) => answer.headers.get('x-ratelimit-remaining'))).toEqual(['2', '1', '0']);
      expect(allowed[0]?.headers.get('x-ratelimit-limit')).toBe('3');

      const refused = await list(apiKey);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(refused.body).toEqual({
        success: false,
        data: null,
        error: 'rate-limited',
        message: 'This API key made more than 3 requests in one second. Retry in a second.',
        requestId: expect.any(String),
      });

      // Another key of the same account has its own allowance; unknown keys are not counted against any.
      const other = await issueApiKey(stack.db, { accountId: stack.demo.accountId, now: stack.clock.now() });
      expect((await list(other.apiKey)).status).toBe(200);
      expect((await list('sk_unknown')).status).toBe(401);

      stack.clock.advance(1000);
      expect((await list(apiKey)).status).toBe(200);
    },
  );

  localOnly(
    'requests are counted per second of the clock, which stands still only on the local stack (test/rehearsal checks a 429 with a limit no second can straddle)',
    "uses the account's own allowance when its plan has one",
    async () => {
      const { account, apiKey } = await createAccount(stack.db, {
        name: 'Slow lane',
        plan: { senderLimit: 1, requestsPerSecond: 1 },
        now: stack.clock.now(),
      });
      const first = await stack.post('/v1/sender/list', { apiKey });
      expect(first.headers.get('x-ratelimit-limit')).toBe('1');
      expect((await stack.post('/v1/sender/list', { apiKey })).body.error).toBe('rate-limited');

      await setRequestsPerSecond(stack.db, account.id, undefined);
      stack.clock.advance(1000);
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await stack.post('/v1/sender/list', { apiKey })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    },
  );
});
