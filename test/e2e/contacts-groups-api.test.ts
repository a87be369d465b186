import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../functions/api/routes';
import { createAccount } from '../../shared/accounts/repository';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let apiKey: string;
let otherKey: string;

beforeAll(async () => {
  stack = await startTestStack();
  apiKey = stack.demo.apiKey;
  otherKey = (
    await createAccount(stack.db, { name: 'Other', plan: { senderLimit: 1 }, now: stack.clock.now() })
  ).apiKey;
});

afterAll(async () => {
  await stack?.stop();
});

const call: TestStack['call'] = (...args) => stack.call(...args);

describe('contacts', () => {
  it('creates a contact with a normalised phone, once per phone', async () => {
    const created = await call('/v1/contact/create', {
      phone: '+225 07 00 00 00 01',
      firstName: 'Awa',
      lastName: 'Koné',
      sex: 'F',
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      phone: '2250700000001',
      firstName: 'Awa',
      lastName: 'Koné',
      sex: 'F',
      createdAt: expect.any(String),
      optedOut: false,
    });
    const again = await call('/v1/contact/create', { phone: '2250700000001' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'contact-phone-taken' });
    expect(again.body.message).toContain(created.body.data.id);

    const fetched = await call(`/v1/contact/${created.body.data.id}`);
    expect(fetched.body.data).toEqual(created.body.data);
    expect((await call(`/v1/contact/${created.body.data.id}`, {}, otherKey)).status).toBe(404);
  });

  it('lists newest first, and finds by phone prefix or by the start of the name, ignoring accents', async () => {
    for (const [phone, name] of [
      ['2250700000011', 'Mamadou Diallo'],
      ['2210700000012', 'Aïcha Traoré'],
      ['2250700000013', 'Aminata Sow'],
    ]) {
      stack.clock.advance(1000);
      expect((await call('/v1/contact/create', { phone, name })).status).toBe(201);
    }
    const all = await call('/v1/contact/list', { count: 2 });
    expect(all.body).toMatchObject({ totalCount: 4, count: 2, page: 1, totalPage: 2 });
    expect(all.body.data.map((c: { name?: string }) => c.name)).toEqual(['Aminata Sow', 'Aïcha Traoré']);

    const byPhone = await call('/v1/contact/list', { phone: '+221 07' });
    expect(byPhone.body.data.map((c: { phone: string }) => c.phone)).toEqual(['2210700000012']);
    const byName = await call('/v1/contact/list', { search: 'AICHA tra' });
    expect(byName.body.data.map((c: { name?: string }) => c.name)).toEqual(['Aïcha Traoré']);
    const byPrefix = await call('/v1/contact/list', { search: 'am' });
    expect(byPrefix.body).toMatchObject({ totalCount: 1 });
    expect((await call('/v1/contact/list', {}, otherKey)).body.totalCount).toBe(0);
  });

  it.each([
    [{ phone: '0707070707' }, 'phone'],
    [{ phone: '+225 01 01' }, 'phone'],
    [{ phone: '2250101010101', sex: 'X' }, 'sex'],
    [{ phone: '2250101010101', prenom: 'Awa' }, 'prenom'],
    [{}, 'phone'],
  ])('refuses %j', async (body, path) => {
    const answer = await call('/v1/contact/create', body);
    expect(answer.status).toBe(400);
    expect(answer.body.details.map((detail: { path: string }) => detail.path)).toContain(path);
  });
});

