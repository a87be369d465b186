/** What customers ask of their account's money (CONTRACT.md, Money). */
import * as z from 'zod';
import { idSchema, pageSchema, pageSizeSchema } from '../schemas';
import { amountSchema } from './amount';
import { ENTRY_TYPES } from './ledger';

export const balanceInput = z.strictObject({});

export const transactionsInput = z.strictObject({
  page: pageSchema,
  count: pageSizeSchema,
  /** Only the entries of this type. */
  type: z.enum(ENTRY_TYPES).optional(),
  /** Only the charges of this campaign. */
  campaignId: idSchema('campaign').optional(),
});
export type TransactionsInput = z.infer<typeof transactionsInput>;

export const pricesInput = z.strictObject({});

export const settingsInput = z
  .strictObject({
    /** Below it (available), `account.balance_low` is raised once per crossing; `null` removes it. */
    lowBalanceThreshold: amountSchema.nullable().optional(),
  })
  .refine((input) => input.lowBalanceThreshold !== undefined, {
    message: 'give a setting to change, such as lowBalanceThreshold',
    path: ['lowBalanceThreshold'],
  });
export type SettingsInput = z.infer<typeof settingsInput>;
