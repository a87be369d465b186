import { createHash, randomBytes } from 'node:crypto';

/** A new API key: `sk_` then 32 random bytes in base64url (256 bits of entropy). Shown once, never stored. */
export const generateApiKey = (): string => `sk_${randomBytes(32).toString('base64url')}`;

/** What the table keeps instead of the key. */
export const hashApiKey = (apiKey: string): string =>
  createHash('sha256').update(apiKey, 'utf8').digest('hex');

/** The first characters of a key, enough for a person to tell keys apart, not to use one. */
export const apiKeyPreview = (apiKey: string): string => `${apiKey.slice(0, 7)}…`;
