/**
 * A message: one recipient of one occurrence of a campaign, and what became of it (CONTRACT.md,
 * Messages and delivery reports). Its status is read off the claim the send path writes and the
 * reports it received; a recipient not yet claimed is `PENDING`.
 */
import * as z from 'zod';
import type { FailureReason } from '../ports';
import type { FinalDelivery } from '../reports/report';
import { pageSchema, pageSizeOf } from '../schemas';
import { phoneSchema } from '../text/schema';

export const MESSAGE_STATUSES = ['PENDING', 'SENT', 'DELIVERED', 'UNDELIVERED', 'UNKNOWN', 'FAILED'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** The message item as the send path and the reports leave it (`sending/messages.ts`, `reports/apply.ts`). */
export interface MessageRecord {
  to: string;
  contactId: string;
  segments: number;
  encoding: string;
  state: 'SENDING' | 'SENT' | 'FAILED' | 'RELEASED';
  /** When the outcome was recorded: handed over, or failed. */
  at?: string;
  reason?: FailureReason;
  providerStatus?: string;
  delivery?: FinalDelivery;
  deliveredAt?: string;
  updatedAt?: string;
  /** Its short links' code (`trackLinks`), the first click on them, and the clicks counted. */
  linkCode?: string;
  clickedAt?: string;
  clicks?: number;
}

/** A carrier's final word outranks our own record: it proves the message went out. */
export function statusOf(record: MessageRecord | undefined): MessageStatus {
  if (!record) return 'PENDING';
  if (record.delivery) return record.delivery;
  if (record.state === 'SENT') return 'SENT';
  if (record.state === 'FAILED') return 'FAILED';
  return 'PENDING';
}

/** An occurrence named by its slot, as a message lists it: the instant, in milliseconds. */
export const occurrenceFilter = z.iso
  .datetime({ offset: true, message: 'must be an occurrence, as a message lists it (an ISO-8601 instant)' })
  // Slots are written as each scheduler writes them (with or without milliseconds): matched as instants.
  .transform((value) => new Date(value).getTime());

export const listMessagesInput = z.strictObject({
  page: pageSchema,
  count: pageSizeOf(100, 50),
  status: z.enum(['ALL', ...MESSAGE_STATUSES]).default('ALL'),
  phone: phoneSchema.optional(),
  occurrence: occurrenceFilter.optional(),
});
export type ListMessagesInput = z.infer<typeof listMessagesInput>;
