import { DEFAULT_PLAN } from '../shared/accounts/account';
import { createAccount, findAccountIdByApiKey } from '../shared/accounts/repository';
import type { Clock } from '../shared/clock';
import type { Db } from '../shared/db/client';

/** The demo account of a stack someone tries: found again by its key, or made. */
export async function seedDemoAccount(db: Db, clock: Clock, demoApiKey: string | undefined) {
  if (demoApiKey) {
    const existing = await findAccountIdByApiKey(db, demoApiKey);
    if (existing) return { accountId: existing, apiKey: demoApiKey, created: false };
  }
  const { account, apiKey } = await createAccount(db, {
    name: 'Demo',
    plan: DEFAULT_PLAN,
    now: clock.now(),
    ...(demoApiKey ? { apiKey: demoApiKey } : {}),
  });
  return { accountId: account.id, apiKey, created: true };
}
