/**
 * Opt-outs: per account, the phones that must receive nothing more from it (CONTRACT.md, Opt-outs).
 * A phone gets there by the API, by replying a stop keyword, or when the provider refuses it as opted out.
 */
import * as z from 'zod';
import { pageSchema, pageSizeSchema } from '../schemas';
import { phoneSchema } from '../text/schema';

export const OPT_OUT_SOURCES = ['api', 'reply', 'provider'] as const;
export type OptOutSource = (typeof OPT_OUT_SOURCES)[number];

export interface OptOut {
  phone: string;
  source: OptOutSource;
  /** The word the phone replied, when it opted out by reply. */
  keyword?: string;
  reason?: string;
  createdAt: string;
}

/** At most this many phones per call. */
export const MAX_OPT_OUT_PHONES = 1000;

const phones = z
  .array(phoneSchema)
  .min(1, 'give at least one phone')
  .max(MAX_OPT_OUT_PHONES, `at most ${MAX_OPT_OUT_PHONES} phones per call`);

export const addOptOutsInput = z.strictObject({
  phones,
  reason: z.string().trim().min(1).max(200).optional(),
});
export type AddOptOutsInput = z.infer<typeof addOptOutsInput>;

export const removeOptOutsInput = z.strictObject({ phones });

export const listOptOutsInput = z.strictObject({
  page: pageSchema,
  count: pageSizeSchema,
  phone: phoneSchema.optional(),
});
