/** Input rules every entity shares: ids, and the page of a list. */
import * as z from 'zod';
import { isId } from './ids';

/** An id of the platform's (24 hexadecimal characters); `what` names it in the error. */
export const idSchema = (what: string) =>
  z.string().refine(isId, `must be a ${what} id (24 hexadecimal characters)`);

/** Which page of a list, from 1. */
export const pageSchema = z.number().int().min(1).default(1);

/** How many items a page holds: `byDefault` unless asked, at most `max`. */
export const pageSizeOf = (max: number, byDefault: number) =>
  z.number().int().min(1).max(max).default(byDefault);

/** The usual page: 10 items unless asked, at most 100. */
export const pageSizeSchema = pageSizeOf(100, 10);
