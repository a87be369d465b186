/** What customers ask of their account's money (CONTRACT.md, Money). */
import * as z from 'zod';
import { pageSchema, pageSizeSchema } from '../schemas';

export const balanceInput = z.strictObject({});

export const transactionsInput = z.strictObject({
  page: pageSchema,
  count: pageSizeSchema,
});
export type TransactionsInput = z.infer<typeof transactionsInput>;
