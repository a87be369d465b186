/** What customers send to manage their API keys (CONTRACT.md, People). */
import * as z from 'zod';
import { pageSchema, pageSizeSchema } from '../schemas';
import { roleSchema } from './roles';

export const createKeyInput = z.strictObject({
  /** What people call it: the integration or the person it is for. */
  name: z.string().trim().min(1).max(100),
  role: roleSchema,
});
export type CreateKeyInput = z.infer<typeof createKeyInput>;

export const listKeysInput = z.strictObject({ page: pageSchema, count: pageSizeSchema });

export const revokeKeyInput = z.strictObject({});
