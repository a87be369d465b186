/**
 * The API key lives in this tab's `sessionStorage` only: gone when the tab closes, never in the
 * address (no history, no referrer) and never in `localStorage` (shared with every tab, kept for ever).
 */
const KEY = 'sms-console:api-key';

export const signedInKey = (): string | null => sessionStorage.getItem(KEY);

export const signIn = (apiKey: string): void => sessionStorage.setItem(KEY, apiKey);

export const signOut = (): void => sessionStorage.removeItem(KEY);
