/**
 * The AWS adapters of the people ports: Amazon Cognito's user pool. The local stack points the same
 * calls at its twin (`cognito-local`), whose tokens name the twin's address as their issuer.
 */
import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  type AttributeType,
  CognitoIdentityProviderClient,
  GetUserCommand,
  NotAuthorizedException,
  UserNotFoundException,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { JwtRsaVerifier } from 'aws-jwt-verify';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import { type Env, MissingConfiguration, requiredSetting, settingOf, userPoolOf } from '../../config';
import type { UserDirectory, UserTokens } from '../../ports';
import { OPERATORS_GROUP } from '../roles';

/** The pool's keys are fetched once per cold start (over http for the twin, which Node's `https` refuses). */
const jwksCache = () =>
  new SimpleJwksCache({
    fetcher: {
      fetch: async (uri: string) => {
        const response = await fetch(uri, { signal: AbortSignal.timeout(3000) });
        if (!response.ok) throw new Error(`${uri} answered ${response.status}`);
        return response.arrayBuffer();
      },
    },
  });

/**
 * Access tokens of the pool, for the console's app client: signature, issuer, expiry, `token_use` and
 * `client_id` checked (access tokens carry no `aud`).
 */
export function cognitoUserTokens(
  env: Env,
  client = new CognitoIdentityProviderClient({ endpoint: settingOf(env, 'cognitoEndpoint') }),
): UserTokens {
  const pool = userPoolOf(env);
  if (!pool) throw new MissingConfiguration('Missing configuration: USER_POOL_ID and USER_POOL_CLIENT_ID');
  const { issuer, clientId } = pool;
  const verifier = JwtRsaVerifier.create(
    {
      issuer,
      audience: null,
      jwksUri: `${issuer}/.well-known/jwks.json`,
      customJwtCheck: ({ payload }) => {
        if (payload.token_use !== 'access') throw new Error('not an access token');
        if (payload.client_id !== clientId) throw new Error('not the console client');
      },
    },
    { jwksCache: jwksCache() },
  );
  return {
    verify: async (token) => {
      try {
        const payload = await verifier.verify(token);
        const groups = payload['cognito:groups'];
        return typeof payload.sub === 'string'
          ? { userId: payload.sub, groups: Array.isArray(groups) ? groups.map(String) : [] }
          : undefined;
      } catch {
        return undefined;
      }
    },
    profile: async (token) => {
      try {
        const user = await client.send(new GetUserCommand({ AccessToken: token }));
        return {
          email: attributeOf(user.UserAttributes, 'email') ?? user.Username ?? '',
          totp: user.UserMFASettingList?.includes('SOFTWARE_TOKEN_MFA') === true,
        };
      } catch (error) {
        // A signed-out (revoked) or expired token; anything else is the pool failing, not the user.
        if (error instanceof NotAuthorizedException || error instanceof UserNotFoundException)
          return undefined;
        throw error;
      }
    },
  };
}

const attributeOf = (attributes: AttributeType[] | undefined, name: string): string | undefined =>
  attributes?.find((attribute) => attribute.Name === name)?.Value;
const subOf = (attributes: AttributeType[] | undefined) => attributeOf(attributes, 'sub');

/** Invitations go by e-mail with a temporary password; the pool's e-mail is the user name. */
export class CognitoUserDirectory implements UserDirectory {
  constructor(
    private readonly client: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  async invite(email: string) {
    try {
      const { User } = await this.client.send(
        new AdminCreateUserCommand({
          UserPoolId: this.userPoolId,
          Username: email,
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'email_verified', Value: 'true' },
          ],
          DesiredDeliveryMediums: ['EMAIL'],
        }),
      );
      const userId = subOf(User?.Attributes);
      if (!userId) throw new Error('Cognito made a user without a sub');
      return { userId, created: true, signedIn: false };
    } catch (error) {
      if (!(error instanceof UsernameExistsException)) throw error;
      const user = await this.client.send(
        new AdminGetUserCommand({ UserPoolId: this.userPoolId, Username: email }),
      );
      const userId = subOf(user.UserAttributes);
      if (!userId) throw new Error('Cognito has a user without a sub');
      return { userId, created: false, signedIn: user.UserStatus === 'CONFIRMED' };
    }
  }

  async forget(userId: string) {
    try {
      const { Groups } = await this.client.send(
        new AdminListGroupsForUserCommand({ UserPoolId: this.userPoolId, Username: userId }),
      );
      if (Groups?.some((group) => group.GroupName === OPERATORS_GROUP)) return;
      await this.client.send(new AdminDeleteUserCommand({ UserPoolId: this.userPoolId, Username: userId }));
    } catch (error) {
      if (!(error instanceof UserNotFoundException)) throw error;
    }
  }
}

export const userDirectoryFromEnv = (env: Env): UserDirectory =>
  new CognitoUserDirectory(
    new CognitoIdentityProviderClient({ endpoint: settingOf(env, 'cognitoEndpoint') }),
    requiredSetting(env, 'userPoolId'),
  );
