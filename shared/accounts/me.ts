/**
 * Who a request comes from, and where else they may act: what the console shows in its header and its
 * account switcher, and what an integration may check its key by.
 */
import * as z from 'zod';
import type { Db } from '../db/client';
import { membershipsOfUser } from './member-repository';
import { getAccount } from './repository';
import type { Caller, Role } from './roles';

export const meInput = z.strictObject({});

export interface Me {
  actor: { type: Caller['by']; id: string; label: string };
  /** The account this request acts in, and the role it has there. */
  accountId: string;
  role: Role;
  /** Every account the caller may act in (a key: its own), with the role in each. */
  accounts: { id: string; name: string; role: Role }[];
}

export async function whoAmI(db: Db, caller: Caller, accountName: string): Promise<Me> {
  const here = { id: caller.accountId, name: accountName, role: caller.role };
  const accounts =
    caller.by === 'key'
      ? [here]
      : await Promise.all(
          (await membershipsOfUser(db, caller.id)).map(async (member) => ({
            id: member.accountId,
            name: (await getAccount(db, member.accountId))?.name ?? member.accountId,
            role: member.role,
          })),
        );
  return {
    actor: { type: caller.by, id: caller.id, label: caller.label },
    accountId: caller.accountId,
    role: caller.role,
    accounts,
  };
}
