import * as z from 'zod';
import { pageSchema, pageSizeSchema } from '../schemas';

export const SENDER_STATUSES = ['PENDING', 'SUBMITTED', 'ACCEPTED', 'REFUSED'] as const;
export type SenderStatus = (typeof SENDER_STATUSES)[number];

/** What the API shows of a sender. */
export interface Sender {
  id: string;
  name: string;
  description: string;
  status: SenderStatus;
  /** Only on a refused sender: why the operator refused or revoked it. */
  refusalReason?: string;
  createdAt: string;
}

export const senderNameSchema = z
  .string()
  .min(3, 'must be at least 3 characters')
  .max(11, 'must be at most 11 characters')
  .regex(/^[A-Za-z0-9]*$/, 'must contain only ASCII letters and digits (no space, accent or symbol)');

/** Sender names are unique per account whatever their case. */
export const senderNameKey = (name: string) => name.toLowerCase();

export const createSenderInput = z.strictObject({
  name: senderNameSchema,
  description: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
});
export type CreateSenderInput = z.infer<typeof createSenderInput>;

export const listSendersInput = z.strictObject({
  sort: z.enum(['asc', 'desc']).default('desc'),
  orderBy: z.enum(['name', 'createdAt']).default('createdAt'),
  count: pageSizeSchema,
  page: pageSchema,
});
export type ListSendersInput = z.infer<typeof listSendersInput>;

export const senderCampaignsInput = z.strictObject({
  count: pageSizeSchema,
  page: pageSchema,
});
export type SenderCampaignsInput = z.infer<typeof senderCampaignsInput>;
