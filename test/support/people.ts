/**
 * Signing in as people do, against the stack's user pool twin (`npm start`'s, or the rehearsal's), and
 * tokens made by hand with the twin's own signing key: expired, another pool's, the wrong kind.
 */
import { createPrivateKey, createSign } from 'node:crypto';
import { createRequire } from 'node:module';
import {
  ChallengeNameType,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { totpCode } from '../../local/totp';
import type { TestStack } from './local-stack';

type Twin = TestStack['cognito'];

/** A user's access token, after the first-password step when the user pool asks for one. */
export async function signIn(
  cognito: Twin,
  email: string,
  password: string,
  newPassword?: string,
): Promise<string> {
  const first = await cognito.client.send(
    new InitiateAuthCommand({
      ClientId: cognito.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD: password },
    }),
  );
  if (first.ChallengeName === ChallengeNameType.NEW_PASSWORD_REQUIRED) {
    if (!newPassword) throw new Error(`${email} must choose a password first`);
    const answered = await cognito.client.send(
      new RespondToAuthChallengeCommand({
        ClientId: cognito.clientId,
        ChallengeName: ChallengeNameType.NEW_PASSWORD_REQUIRED,
        Session: first.Session,
        ChallengeResponses: { USERNAME: email, NEW_PASSWORD: newPassword },
      }),
    );
    return answered.AuthenticationResult?.AccessToken as string;
  }
  return first.AuthenticationResult?.AccessToken as string;
}

/** An operator's access token: password, then the TOTP code of `secret` (the system's time: the twin reads it). */
export async function signInWithTotp(
  cognito: Twin,
  person: { email: string; password: string; totpSecret: string },
): Promise<string> {
  const first = await cognito.client.send(
    new InitiateAuthCommand({
      ClientId: cognito.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: person.email, PASSWORD: person.password },
    }),
  );
  if (first.ChallengeName !== ChallengeNameType.SOFTWARE_TOKEN_MFA) {
    throw new Error(
      `${person.email} was not asked for a TOTP code (${first.ChallengeName ?? 'no challenge'})`,
    );
  }
  const answered = await cognito.client.send(
    new RespondToAuthChallengeCommand({
      ClientId: cognito.clientId,
      ChallengeName: ChallengeNameType.SOFTWARE_TOKEN_MFA,
      Session: first.Session,
      ChallengeResponses: {
        USERNAME: person.email,
        SOFTWARE_TOKEN_MFA_CODE: totpCode(person.totpSecret, new Date()),
      },
    }),
  );
  return answered.AuthenticationResult?.AccessToken as string;
}

export const bearer = (token: string, accountId?: string): Record<string, string> => ({
  authorization: `Bearer ${token}`,
  ...(accountId ? { 'x-account-id': accountId } : {}),
});

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export const claimsOf = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));

/** A token signed with the twin's key (the one its JWKS publishes), with these claims. */
export function signedByTwin(claims: Record<string, unknown>): string {
  const { jwk } = createRequire(import.meta.url)('cognito-local/lib/keys/cognitoLocal.private.json') as {
    jwk: Record<string, string>;
  };
  const head = `${base64url({ alg: 'RS256', typ: 'JWT', kid: 'CognitoLocal' })}.${base64url(claims)}`;
  const signature = createSign('RSA-SHA256')
    .update(head)
    .sign(createPrivateKey({ key: jwk, format: 'jwk' }))
    .toString('base64url');
  return `${head}.${signature}`;
}

export { totpCode };
