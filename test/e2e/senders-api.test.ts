import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../shared/accounts/repository';
import { localOnly, startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let apiKey: string;

beforeAll(async () => {
  stack = await startTestStack();
  apiKey = stack.demo.apiKey;
});

afterAll(async () => {
  await stack?.stop();
});

/** Every item the demo account holds: "nothing is written" is checked against it. */
async function accountItems() {
  const result = await stack.db.client.send(
    new QueryCommand({
      TableName: stack.db.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `ACCOUNT#${stack.demo.accountId}` },
    }),
  );
  return result.Items ?? [];
}

describe('POST /v1/sender/create', () => {
  it('creates a PENDING sender and answers in the envelope', async () => {
    const answer = await stack.post('/v1/sender/create', {
      apiKey,
      name: 'MySender',
      description: 'My custom sender ID for marketing campaigns',
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      success: true,
      data: {
        id: expect.stringMatching(/^[0-9a-f]{24}$/),
        name: 'MySender',
        description: 'My custom sender ID for marketing campaigns',
        status: 'PENDING',
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      },
      error: null,
    });
    // Made at the stack's time (which stands still on the local stack, and runs on the rehearsal).
    expect(stack.clock.now().getTime() - Date.parse(answer.body.data.createdAt)).toBeLessThan(5_000);
    expect(answer.headers.get('x-request-id')).toMatch(/.+/);
  });

  it('refuses a name already taken, whatever its case', async () => {
    await stack.post('/v1/sender/create', { apiKey, name: 'Taken', description: 'd' });
    const answer = await stack.post('/v1/sender/create', { apiKey, name: 'TAKEN', description: 'd' });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ success: false, data: null, error: 'sender-name-taken' });
  });

  it('takes the key from a header when the body has none, and the body wins over a header', async () => {
    const byBearer = await stack.post(
      '/v1/sender/create',
      { name: 'ByBearer', description: 'd' },
      { authorization: `Bearer ${apiKey}` },
    );
    expect(byBearer.status).toBe(201);
    const byHeader = await stack.post(
      '/v1/sender/create',
      { name: 'ByHeader', description: 'd' },
      { 'x-api-key': apiKey },
    );
    expect(byHeader.status).toBe(201);
    const bodyWins = await stack.post(
      '/v1/sender/create',
      { apiKey: 'sk_wrong', name: 'BodyWins', description: 'd' },
      { 'x-api-key': apiKey },
    );
    expect(bodyWins.status).toBe(401);
  });
});

describe('POST /v1/sender/list', () => {
  it('lists with pagination fields, sorted as asked', async () => {
    const { account, apiKey: key } = await createAccount(stack.db, {
      name: 'Lister',
      plan: { senderLimit: 10 },
      now: stack.clock.now(),
    });
    for (const name of ['Zulu', 'alpha', 'Mike']) {
      stack.clock.advance(60_000);
      expect((await stack.post('/v1/sender/create', { apiKey: key, name, description: name })).status).toBe(
        201,
      );
    }
    const first = await stack.post('/v1/sender/list', { apiKey: key, count: 2 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      success: true,
      error: null,
      totalCount: 3,
      count: 2,
      page: 1,
      totalPage: 2,
    });
    expect(first.body.data.map((sender: { name: string }) => sender.name)).toEqual(['Mike', 'alpha']);

    const byName = await stack.post('/v1/sender/list', {
      apiKey: key,
      orderBy: 'name',
      sort: 'asc',
      count: 10,
    });
    expect(byName.body.data.map((sender: { name: string }) => sender.name)).toEqual([
      'alpha',
      'Mike',
      'Zulu',
    ]);

    const past = await stack.post('/v1/sender/list', { apiKey: key, page: 9 });
    expect(past.body).toEqual({
      success: true,
      data: [],
      error: null,
      totalCount: 3,
      count: 0,
      page: 9,
      totalPage: 1,
    });
    expect(JSON.stringify(byName.body)).not.toContain(account.id);
  });
});

describe('POST /v1/sender/{id}/campaign', () => {
  it("answers an empty list for one's own sender and not-found for any other", async () => {
    const mine = await stack.post('/v1/sender/create', { apiKey, name: 'Camps', description: 'd' });
    const answer = await stack.post(`/v1/sender/${mine.body.data.id}/campaign`, { apiKey });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      success: true,
      data: [],
      error: null,
      totalCount: 0,
      count: 0,
      page: 1,
      totalPage: 0,
    });

    const other = await createAccount(stack.db, {
      name: 'Other',
      plan: { senderLimit: 1 },
      now: stack.clock.now(),
    });
    const theirs = await stack.post('/v1/sender/create', {
      apiKey: other.apiKey,
      name: 'Theirs',
      description: 'd',
    });
    for (const id of [theirs.body.data.id, '0123456789abcdef01234567', 'MySender']) {
      const notFound = await stack.post(`/v1/sender/${id}/campaign`, { apiKey });
      expect(notFound.status).toBe(404);
      expect(notFound.body).toMatchObject({ success: false, data: null, error: 'sender-not-found' });
    }
  });
});

