import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PLAN } from '../../shared/accounts/account';
import { createAccount } from '../../shared/accounts/repository';
import { startTestStack, type TestStack } from '../support/local-stack';
import { bearer, claimsOf, signedByTwin, signIn } from '../support/people';

let stack: TestStack;
let ownerToken: string;

beforeAll(async () => {
  stack = await startTestStack();
  ownerToken = await signIn(stack.cognito, stack.people.owner.email, stack.people.owner.password);
});
afterAll(async () => {
  await stack?.stop();
});

const asUser = (path: string, token: string, body: Record<string, unknown> = {}, accountId?: string) =>
  stack.post(path, body, bearer(token, accountId));

const emailsTo = async (to: string) => {
  const answer = await fetch(`${stack.url}/_local/emails?to=${encodeURIComponent(to)}`);
  return ((await answer.json()) as { data: { subject: string; body: string; code: string }[] }).data;
};

/** Invites `email` as `role` with the owner's token, and signs them in with a password of their own. */
async function newColleague(email: string, role: string) {
  const invited = await asUser('/v1/member/invite', ownerToken, { email, role });
  expect(invited.status).toBe(201);
  const [invitation] = await emailsTo(email);
  const token = await signIn(stack.cognito, email, invitation?.code ?? '', 'Collegue-Nouveau-2026!');
  return { id: invited.body.data.id as string, token };
}

describe('signing in with a token (Authorization: Bearer, the user pool’s access token)', () => {
  it('opens the account the user is a member of, with their role, and the audit log names them', async () => {
    const made = await asUser('/v1/group/create', ownerToken, { name: 'Clients Abidjan' });
    expect(made.status).toBe(201);
    const log = await stack.call('/v1/audit/list', { action: 'group.create' });
    expect(log.body.data[0].actor).toEqual({
      type: 'user',
      id: claimsOf(ownerToken).sub,
      label: stack.people.owner.email,
    });
  });

  it('refuses a tampered, expired, other-pool, other-client or id token with 401 invalid-token', async () => {
    const claims = claimsOf(ownerToken);
    // The pool's time, as the functions read it (the rehearsal's clock runs from its own start).
    const now = Number(claims.iat);
    const [head, payload, signature] = ownerToken.split('.');
    const tampered = `${head}.${Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString('base64url')}.${signature}`;
    expect(payload).toBeDefined();
    const refused = [
      tampered,
      signedByTwin({ ...claims, iat: now - 7200, exp: now - 3600 }),
      signedByTwin({ ...claims, iss: `${String(claims.iss).replace(/\/[^/]+$/, '')}/local_otherpool` }),
      signedByTwin({ ...claims, client_id: 'another-client' }),
      signedByTwin({ ...claims, token_use: 'id' }),
    ];
    for (const token of refused) {
      const answer = await asUser('/v1/sender/list', token);
      expect({ status: answer.status, error: answer.body.error }).toEqual({
        status: 401,
        error: 'invalid-token',
      });
    }
    // The same claims, signed as the pool signs, pass: the refusals above are each for their one reason.
    expect((await asUser('/v1/sender/list', signedByTwin({ ...claims, exp: now + 600 }))).status).toBe(200);
  });
});

