/** An API key as the API answers it: never the key itself, but in the create's answer. */
import type { ApiKeyRecord } from './account';

export const keyView = (record: ApiKeyRecord) => ({
  id: record.keyId,
  /** Keys made before names existed (an account's first key, an operator's) have none. */
  name: record.name ?? null,
  role: record.role,
  preview: record.preview,
  createdAt: record.createdAt,
  ...(record.lastUsedAt ? { lastUsedAt: record.lastUsedAt } : {}),
  ...(record.revokedAt ? { revokedAt: record.revokedAt } : {}),
});

export const createdKeyView = (record: ApiKeyRecord, apiKey: string) => ({ ...keyView(record), key: apiKey });