describe('bad input', () => {
  const create = (body: unknown, headers?: Record<string, string>) =>
    stack.post('/v1/sender/create', body, headers);

  const cases: [string, () => Promise<{ status: number; body: { error: string } }>, number, string][] = [
    ['malformed JSON', () => create('{"apiKey": '), 400, 'invalid-json'],
    ['a JSON array', () => create('[1,2]'), 400, 'invalid-json'],
    ['a JSON string', () => create('"hello"'), 400, 'invalid-json'],
    ['JSON null', () => create('null'), 400, 'invalid-json'],
    ['no API key', () => create({ name: 'NoKey', description: 'd' }), 401, 'invalid-api-key'],
    [
      'a wrong API key',
      () => create({ apiKey: 'sk_nope', name: 'BadKey', description: 'd' }),
      401,
      'invalid-api-key',
    ],
    [
      'an API key that is not a string',
      () => create({ apiKey: { $gt: '' }, name: 'Obj', description: 'd' }),
      401,
      'invalid-api-key',
    ],
    [
      'a name of 2 characters',
      () => create({ apiKey, name: 'ab', description: 'd' }),
      400,
      'validation-error',
    ],
    [
      'a name of 12 characters',
      () => create({ apiKey, name: 'ABCDEFGHIJKL', description: 'd' }),
      400,
      'validation-error',
    ],
    [
      'a name with a space',
      () => create({ apiKey, name: 'My Sender', description: 'd' }),
      400,
      'validation-error',
    ],
    [
      'a name with an accent',
      () => create({ apiKey, name: 'Société', description: 'd' }),
      400,
      'validation-error',
    ],
    [
      'a name with a dash',
      () => create({ apiKey, name: 'My-Sender', description: 'd' }),
      400,
      'validation-error',
    ],
    [
      'a name that is an object',
      () => create({ apiKey, name: { $gt: '' }, description: 'd' }),
      400,
      'validation-error',
    ],
    [
      'a description of 501 characters',
      () => create({ apiKey, name: 'Long', description: 'x'.repeat(501) }),
      400,
      'validation-error',
    ],
    ['a missing description', () => create({ apiKey, name: 'NoDesc' }), 400, 'validation-error'],
    [
      'an unknown field',
      () => create({ apiKey, name: 'Extra', description: 'd', status: 'ACCEPTED' }),
      400,
      'validation-error',
    ],
    ['count: "ten"', () => stack.post('/v1/sender/list', { apiKey, count: 'ten' }), 400, 'validation-error'],
    [
      'an 8 MB body',
      () => create({ apiKey, name: 'Huge', description: 'x'.repeat(8 * 1024 * 1024) }),
      413,
      'payload-too-large',
    ],
    ['an unknown route', () => stack.post('/v1/sender/delete', { apiKey }), 404, 'route-not-found'],
  ];

  it.each(cases)('%s gets its contract error and writes nothing', async (_, send, status, code) => {
    const before = await accountItems();
    const answer = await send();
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({
      success: false,
      data: null,
      error: code,
      requestId: expect.any(String),
    });
    expect(await accountItems()).toEqual(before);
  });

  it('names every bad field in the details', async () => {
    const answer = await create({ apiKey, name: 'a b', description: 'x'.repeat(501), groupIds: [] });
    expect(answer.body.details).toEqual([
      { path: 'name', message: 'must contain only ASCII letters and digits (no space, accent or symbol)' },
      { path: 'description', message: 'must be at most 500 characters' },
      { path: 'groupIds', message: 'is not a known field' },
    ]);
  });

  it('answers a GET on a POST route with 405 and the allowed method', async () => {
    const response = await fetch(`${stack.url}/v1/sender/list`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toMatchObject({ success: false, data: null, error: 'method-not-allowed' });
  });

  it('answers an unknown GET path with route-not-found', async () => {
    const response = await fetch(`${stack.url}/v2/anything`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'route-not-found' });
  });
});

describe('logs', () => {
  localOnly(
    "the lines are the process's own; deployed, each function writes them to CloudWatch",
    'carry one line per request with its request id, and never an API key',
    async () => {
      const answer = await stack.post('/v1/sender/create', { apiKey, name: 'Logged', description: 'd' });
      await stack.post('/v1/sender/list', {}, { authorization: `Bearer ${apiKey}` });
      await stack.post('/v1/sender/list', { apiKey: 'sk_a_wrong_key_that_is_long_enough_to_look_real' });
      const requestId = answer.headers.get('x-request-id');
      const line = stack.logs
        .map((entry) => JSON.parse(entry))
        .find((entry) => entry.requestId === requestId);
      expect(line).toMatchObject({
        level: 'info',
        message: 'request',
        status: 201,
        path: '/v1/sender/create',
      });
      expect(stack.logs.length).toBeGreaterThan(3);
      for (const entry of stack.logs) {
        expect(entry).not.toContain(apiKey);
        expect(entry).not.toContain('sk_a_wrong_key');
      }
    },
  );
});

describe('GET /health', () => {
  it('says the stack is up', async () => {
    const response = await fetch(`${stack.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ success: true, data: { status: 'ok' }, error: null });
  });
});
