import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../shared/accounts/api-keys';
import {
  authenticate,
  createAccount,
  issueApiKey,
  listApiKeys,
  revokeApiKey,
} from '../../shared/accounts/repository';
import type { Db } from '../../shared/db/client';
import { OperatorError } from '../../shared/errors';
import { createTestDb } from '../support/db';

let db: Db;
const now = new Date('2026-01-05T10:00:00.000Z');

beforeAll(async () => {
  db = await createTestDb();
});

describe('accounts and API keys', () => {
  it('issue a random key of at least 32 bytes that opens its own account', async () => {
    const { account, apiKey } = await createAccount(db, { name: 'Acme', plan: { senderLimit: 3 }, now });
    expect(apiKey).toMatch(/^sk_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(apiKey.slice(3), 'base64url')).toHaveLength(32);
    expect(await authenticate(db, apiKey)).toEqual({
      account: { id: account.id, name: 'Acme', plan: { senderLimit: 3 }, createdAt: now.toISOString() },
      key: {
        keyId: expect.stringMatching(/^[0-9a-f]{24}$/),
        accountId: account.id,
        role: 'owner',
        preview: `${apiKey.slice(0, 7)}…`,
        createdAt: now.toISOString(),
      },
    });
    const other = await createAccount(db, { name: 'Other', plan: { senderLimit: 3 }, now });
    expect(other.apiKey).not.toBe(apiKey);
    expect((await authenticate(db, other.apiKey))?.account.id).toBe(other.account.id);
  });

  it('store only the hash of a key, under the account', async () => {
    const { account, apiKey } = await createAccount(db, { name: 'Hashed', plan: { senderLimit: 1 }, now });
    const items = (await db.client.send(new ScanCommand({ TableName: db.tableName }))).Items ?? [];
    expect(JSON.stringify(items)).not.toContain(apiKey);
    expect(JSON.stringify(items)).toContain(hashApiKey(apiKey));
    for (const item of items.filter((item) => item.accountId === account.id || item.id === account.id)) {
      expect(item.pk).toBe(`ACCOUNT#${account.id}`);
    }
  });

  it('refuse an unknown key, and a revoked one at once', async () => {
    const { account, apiKey, keyId } = await createAccount(db, {
      name: 'Rev',
      plan: { senderLimit: 1 },
      now,
    });
    const second = await issueApiKey(db, { accountId: account.id, now });
    expect(await authenticate(db, 'sk_unknown')).toBeUndefined();
    await revokeApiKey(db, { accountId: account.id, keyId, now });
    expect(await authenticate(db, apiKey)).toBeUndefined();
    expect((await authenticate(db, second.apiKey))?.account.id).toBe(account.id);
    const keys = await listApiKeys(db, account.id);
    expect(keys.map((key) => [key.keyId, Boolean(key.revokedAt)])).toEqual([
      [keyId, true],
      [second.keyId, false],
    ]);
    expect(JSON.stringify(keys)).not.toContain(second.apiKey);
  });

  it('refuse to revoke twice, or a key of another account', async () => {
    const a = await createAccount(db, { name: 'A', plan: { senderLimit: 1 }, now });
    const b = await createAccount(db, { name: 'B', plan: { senderLimit: 1 }, now });
    await expect(revokeApiKey(db, { accountId: b.account.id, keyId: a.keyId, now })).rejects.toThrow(
      OperatorError,
    );
    await revokeApiKey(db, { accountId: a.account.id, keyId: a.keyId, now });
    await expect(revokeApiKey(db, { accountId: a.account.id, keyId: a.keyId, now })).rejects.toThrow(
      OperatorError,
    );
  });

  it('issue keys only for an account that exists', async () => {
    await expect(issueApiKey(db, { accountId: '0123456789abcdef01234567', now })).rejects.toThrow(
      OperatorError,
    );
  });
});
