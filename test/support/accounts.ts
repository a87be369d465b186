import { giveOpeningBalance } from '../../local/demo';
import { createAccount } from '../../shared/accounts/repository';
import type { Db } from '../../shared/db/client';

/** A new account funded as the demo account is (the opening balance), so its campaigns go out. */
export async function createFundedAccount(db: Db, input: Parameters<typeof createAccount>[1]) {
  const created = await createAccount(db, input);
  await giveOpeningBalance(db, { now: () => input.now }, created.account.id);
  return created;
}