describe('the team (member/invite, list, update, remove)', () => {
  it('invites by e-mail: the invitation arrives, the first sign-in sets a password, the member becomes ACTIVE', async () => {
    const email = 'awa.kone@example.com';
    const invited = await asUser('/v1/member/invite', ownerToken, {
      email: 'Awa.Kone@Example.com ',
      role: 'viewer',
    });
    expect(invited.status).toBe(201);
    expect(invited.body.data).toMatchObject({ email, role: 'viewer', status: 'INVITED' });
    const [invitation, ...more] = await emailsTo(email);
    expect(more).toHaveLength(0);
    expect(invitation?.subject).toBe('Votre accès à la console SMS');
    expect(invitation?.body).toContain(`Identifiant : ${email}`);
    expect(invitation?.body).toContain(`Mot de passe temporaire : ${invitation?.code}`);

    const token = await signIn(stack.cognito, email, invitation?.code ?? '', 'Awa-Nouveau-2026!');
    expect((await asUser('/v1/contact/list', token)).status).toBe(200);
    const team = await asUser('/v1/member/list', token);
    expect(team.body.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ email, role: 'viewer', status: 'ACTIVE' }),
        expect.objectContaining({ email: stack.people.owner.email, role: 'owner', status: 'ACTIVE' }),
      ]),
    );

    // The same person again: refused, and no second invitation.
    const again = await asUser('/v1/member/invite', ownerToken, { email, role: 'editor' });
    expect({ status: again.status, error: again.body.error }).toEqual({
      status: 409,
      error: 'member-exists',
    });
    expect(await emailsTo(email)).toHaveLength(1);
  });

  it('a role change holds from the next request, and so does a removal', async () => {
    const colleague = await newColleague('moussa.diallo@example.com', 'viewer');
    const refused = await asUser('/v1/group/create', colleague.token, { name: 'Essai' });
    expect({ status: refused.status, error: refused.body.error, details: refused.body.details }).toEqual({
      status: 403,
      error: 'forbidden',
      details: { needed: 'editor', held: 'viewer' },
    });

    const promoted = await asUser(`/v1/member/${colleague.id}/update`, ownerToken, { role: 'editor' });
    expect(promoted.body.data).toMatchObject({ role: 'editor' });
    expect((await asUser('/v1/group/create', colleague.token, { name: 'Essai' })).status).toBe(201);

    const removed = await asUser(`/v1/member/${colleague.id}/remove`, ownerToken);
    expect(removed.status).toBe(200);
    const after = await asUser('/v1/group/list', colleague.token);
    expect({ status: after.status, error: after.body.error }).toEqual({ status: 403, error: 'forbidden' });

    const log = await stack.call('/v1/audit/list', { actorId: String(claimsOf(ownerToken).sub) });
    expect(log.body.data.map((entry: { action: string }) => entry.action)).toEqual(
      expect.arrayContaining(['member.invite', 'member.update', 'member.remove']),
    );
  });

  it('someone removed from their only account leaves the user pool: a new invitation makes them anew', async () => {
    const email = 'fatou.ba@example.com';
    const first = await newColleague(email, 'viewer');
    await asUser(`/v1/member/${first.id}/remove`, ownerToken);
    const again = await asUser('/v1/member/invite', ownerToken, { email, role: 'viewer' });
    expect(again.body.data).toMatchObject({ status: 'INVITED' });
    expect(await emailsTo(email)).toHaveLength(2);
  });

  it('keeps the last owner, and leaves owners to owners', async () => {
    const team = await asUser('/v1/member/list', ownerToken, { count: 100 });
    const me = team.body.data.find((member: { email: string }) => member.email === stack.people.owner.email);
    for (const [path, body] of [
      [`/v1/member/${me.id}/update`, { role: 'admin' }],
      [`/v1/member/${me.id}/remove`, {}],
    ] as const) {
      const answer = await asUser(path, ownerToken, body);
      expect({ status: answer.status, error: answer.body.error }).toEqual({
        status: 409,
        error: 'last-owner',
      });
    }

    const admin = await newColleague('ibrahima.sow@example.com', 'admin');
    for (const [path, body] of [
      ['/v1/member/invite', { email: 'nouveau.proprietaire@example.com', role: 'owner' }],
      [`/v1/member/${me.id}/update`, { role: 'viewer' }],
      [`/v1/member/${me.id}/remove`, {}],
    ] as const) {
      const answer = await asUser(path, admin.token, body);
      expect({ status: answer.status, error: answer.body.error, details: answer.body.details }).toEqual({
        status: 403,
        error: 'forbidden',
        details: { needed: 'owner', held: 'admin' },
      });
    }

    // A second owner: now the first may step down.
    const second = await asUser(`/v1/member/${admin.id}/update`, ownerToken, { role: 'owner' });
    expect(second.body.data.role).toBe('owner');
    expect((await asUser(`/v1/member/${me.id}/update`, ownerToken, { role: 'admin' })).body.data.role).toBe(
      'admin',
    );
    expect((await asUser(`/v1/member/${me.id}/update`, admin.token, { role: 'owner' })).body.data.role).toBe(
      'owner',
    );
  });

  it('answers unknown members 404 and bad input 400', async () => {
    const unknown = await asUser('/v1/member/0123456789abcdef01234567/update', ownerToken, {
      role: 'viewer',
    });
    expect(unknown.body.error).toBe('member-not-found');
    for (const body of [
      { email: 'pas-une-adresse', role: 'viewer' },
      { email: 'a@b.ci', role: 'boss' },
      { email: 'a@b.ci' },
    ]) {
      expect((await asUser('/v1/member/invite', ownerToken, body)).body.error).toBe('validation-error');
    }
  });
});

