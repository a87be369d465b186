import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

const LONE = 'Awa \ud83d Koné';
const NUL = 'Awa\u0000Koné';

/** Each route and body with a field to spoil, by its dotted path. */
const FIELDS: [string, string, (bad: string) => Record<string, unknown>][] = [
  ['/v1/sender/create', 'description', (bad) => ({ name: 'Spoiled', description: bad })],
  ['/v1/contact/create', 'firstName', (bad) => ({ phone: '2250700008001', firstName: bad })],
  ['/v1/group/create', 'name', (bad) => ({ name: bad })],
  ['/v1/campaign/create', 'text', (bad) => ({ contacts: [{ phone: '2250700008002' }], text: bad })],
  [
    '/v1/campaign/create',
    'name',
    (bad) => ({ contacts: [{ phone: '2250700008002' }], text: 'a', name: bad }),
  ],
  [
    '/v1/campaign/create',
    'contacts.0.lastName',
    (bad) => ({ contacts: [{ phone: '2250700008003', lastName: bad }], text: 'a' }),
  ],
  ['/v1/opt-out/add', 'reason', (bad) => ({ phones: ['2250700008004'], reason: bad })],
  [
    '/v1/webhook/create',
    'description',
    (bad) => ({ url: 'http://127.0.0.1:9/', events: ['*'], description: bad }),
  ],
  ['/v1/sms/preview', 'text', (bad) => ({ text: bad })],
];

describe('characters that cannot be stored or sent', () => {
  it.each(
    FIELDS.flatMap(([path, field, body]) => [
      [path, field, 'a lone surrogate', body(LONE)],
      [path, field, 'NUL', body(NUL)],
    ]),
  )('%s refuses %s holding %s, naming the field', async (path, field, _what, body) => {
    const answer = await stack.call(path, body);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ success: false, error: 'validation-error' });
    expect(answer.body.details).toEqual([expect.objectContaining({ path: field })]);
  });

  it('refuses a field whose name holds one, and keeps a whole emoji (a surrogate pair) as it is', async () => {
    const raw = '{"text":"a","\\udc00":1}';
    const answer = await stack.post('/v1/sms/preview', raw, { 'x-api-key': stack.demo.apiKey });
    expect(answer).toMatchObject({ status: 400, body: { error: 'validation-error' } });
    expect(answer.body.details[0].path).toBe('\\udc00');
    const emoji = await stack.call('/v1/group/create', { name: 'Clients 🎉' });
    expect(emoji.status).toBe(201);
    expect(emoji.body.data.name).toBe('Clients 🎉');
  });
});

describe('time zones', () => {
  const recurring = (timezone: string) =>
    stack.call('/v1/campaign/create', {
      contacts: [{ phone: '2250700008010' }],
      text: 'Chaque lundi',
      type: 'RECURRING',
      recurring: { monday: '2026-06-08T08:00:00Z' },
      timezone,
    });

  it.each([
    ['europe/paris', 'Europe/Paris'],
    ['AFRICA/ABIDJAN', 'Africa/Abidjan'],
    ['US/Pacific-New', 'America/Los_Angeles'],
    ['utc', 'UTC'],
  ])('stores %s as the canonical %s', async (typed, canonical) => {
    const answer = await recurring(typed);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const details = await stack.call(`/v1/campaign/${answer.body.data.id}`);
    expect(details.body.data.timezone).toBe(canonical);
  });

  it.each(['Mars/Olympus', 'SystemV/AST4', 'localtime', 'Europe/Paris/'])('refuses %s', async (typed) => {
    const answer = await recurring(typed);
    expect(answer.status).toBe(400);
    expect(answer.body.details).toEqual([expect.objectContaining({ path: 'timezone' })]);
  });
});

describe('scheduled dates', () => {
  const scheduled = (scheduledDate: string) =>
    stack.call('/v1/campaign/create', {
      contacts: [{ phone: '2250700008020' }],
      text: 'Plus tard',
      type: 'SCHEDULED',
      scheduledDate,
    });

  it('refuses a date more than 2 years ahead, naming the field', async () => {
    // The test clock reads 2026-06-01T09:00:00Z.
    for (const date of ['9999-12-31T23:45:00Z', '2028-06-01T09:15:00Z']) {
      const answer = await scheduled(date);
      expect(answer.status, date).toBe(400);
      expect(answer.body.details).toEqual([
        { path: 'scheduledDate', message: expect.stringMatching(/at most 2 years ahead/) },
      ]);
    }
    expect((await scheduled('2028-06-01T09:00:00Z')).status).toBe(201);
  });
});
