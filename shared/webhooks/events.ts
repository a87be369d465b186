/**
 * Events as endpoints receive them: `{ type, timestamp, data }`, delivered under a stable id (the
 * `webhook-id` header, the same on every retry). An event raised twice for the same fact (a report
 * redelivered, a chunk retried) gets the same id, so a receiver that keeps ids sees it once.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { WebhookEvent } from '../ports';

/** `evt_` and 32 hex characters: derived from what makes the fact unique, or random when nothing does. */
export const eventId = (...fact: readonly string[]): string =>
  `evt_${createHash('sha256').update(fact.join('\u0000')).digest('hex').slice(0, 32)}`;

export const randomEventId = (): string => `evt_${randomBytes(16).toString('hex')}`;

/** The body of a delivery: what the receiver's signature covers, byte for byte. */
export const payloadOf = (event: WebhookEvent): string =>
  JSON.stringify({ type: event.type, timestamp: event.timestamp, data: event.data });
