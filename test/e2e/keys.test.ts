import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmsApiError, SmsClient } from '../../sdk/src/index';
import { createAccount, issueApiKey } from '../../shared/accounts/repository';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

/** A new account, and a key of `role` in it. */
async function accountWithKey(role: 'viewer' | 'editor' | 'admin' | 'owner') {
  const { account, apiKey: ownerKey } = await createAccount(stack.db, {
    name: 'Keys',
    plan: { senderLimit: 5 },
    now: stack.clock.now(),
  });
  const { apiKey } = await issueApiKey(stack.db, {
    accountId: account.id,
    now: stack.clock.now(),
    role,
    name: role,
  });
  return { accountId: account.id, apiKey, ownerKey };
}

describe('API keys, named and with a role', () => {
  it('makes a key shown once, that acts with its role, listed with its last use and never the key', async () => {
    const { apiKey: admin } = await accountWithKey('admin');
    const made = await stack.call('/v1/key/create', { name: ' Intégration CRM ', role: 'editor' }, admin);
    expect(made.status).toBe(201);
    expect(made.body.data).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      name: 'Intégration CRM',
      role: 'editor',
      preview: `${made.body.data.key.slice(0, 7)}…`,
      // The rehearsal's clock runs on between the call and this line: an instant, not the test's own.
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      key: expect.stringMatching(/^sk_[A-Za-z0-9_-]{43}$/),
    });
    const editor = made.body.data.key;
    expect((await stack.call('/v1/contact/create', { phone: '2250700007001' }, editor)).status).toBe(201);
    const refused = await stack.call('/v1/key/list', {}, editor);
    expect([refused.status, refused.body.error, refused.body.details]).toEqual([
      403,
      'forbidden',
      { needed: 'admin', held: 'editor' },
    ]);

    const listed = await stack.call('/v1/key/list', {}, admin);
    expect(listed.body.totalCount).toBe(3);
    expect(listed.body.data[0]).toEqual({
      id: made.body.data.id,
      name: 'Intégration CRM',
      role: 'editor',
      preview: made.body.data.preview,
      createdAt: made.body.data.createdAt,
      // To the second: the key's request counter keeps the second it last counted.
      lastUsedAt: expect.stringMatching(/:\d\d\.000Z$/),
    });
    expect(JSON.stringify(listed.body)).not.toContain(editor);
    // The account's first key, made with it, has no name and is the owner's.
    expect(listed.body.data[2]).toMatchObject({ name: null, role: 'owner' });
  });

  it('makes and revokes nothing above the caller’s own role', async () => {
    const { accountId, apiKey: admin } = await accountWithKey('admin');
    const owner = await stack.call('/v1/key/create', { name: 'Trop', role: 'owner' }, admin);
    expect([owner.status, owner.body.error, owner.body.message]).toEqual([
      403,
      'forbidden',
      'The admin role cannot make a key with the owner role.',
    ]);
    const [, ownerKey] = (await stack.call('/v1/key/list', {}, admin)).body.data;
    expect(ownerKey.role).toBe('owner');
    expect((await stack.call(`/v1/key/${ownerKey.id}/revoke`, {}, admin)).body.error).toBe('forbidden');
    const viewer = await issueApiKey(stack.db, { accountId, now: stack.clock.now(), role: 'viewer' });
    expect((await stack.call(`/v1/key/${viewer.keyId}/revoke`, {}, admin)).status).toBe(200);
  });

  it('revokes at once: the next request is refused, and revoking again answers the same', async () => {
    const { apiKey: admin } = await accountWithKey('admin');
    const made = (await stack.call('/v1/key/create', { name: 'Éphémère', role: 'viewer' }, admin)).body.data;
    expect((await stack.call('/v1/contact/list', {}, made.key)).status).toBe(200);
    const revoked = await stack.call(`/v1/key/${made.id}/revoke`, {}, admin);
    expect(revoked.body.data).toMatchObject({ id: made.id, revokedAt: expect.stringMatching(/Z$/) });
    expect(revoked.body.data.key).toBeUndefined();
    const after = await stack.call('/v1/contact/list', {}, made.key);
    expect([after.status, after.body.error]).toEqual([401, 'invalid-api-key']);
    expect((await stack.call(`/v1/key/${made.id}/revoke`, {}, admin)).body.data).toEqual(revoked.body.data);
  });

  it('answers 404 for an unknown key and for another account’s', async () => {
    const { apiKey: admin } = await accountWithKey('admin');
    const other = await accountWithKey('viewer');
    const theirs = (await stack.call('/v1/key/list', {}, (await accountWithKey('admin')).apiKey)).body.data[0]
      .id;
    for (const id of ['0123456789abcdef01234567', theirs, 'nope']) {
      const answer = await stack.call(`/v1/key/${id}/revoke`, {}, admin);
      expect([answer.status, answer.body.error]).toEqual([404, 'key-not-found']);
    }
    // The other account's keys still work.
    expect((await stack.call('/v1/contact/list', {}, other.apiKey)).status).toBe(200);
  });

  it('refuses a key without a name, or with a role that does not exist', async () => {
    const { apiKey: admin } = await accountWithKey('admin');
    const answer = await stack.call('/v1/key/create', { name: '  ', role: 'superuser', extra: 1 }, admin);
    expect(answer.status).toBe(400);
    expect(answer.body.details.map((detail: { path: string }) => detail.path).sort()).toEqual([
      'extra',
      'name',
      'role',
    ]);
  });

  it('is managed from the SDK', async () => {
    const { apiKey: admin } = await accountWithKey('admin');
    const sms = new SmsClient({ apiKey: admin, baseUrl: stack.url });
    const made = await sms.keys.create({ name: 'SDK', role: 'viewer' });
    expect(made.key).toMatch(/^sk_/);
    expect((await sms.keys.list()).data.map((key) => key.name)).toContain('SDK');
    expect((await sms.keys.revoke(made.id)).revokedAt).toBeDefined();
    const viewer = new SmsClient({ apiKey: (await accountWithKey('viewer')).apiKey, baseUrl: stack.url });
    const error = await viewer.keys.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsApiError);
    expect((error as SmsApiError).code).toBe('forbidden');
  });
});
