/**
 * Webhook endpoints (CONTRACT.md, Webhooks): a customer's URL, the event types it wants, and the
 * secret its deliveries are signed with. The secret is shown in the create and rotate answers only.
 */
import * as z from 'zod';
import { EVENT_TYPES, type EventType } from '../ports';
import { pageSchema, pageSizeSchema } from '../schemas';

export const ALL_EVENTS = '*';
/** At most this many endpoints per account (`403 webhook-limit-reached` beyond). */
export const MAX_WEBHOOKS_PER_ACCOUNT = 10;
/** After a rotation, the old secret signs beside the new one this long. */
export const ROTATION_OVERLAP_MS = 24 * 3600_000;

export const WEBHOOK_STATUSES = ['ENABLED', 'DISABLED'] as const;
export type WebhookStatus = (typeof WEBHOOK_STATUSES)[number];

export interface Webhook {
  id: string;
  url: string;
  events: (EventType | typeof ALL_EVENTS)[];
  description: string;
  status: WebhookStatus;
  /** Why a disabled endpoint was disabled (a `410`, three days of failures). */
  disabledReason?: string;
  createdAt: string;
}

/** A signing secret; one being rotated out signs until `until`. */
export interface SigningSecret {
  secret: string;
  until?: string;
  /** The operation id of the request that rotated this secret in (its retry must not rotate again). */
  rotation?: string;
}

const eventsSchema = z
  .array(z.enum([...EVENT_TYPES, ALL_EVENTS]))
  .min(1, 'subscribe to at least one event type, or ["*"] for all')
  .max(EVENT_TYPES.length + 1)
  .transform((events) => [...new Set(events)]);

export const createWebhookInput = z.strictObject({
  url: z.string().trim().min(1).max(2000),
  events: eventsSchema,
  description: z.string().trim().max(200).default(''),
});
export type CreateWebhookInput = z.infer<typeof createWebhookInput>;

export const emptyInput = z.strictObject({});

export const listWebhooksInput = z.strictObject({ page: pageSchema, count: pageSizeSchema });
export const listDeliveriesInput = z.strictObject({ page: pageSchema, count: pageSizeSchema });

/** Whether the endpoint wants events of this type. */
export const subscribes = (webhook: Pick<Webhook, 'events'>, type: EventType): boolean =>
  webhook.events.includes(ALL_EVENTS) || webhook.events.includes(type);

export const DELIVERY_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One event's delivery to one endpoint, as the deliveries log shows it. */
export interface Delivery {
  eventId: string;
  type: EventType;
  attempts: number;
  status: DeliveryStatus;
  lastStatusCode?: number;
  lastError?: string;
  nextAttemptAt?: string;
  createdAt: string;
}
