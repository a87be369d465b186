/**
 * An account's team as its admins manage it (CONTRACT.md, People): invite by e-mail (the user pool sends
 * the invitation), change a role, remove. Nobody gives a role above their own, and only owners touch
 * owners; the last owner stays.
 */
import { type Actor, actorOf } from '../audit/audit';
import { auditOf } from '../audit/repository';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { AppError, notFound } from '../errors';
import type { Page, PageRequest } from '../page';
import type { UserDirectory } from '../ports';
import {
  addMember,
  changeRole,
  deleteMember,
  getMember,
  lastSeen,
  listMembers,
  membershipsOfUser,
} from './member-repository';
import { type InviteMemberInput, type Member, memberIdOf, type UpdateMemberInput } from './members';
import { type Caller, type Role, roleAllows } from './roles';

export interface TeamDeps {
  db: Db;
  clock: Clock;
  directory: UserDirectory;
}

const refuse = (caller: Caller, needed: Role, what: string) =>
  new AppError('forbidden', `The ${caller.role} role cannot ${what}.`, {
    details: { needed, held: caller.role },
  });

/** Giving `role`, or acting on a member who holds it, needs that role at least. */
function mayHandle(caller: Caller, role: Role, what: string) {
  if (!roleAllows(caller.role, role)) throw refuse(caller, role, what);
}

/** A change found the member changed meanwhile: read again and retry, a few times. */
const ATTEMPTS = 3;

export async function inviteMember(
  deps: TeamDeps,
  caller: Caller,
  input: InviteMemberInput,
  /** Who the audit log names: the caller, or the operator who opens the account for its first owner. */
  actor: Actor = actorOf(caller),
): Promise<Member> {
  mayHandle(caller, input.role, `invite a member as ${input.role}`);
  const id = memberIdOf(input.email);
  // Checked before the pool is asked, so a member is not sent a second invitation.
  if (await getMember(deps.db, caller.accountId, id)) {
    throw new AppError('member-exists', `${input.email} is already a member of this account.`);
  }
  const user = await deps.directory.invite(input.email);
  const now = deps.clock.now();
  const member: Member = {
    id,
    accountId: caller.accountId,
    userId: user.userId,
    email: input.email,
    role: input.role,
    status: user.signedIn ? 'ACTIVE' : 'INVITED',
    createdAt: now.toISOString(),
  };
  await addMember(deps.db, member, [
    auditOf(deps.db, caller.accountId, actor, 'member.invite', { type: 'member', id }, now, {
      email: input.email,
      role: input.role,
    }),
  ]);
  return member;
}

export const listTeam = (db: Db, accountId: string, request: PageRequest): Promise<Page<Member>> =>
  listMembers(db, accountId, request);

async function memberOf(db: Db, caller: Caller, memberId: string): Promise<Member> {
  const member = await getMember(db, caller.accountId, memberId);
  if (!member) throw notFound('member', memberId);
  return (await lastSeen(db, [member]))[0] as Member;
}

export async function updateMember(
  deps: Omit<TeamDeps, 'directory'>,
  caller: Caller,
  memberId: string,
  input: UpdateMemberInput,
): Promise<Member> {
  for (let attempt = 1; ; attempt++) {
    const member = await memberOf(deps.db, caller, memberId);
    mayHandle(caller, member.role, `change the role of a member who is ${member.role}`);
    mayHandle(caller, input.role, `make a member ${input.role}`);
    if (member.role === input.role) return member;
    const now = deps.clock.now();
    const changed = await changeRole(deps.db, member, input.role, [
      auditOf(
        deps.db,
        caller.accountId,
        actorOf(caller),
        'member.update',
        { type: 'member', id: memberId },
        now,
        {
          email: member.email,
          from: member.role,
          to: input.role,
        },
      ),
    ]);
    if (changed) return { ...member, role: input.role };
    if (attempt === ATTEMPTS)
      throw new AppError('request-in-progress', 'This member is being changed: try again.');
  }
}

/** Ends the membership at once; a person left in no account is removed from the user pool too. */
export async function removeMember(deps: TeamDeps, caller: Caller, memberId: string): Promise<Member> {
  for (let attempt = 1; ; attempt++) {
    const member = await memberOf(deps.db, caller, memberId);
    mayHandle(caller, member.role, `remove a member who is ${member.role}`);
    const now = deps.clock.now();
    const removed = await deleteMember(deps.db, member, [
      auditOf(
        deps.db,
        caller.accountId,
        actorOf(caller),
        'member.remove',
        { type: 'member', id: memberId },
        now,
        {
          email: member.email,
          role: member.role,
        },
      ),
    ]);
    if (removed) {
      if ((await membershipsOfUser(deps.db, member.userId)).length === 0) {
        await deps.directory.forget(member.userId);
      }
      return member;
    }
    if (attempt === ATTEMPTS)
      throw new AppError('request-in-progress', 'This member is being changed: try again.');
  }
}
