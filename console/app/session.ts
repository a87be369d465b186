/**
 * The signed-in person's tokens live in this tab's `sessionStorage` only: gone when the tab closes,
 * never in the address (no history, no referrer) and never in `localStorage` (shared with every tab,
 * kept for ever). The access token is refreshed a minute before it runs out.
 */
import { type PoolSettings, poolSettings, refresh, revoke, type Tokens } from './cognito';

let TOKENS = 'sms-console:tokens';
let ACCOUNT = 'sms-console:account';
const EARLY_MS = 60_000;

/** The back office keeps its own session beside the console's (same origin, another page): named before use. */
export function nameSession(name: string): void {
  TOKENS = `${name}:tokens`;
  ACCOUNT = `${name}:account`;
}

const stored = (): Tokens | null => {
  try {
    return JSON.parse(sessionStorage.getItem(TOKENS) ?? 'null') as Tokens | null;
  } catch {
    return null;
  }
};

export const isSignedIn = (): boolean => stored() !== null;

const keepTokens = (tokens: Tokens): void => sessionStorage.setItem(TOKENS, JSON.stringify(tokens));

/** A new sign-in: its tokens, and no account chosen yet (the person's first, until they pick another). */
export function startSession(tokens: Tokens): void {
  sessionStorage.removeItem(ACCOUNT);
  keepTokens(tokens);
}

/** The account the console acts in (`x-account-id`), for people in several. */
export const chosenAccount = (): string | null => sessionStorage.getItem(ACCOUNT);
export const chooseAccount = (accountId: string): void => sessionStorage.setItem(ACCOUNT, accountId);

export const pool = (): PoolSettings => {
  const settings = poolSettings();
  if (!settings) throw new Error('This console was served without a user pool to sign in with.');
  return settings;
};

/** The access token to send, refreshed first when it is about to run out; null once signed out. */
export async function accessToken(): Promise<string | null> {
  const tokens = stored();
  if (!tokens) return null;
  if (tokens.expiresAt - EARLY_MS > Date.now() || !tokens.refreshToken) return tokens.accessToken;
  try {
    const renewed = await refresh(pool(), tokens.refreshToken);
    keepTokens(renewed);
    return renewed.accessToken;
  } catch {
    signOut();
    return null;
  }
}

export function signOut(): void {
  const tokens = stored();
  sessionStorage.removeItem(TOKENS);
  sessionStorage.removeItem(ACCOUNT);
  if (tokens?.refreshToken) void revoke(pool(), tokens.refreshToken).catch(() => undefined);
}
