/**
 * API keys as an account's admins manage them: named, each with a role. Nobody makes or revokes a key
 * above their own role, so an admin's integration key cannot mint an owner key. The key itself is in
 * the create's answer only; the table keeps its hash.
 */
import { actorOf } from '../audit/audit';
import { auditItem } from '../audit/repository';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { AppError, notFound, OperatorError } from '../errors';
import { newId } from '../ids';
import type { Page, PageRequest } from '../page';
import type { ApiKeyRecord } from './account';
import type { CreateKeyInput } from './keys-input';
import { getApiKey, issueApiKey, listApiKeys, revokeApiKey } from './repository';
import { type Caller, type Role, roleAllows } from './roles';

const refuseAbove = (caller: Caller, role: Role, what: string) => {
  if (!roleAllows(caller.role, role)) {
    throw new AppError('forbidden', `The ${caller.role} role cannot ${what} a key with the ${role} role.`, {
      details: { needed: role, held: caller.role },
    });
  }
};

export async function createKey(
  deps: { db: Db; clock: Clock },
  caller: Caller,
  input: CreateKeyInput,
  operationId?: string,
): Promise<{ record: ApiKeyRecord; apiKey: string }> {
  refuseAbove(caller, input.role, 'make');
  const now = deps.clock.now();
  const keyId = operationId ?? newId(now);
  const { record, apiKey } = await issueApiKey(deps.db, {
    accountId: caller.accountId,
    now,
    name: input.name,
    role: input.role,
    keyId,
    ...(operationId ? { operationId } : {}),
    along: [
      auditItem(
        deps.db,
        caller.accountId,
        {
          actor: actorOf(caller),
          action: 'key.create',
          target: { type: 'key', id: keyId },
          details: { name: input.name, role: input.role },
        },
        now,
      ),
    ],
  });
  return { record, apiKey };
}

/** The account's keys, newest first, revoked ones included (with when). */
export async function listKeys(db: Db, accountId: string, request: PageRequest): Promise<Page<ApiKeyRecord>> {
  const all = (await listApiKeys(db, accountId)).reverse();
  const start = (request.page - 1) * request.size;
  return { items: all.slice(start, start + request.size), totalCount: all.length, ...request };
}

/** Revokes a key at once (its next request is refused); revoking it again answers it as it is. */
export async function revokeKey(
  deps: { db: Db; clock: Clock },
  caller: Caller,
  keyId: string,
): Promise<ApiKeyRecord> {
  const key = await getApiKey(deps.db, caller.accountId, keyId);
  if (!key) throw notFound('key', keyId);
  refuseAbove(caller, key.role, 'revoke');
  if (key.revokedAt) return key;
  const now = deps.clock.now();
  try {
    await revokeApiKey(deps.db, {
      accountId: caller.accountId,
      keyId,
      now,
      along: [
        auditItem(
          deps.db,
          caller.accountId,
          {
            actor: actorOf(caller),
            action: 'key.revoke',
            target: { type: 'key', id: keyId },
            details: { name: key.name ?? key.preview, role: key.role },
          },
          now,
        ),
      ],
    });
  } catch (error) {
    if (!(error instanceof OperatorError)) throw error;
    // Revoked meanwhile by another request: what it is now is the answer.
    return (await getApiKey(deps.db, caller.accountId, keyId)) ?? key;
  }
  return { ...key, revokedAt: now.toISOString() };
}
