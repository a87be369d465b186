/**
 * Every route, called with a key of every role: refused `403 forbidden` exactly when the role is below
 * what `functions/api/routes.ts` declares for it, and never refused for its role otherwise. The body is
 * empty and the path's id unknown, so nothing is changed: what is checked is who gets past the door.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../functions/api/routes';
import { createAccount, issueApiKey } from '../../shared/accounts/repository';
import { ROLES, type Role, roleAllows } from '../../shared/accounts/roles';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
const keyOf = {} as Record<Role, string>;
const UNKNOWN_ID = '0123456789abcdef01234567';

beforeAll(async () => {
  stack = await startTestStack();
  const { account } = await createAccount(stack.db, {
    name: 'Roles',
    plan: { senderLimit: 5 },
    now: stack.clock.now(),
  });
  for (const role of ROLES) {
    keyOf[role] = (
      await issueApiKey(stack.db, { accountId: account.id, now: stack.clock.now(), role, name: role })
    ).apiKey;
  }
});

afterAll(async () => {
  await stack?.stop();
});

const keyed = API_ROUTES.filter((route) => 'role' in route);

describe('roles at every route', () => {
  it('declares a role for every route that takes a key', () => {
    expect(keyed.map((route) => route.id)).toEqual(API_ROUTES.map((route) => route.id));
  });

  it.for(keyed.flatMap((route) => ROLES.map((role) => [route.id, role] as const)))(
    '%s with a %s key',
    async ([routeId, role]) => {
      const route = API_ROUTES.find((candidate) => candidate.id === routeId);
      if (!route || !('role' in route)) throw new Error(`no role for ${routeId}`);
      const answer = await stack.call(route.path.replace('{id}', UNKNOWN_ID), {}, keyOf[role]);
      if (roleAllows(role, route.role)) {
        expect(answer.body.error, JSON.stringify(answer.body)).not.toBe('forbidden');
      } else {
        expect([answer.status, answer.body.error]).toEqual([403, 'forbidden']);
        expect(answer.body.message).toBe(`This needs the ${route.role} role; this API key has ${role}.`);
        expect(answer.body.details).toEqual({ needed: route.role, held: role });
      }
    },
  );

  it('keeps keys made before roles (and by operators) as the owner’s', async () => {
    const answer = await stack.call('/v1/account/settings', { lowBalanceThreshold: 10 });
    expect(answer.status).toBe(200);
  });
});
