/**
 * Members (CONTRACT.md, People): the people of an account's team, each signing in with an e-mail and
 * holding one role in it. A member is named by their e-mail (one membership per e-mail and account);
 * their sign-in (Cognito's user) by the `userId` the pool gave them.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod';
import { pageSchema, pageSizeSchema } from '../schemas';
import { type Role, roleSchema } from './roles';

export const MEMBER_STATUSES = ['INVITED', 'ACTIVE'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export interface Member {
  id: string;
  accountId: string;
  userId: string;
  email: string;
  role: Role;
  /** INVITED until the person's first request in the account (or already signed in elsewhere when invited). */
  status: MemberStatus;
  createdAt: string;
  /** Their last request in the account, to the second. */
  lastSeenAt?: string;
}

/** E-mails are compared as people mean them: without case or surrounding spaces. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** A member's id follows from their e-mail, so inviting the same person twice finds the first membership. */
export const memberIdOf = (email: string): string =>
  createHash('sha256').update(normalizeEmail(email)).digest('hex').slice(0, 24);

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'must be an e-mail address' }))
  .transform(normalizeEmail);

export const inviteMemberInput = z.strictObject({ email: emailSchema, role: roleSchema });
export type InviteMemberInput = z.infer<typeof inviteMemberInput>;

export const listMembersInput = z.strictObject({ page: pageSchema, count: pageSizeSchema });

export const updateMemberInput = z.strictObject({ role: roleSchema });
export type UpdateMemberInput = z.infer<typeof updateMemberInput>;

export const removeMemberInput = z.strictObject({});

/** A member as the API answers it. */
export const memberView = (member: Member) => ({
  id: member.id,
  email: member.email,
  role: member.role,
  status: member.status,
  createdAt: member.createdAt,
  ...(member.lastSeenAt ? { lastSeenAt: member.lastSeenAt } : {}),
});
