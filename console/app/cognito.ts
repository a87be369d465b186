/**
 * The user pool's public calls the console makes from the browser (sign-in, a first or forgotten
 * password, TOTP, sign-out): Cognito's JSON protocol over `fetch`, to the endpoint the page names. A
 * handful of unsigned calls, so no SDK in the page.
 */

export interface PoolSettings {
  endpoint: string;
  clientId: string;
}

/** What the page says of the pool (`<meta name="sign-in">`, written by the console's function). */
export function poolSettings(): PoolSettings | null {
  const content = document.querySelector('meta[name="sign-in"]')?.getAttribute('content');
  try {
    return content ? (JSON.parse(content) as PoolSettings | null) : null;
  } catch {
    return null;
  }
}

/** A refusal by the pool: its exception's name (`NotAuthorizedException` …) and message. */
export class PoolError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Tokens {
  accessToken: string;
  refreshToken?: string;
  /** Milliseconds since the epoch, by this browser's clock. */
  expiresAt: number;
}

export type SignInStep =
  | { done: Tokens }
  | { challenge: 'NEW_PASSWORD_REQUIRED' | 'SOFTWARE_TOKEN_MFA'; session: string; email: string };

async function poolCall<T>(pool: PoolSettings, action: string, body: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(pool.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${action}`,
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new PoolError('network', 'The sign-in service could not be reached.');
  }
  const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const type = String(answer.__type ?? 'UnknownError')
      .split('#')
      .pop() as string;
    throw new PoolError(type, String(answer.message ?? answer.Message ?? type));
  }
  return answer as T;
}

interface AuthAnswer {
  AuthenticationResult?: { AccessToken: string; RefreshToken?: string; ExpiresIn?: number };
  ChallengeName?: string;
  Session?: string;
}

/** How long a token lives, in seconds: what the answer says, else what the token itself says (`exp − iat`). */
function lifetimeOf(result: NonNullable<AuthAnswer['AuthenticationResult']>): number {
  if (result.ExpiresIn) return result.ExpiresIn;
  try {
    const payload = (result.AccessToken.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(payload));
    return Number(claims.exp) - Number(claims.iat) || 3600;
  } catch {
    return 3600;
  }
}

function stepOf(answer: AuthAnswer, email: string, refreshToken?: string): SignInStep {
  const result = answer.AuthenticationResult;
  if (result) {
    return {
      done: {
        accessToken: result.AccessToken,
        ...((result.RefreshToken ?? refreshToken)
          ? { refreshToken: result.RefreshToken ?? refreshToken }
          : {}),
        expiresAt: Date.now() + lifetimeOf(result) * 1000,
      },
    };
  }
  if (answer.ChallengeName === 'NEW_PASSWORD_REQUIRED' || answer.ChallengeName === 'SOFTWARE_TOKEN_MFA') {
    return { challenge: answer.ChallengeName, session: answer.Session ?? '', email };
  }
  throw new PoolError(
    'UnsupportedChallenge',
    `The sign-in asks for ${answer.ChallengeName}, which the console cannot answer.`,
  );
}

export const signInWithPassword = async (pool: PoolSettings, email: string, password: string) =>
  stepOf(
    await poolCall<AuthAnswer>(pool, 'InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD: password },
    }),
    email,
  );

/** Answers the step the pool asked for: a password of one's own, or the TOTP code. */
export const answerChallenge = async (
  pool: PoolSettings,
  step: Extract<SignInStep, { challenge: string }>,
  answer: string,
) =>
  stepOf(
    await poolCall<AuthAnswer>(pool, 'RespondToAuthChallenge', {
      ClientId: pool.clientId,
      ChallengeName: step.challenge,
      Session: step.session,
      ChallengeResponses:
        step.challenge === 'NEW_PASSWORD_REQUIRED'
          ? { USERNAME: step.email, NEW_PASSWORD: answer }
          : { USERNAME: step.email, SOFTWARE_TOKEN_MFA_CODE: answer },
    }),
    step.email,
  );

export async function refresh(pool: PoolSettings, refreshToken: string): Promise<Tokens> {
  const step = stepOf(
    await poolCall<AuthAnswer>(pool, 'InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: { REFRESH_TOKEN: refreshToken },
    }),
    '',
    refreshToken,
  );
  if (!('done' in step)) throw new PoolError('NotAuthorizedException', 'Sign in again.');
  return step.done;
}

/** Sends a code to the e-mail, if it is a user's (the pool does not say whether it is). */
export const forgotPassword = (pool: PoolSettings, email: string) =>
  poolCall(pool, 'ForgotPassword', { ClientId: pool.clientId, Username: email });

export const confirmForgotPassword = (pool: PoolSettings, email: string, code: string, password: string) =>
  poolCall(pool, 'ConfirmForgotPassword', {
    ClientId: pool.clientId,
    Username: email,
    ConfirmationCode: code,
    Password: password,
  });

/** TOTP set-up: a secret for the authenticator app, confirmed by a first code, then asked at each sign-in. */
export const startTotp = async (pool: PoolSettings, accessToken: string) =>
  (await poolCall<{ SecretCode: string }>(pool, 'AssociateSoftwareToken', { AccessToken: accessToken }))
    .SecretCode;

export async function confirmTotp(pool: PoolSettings, accessToken: string, code: string): Promise<void> {
  await poolCall(pool, 'VerifySoftwareToken', {
    AccessToken: accessToken,
    UserCode: code,
    FriendlyDeviceName: 'console',
  });
  await poolCall(pool, 'SetUserMFAPreference', {
    AccessToken: accessToken,
    SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
  });
}

/** Sign-out: the refresh token stops working (the access token dies within the hour). */
export const revoke = (pool: PoolSettings, refreshToken: string) =>
  poolCall(pool, 'RevokeToken', { ClientId: pool.clientId, Token: refreshToken });

/** The pool's password policy, checked before it is sent (the pool checks it again). */
export const meetsPasswordPolicy = (password: string): boolean =>
  password.length >= 12 &&
  /[a-z]/.test(password) &&
  /[A-Z]/.test(password) &&
  /[0-9]/.test(password) &&
  /[^A-Za-z0-9]/.test(password);