describe('a person in several accounts (x-account-id)', () => {
  it('says which account with x-account-id; without it, or with an account they are not in, is refused', async () => {
    const other = await createAccount(stack.db, {
      name: 'Banque',
      plan: DEFAULT_PLAN,
      now: stack.clock.now(),
    });
    const email = 'koffi.yao@example.com';
    const colleague = await newColleague(email, 'editor');
    // The other account's owner (its API key) invites the same person: no second user, no second e-mail.
    const invited = await stack.call('/v1/member/invite', { email, role: 'viewer' }, other.apiKey);
    expect(invited.body.data).toMatchObject({ status: 'ACTIVE', role: 'viewer' });
    expect(await emailsTo(email)).toHaveLength(1);

    // Who they are needs no account named: both are listed, with the role in each.
    const me = await asUser('/v1/me', colleague.token);
    expect(me.body.data.actor).toMatchObject({ type: 'user', label: email });
    expect(me.body.data.accounts).toEqual(
      expect.arrayContaining([
        { id: stack.demo.accountId, name: 'Demo', role: 'editor' },
        { id: other.account.id, name: 'Banque', role: 'viewer' },
      ]),
    );
    expect(me.body.data.accounts).toHaveLength(2);
    const keyMe = await stack.call('/v1/me');
    expect(keyMe.body.data).toMatchObject({
      actor: { type: 'key' },
      accountId: stack.demo.accountId,
      role: 'owner',
      accounts: [{ id: stack.demo.accountId, name: 'Demo', role: 'owner' }],
    });

    const ambiguous = await asUser('/v1/group/list', colleague.token);
    expect({ status: ambiguous.status, error: ambiguous.body.error }).toEqual({
      status: 400,
      error: 'account-required',
    });
    await asUser('/v1/group/create', colleague.token, { name: 'Chez la banque' }, stack.demo.accountId);
    const here = await asUser('/v1/group/list', colleague.token, { count: 100 }, stack.demo.accountId);
    const there = await asUser('/v1/group/list', colleague.token, { count: 100 }, other.account.id);
    expect(here.body.data.map((group: { name: string }) => group.name)).toContain('Chez la banque');
    expect(there.body.data).toEqual([]);
    // In the other account they are a viewer.
    expect(
      (await asUser('/v1/group/create', colleague.token, { name: 'Non' }, other.account.id)).status,
    ).toBe(403);

    const stranger = await createAccount(stack.db, {
      name: 'Autre',
      plan: DEFAULT_PLAN,
      now: stack.clock.now(),
    });
    for (const accountId of [stranger.account.id, 'not-an-account']) {
      const answer = await asUser('/v1/group/list', colleague.token, {}, accountId);
      expect({ status: answer.status, error: answer.body.error }).toEqual({
        status: 403,
        error: 'forbidden',
      });
    }
  });
});
