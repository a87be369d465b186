/** What operators send to the `/v1/operator/…` routes (CONTRACT.md, Operators' back office). */
import * as z from 'zod';
import { emailSchema } from '../accounts/members';
import { amountSchema, unitsOf } from '../money/amount';
import { ENTRY_TYPES } from '../money/ledger';
import { countrySchema } from '../money/prices';
import { idSchema, pageSchema, pageSizeSchema } from '../schemas';
import { SENDER_STATUSES } from '../senders/sender';

const noteSchema = z.string().trim().min(1).max(300);

export const listAccountsInput = z.strictObject({
  /** The accounts whose name starts with it (case and accents aside), or the one with this id. */
  search: z.string().trim().max(100).optional(),
  page: pageSchema,
  count: pageSizeSchema,
});

export const openAccountInput = z.strictObject({
  name: z.string().trim().min(1).max(100),
  plan: z
    .strictObject({
      senderLimit: z.number().int().min(1).max(1000).default(10),
      requestsPerSecond: z.number().int().min(1).max(1000).optional(),
    })
    .default({ senderLimit: 10 }),
  /** Credited at once, as a top-up noted `Solde d'ouverture`. */
  openingBalance: amountSchema.optional(),
  /** Invited as the account's first owner (the user pool e-mails them a temporary password). */
  ownerEmail: emailSchema,
});

export const accountInput = z.strictObject({});

export const ledgerInput = z.strictObject({
  page: pageSchema,
  count: pageSizeSchema,
  type: z.enum(ENTRY_TYPES).optional(),
});

export const suspendAccountInput = z.strictObject({
  /** Why: the account's people read it when they are refused. */
  reason: z.string().trim().min(3).max(300),
});

export const resumeAccountInput = z.strictObject({ note: noteSchema.optional() });

export const topUpInput = z.strictObject({
  amount: amountSchema.refine((units) => units > 0, 'must be more than 0'),
  note: noteSchema,
});

/** Signed: `-250` takes 250 away. */
export const adjustInput = z.strictObject({
  amount: z.union([z.number(), z.string()]).transform((value, context) => {
    const units = unitsOf(value);
    if (units === undefined || units === 0) {
      context.addIssue({
        code: 'custom',
        message: 'must be a signed amount other than 0, with at most 4 decimals',
      });
      return z.NEVER;
    }
    return units;
  }),
  note: noteSchema,
});

export const limitsInput = z
  .strictObject({
    /** How far below zero the available balance may go (post-paid accounts). */
    creditLimit: amountSchema.optional(),
    /** Charges plus holds per calendar month (UTC); `null` removes it. */
    monthlySpendLimit: amountSchema.nullable().optional(),
  })
  .refine((input) => input.creditLimit !== undefined || input.monthlySpendLimit !== undefined, {
    message: 'give creditLimit, monthlySpendLimit or both',
    path: ['creditLimit'],
  });

export const listSendersInput = z.strictObject({
  /** PENDING by default: the requests waiting, oldest first. */
  status: z.enum(SENDER_STATUSES).default('PENDING'),
  page: pageSchema,
  count: pageSizeSchema,
});

export const senderStatusInput = z.strictObject({
  status: z.enum(SENDER_STATUSES).exclude(['PENDING']),
  /** Required to refuse: the customer reads it. */
  reason: z.string().trim().max(300).optional(),
});

export const listPricesInput = z.strictObject({
  /** The prices that apply to this account (its own over the platform's); the platform's list otherwise. */
  accountId: idSchema('account').optional(),
});

export const setPriceInput = z.strictObject({
  country: countrySchema,
  price: amountSchema,
  accountId: idSchema('account').optional(),
});

export const providerCostInput = z.strictObject({
  country: countrySchema,
  /** What the provider charges per segment to the country; `null` forgets it. */
  cost: amountSchema.nullable(),
});

export const overviewInput = z.strictObject({});

export const listQueuesInput = z.strictObject({});

export const redriveInput = z.strictObject({
  /** The dead-letter queue whose messages go back to their queue (`send`, `webhooks`…). */
  queue: z.string().trim().min(1).max(40),
});
