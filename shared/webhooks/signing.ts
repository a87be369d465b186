/**
 * Standard Webhooks signing (https://www.standardwebhooks.com), with its maintained package: a
 * receiver using it verifies our requests unchanged. While a secret is being rotated out, both sign:
 * `webhook-signature` holds both, space-separated, as the standard allows.
 */
import { randomBytes } from 'node:crypto';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import type { SigningSecret } from './webhook';

/** `whsec_` and 32 random bytes in base64, the form the standard's libraries take. */
export const generateSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

/** The secrets that sign at `now`: the current one, and one rotated out less than a day ago. */
export const signingSecrets = (secrets: readonly SigningSecret[], now: Date): string[] =>
  secrets
    .filter((entry) => !entry.until || Date.parse(entry.until) > now.getTime())
    .map((entry) => entry.secret);

export function signatureHeaders(
  message: { id: string; body: string },
  secrets: readonly string[],
  at: Date,
): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  // The standard signs whole seconds.
  const timestamp = new Date(Math.floor(at.getTime() / 1000) * 1000);
  return {
    'webhook-id': message.id,
    'webhook-timestamp': String(timestamp.getTime() / 1000),
    'webhook-signature': secrets
      .map((secret) => new StandardWebhook(secret).sign(message.id, timestamp, message.body))
      .join(' '),
  };
}
