/**
 * The audit log (CONTRACT.md, People): who changed what in an account, through the API, the console
 * or the operators' tools. Each entry is written by the use case that makes the change, in the same
 * transaction where the change is one, so a change without its entry (or an entry without its change)
 * cannot be. Nothing secret goes in: an entry names keys and endpoints, never their secrets.
 */
import * as z from 'zod';
import type { Caller } from '../accounts/roles';
import { pageSchema, pageSizeSchema } from '../schemas';

export const ACTOR_TYPES = ['user', 'key', 'operator'] as const;

export interface Actor {
  type: (typeof ACTOR_TYPES)[number];
  id: string;
  /** What people recognise: a user's e-mail, a key's name (or its first characters), an operator's name. */
  label: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: Actor;
  /** `<thing>.<verb>`: `campaign.create`, `key.revoke`, `account.top_up`. */
  action: string;
  target: { type: string; id: string };
  details?: Record<string, unknown>;
}

/** Kept a year, then DynamoDB's time to live takes it. */
export const AUDIT_DAYS = 365;

export const actorOf = (caller: Caller): Actor => ({ type: caller.by, id: caller.id, label: caller.label });

/** The operators' command line acts as the operator the machine's user is. */
export const operatorActor = (name: string): Actor => ({ type: 'operator', id: name, label: name });

export const listAuditInput = z.strictObject({
  page: pageSchema,
  count: pageSizeSchema,
  /** Only the entries of this action (`campaign.cancel`). */
  action: z
    .string()
    .regex(/^[a-z_]+\.[a-z_]+$/, 'must be an action such as campaign.cancel')
    .optional(),
  /** Only what this actor did (a key's id, a user's id). */
  actorId: z.string().min(1).max(100).optional(),
});
export type ListAuditInput = z.infer<typeof listAuditInput>;
