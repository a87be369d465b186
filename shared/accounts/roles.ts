/**
 * Roles (CONTRACT.md, People): what a member or an API key may do in its account. Each role may do
 * all the roles before it may, and more: `viewer` reads, `editor` also sends and manages contacts,
 * `admin` also manages webhooks, keys, members and settings, `owner` everything.
 */
import * as z from 'zod';

export const ROLES = ['viewer', 'editor', 'admin', 'owner'] as const;
export type Role = (typeof ROLES)[number];

export const roleSchema = z.enum(ROLES);

/** Whether `held` may do what `needed` may. */
export const roleAllows = (held: Role, needed: Role): boolean => ROLES.indexOf(held) >= ROLES.indexOf(needed);

/** The user pool's group of the platform's own operators (the back office), who are no account's members. */
export const OPERATORS_GROUP = 'operators';

/** Keys made before roles existed, and keys operators make, are the account owner's. */
export const DEFAULT_KEY_ROLE: Role = 'owner';

/** Who makes a request: its account, and the role it acts with (the API key's, or the member's). */
export interface Caller {
  accountId: string;
  role: Role;
  /** An API key, or a signed-in user (a member of the account). */
  by: 'key' | 'user';
  /** The key's id, or the user's (the user pool's `sub`). */
  id: string;
  /** What the audit log names it by: the key's name (or its first characters), the user's e-mail. */
  label: string;
}