describe('groups', () => {
  it('adds saved and new contacts, counts members exactly, and removes them', async () => {
    const group = (await call('/v1/group/create', { name: 'Clients VIP', description: 'Abidjan' })).body.data;
    expect(group).toMatchObject({ name: 'Clients VIP', description: 'Abidjan', memberCount: 0 });
    const saved = (await call('/v1/contact/create', { phone: '2250700000021', name: 'Yao Kouadio' })).body
      .data;

    const added = await call(`/v1/group/${group.id}/add`, {
      contacts: [{ phone: '+225 07 00 00 00 22', firstName: 'Moussa' }, { phone: '2250700000022' }],
      contactIds: [saved.id],
    });
    expect(added.status).toBe(200);
    expect(added.body.data).toMatchObject({
      added: 2,
      alreadyMembers: 0,
      contactsCreated: 1,
      group: { memberCount: 2 },
    });

    const again = await call(`/v1/group/${group.id}/add`, { contactIds: [saved.id] });
    expect(again.body.data).toMatchObject({ added: 0, alreadyMembers: 1, group: { memberCount: 2 } });

    const details = await call(`/v1/group/${group.id}`, { count: 1 });
    expect(details.body.data).toMatchObject({
      memberCount: 2,
      membersPage: { totalCount: 2, count: 1, totalPage: 2 },
    });

    const removed = await call(`/v1/group/${group.id}/remove`, { contactIds: [saved.id, saved.id] });
    expect(removed.body.data).toMatchObject({ removed: 1, notMembers: 0, group: { memberCount: 1 } });

    const listed = await call('/v1/group/list');
    expect(listed.body.data.map((g: { id: string }) => g.id)).toContain(group.id);
  });

  it("treats another account's group and contacts as not found", async () => {
    const group = (await call('/v1/group/create', { name: 'Mine' })).body.data;
    const theirContact = (await call('/v1/contact/create', { phone: '2250700000031' }, otherKey)).body.data;
    for (const [path, body] of [
      [`/v1/group/${group.id}`, {}],
      [`/v1/group/${group.id}/add`, { contactIds: [theirContact.id] }],
      [`/v1/group/${group.id}/remove`, { contactIds: [theirContact.id] }],
    ] as const) {
      const answer = await call(path, body, otherKey);
      expect(answer.status).toBe(404);
      expect(answer.body.error).toBe('group-not-found');
    }
    const adding = await call(`/v1/group/${group.id}/add`, { contactIds: [theirContact.id] });
    expect(adding.status).toBe(404);
    expect(adding.body).toMatchObject({ error: 'contact-not-found', details: [{ path: 'contactIds.0' }] });
  });

  it('refuses an add with nothing to add', async () => {
    const group = (await call('/v1/group/create', { name: 'Empty' })).body.data;
    const answer = await call(`/v1/group/${group.id}/add`, {});
    expect(answer.status).toBe(400);
    expect(answer.body.details[0].path).toBe('contacts');
  });

  it('answers the same group to a retried create with the same Idempotency-Key', async () => {
    const first = await call('/v1/group/create', { name: 'Retry' }, apiKey, {
      'idempotency-key': 'group-retry-1',
    });
    const second = await call('/v1/group/create', { name: 'Retry' }, apiKey, {
      'idempotency-key': 'group-retry-1',
    });
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body).toEqual(first.body);
    const other = await call('/v1/group/create', { name: 'Other' }, apiKey, {
      'idempotency-key': 'group-retry-1',
    });
    expect(other.status).toBe(409);
    expect(other.body.error).toBe('idempotency-key-reused');
  });
});

describe('a path id', () => {
  const routesWithId = API_ROUTES.filter((route) => route.path.includes('{id}'));
  const entityOf = (path: string) => /^\/v1\/(\w+)\//.exec(path)?.[1];
  // A body each route accepts, so that only the id is wrong.
  const bodyOf = (path: string) =>
    path.startsWith('/v1/member/')
      ? path.endsWith('/update')
        ? { role: 'viewer' }
        : {}
      : path.endsWith('/add') || path.endsWith('/remove')
        ? { contactIds: ['0123456789abcdef01234567'] }
        : {};

  it.each(routesWithId.map((route) => [route.path]))(
    '%s: a malformed one names nothing in the account (404), like an unknown one',
    async (path) => {
      for (const id of ['not-an-id', '0123456789abcdef01234567', "'; DROP", '..%2F..%2Fetc']) {
        const answer = await call(path.replace('{id}', id), bodyOf(path));
        expect({ id, status: answer.status, error: answer.body.error }).toEqual({
          id,
          status: 404,
          error: `${entityOf(path)}-not-found`,
        });
      }
    },
  );
});
