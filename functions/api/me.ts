import { meInput, whoAmI } from '../../shared/accounts/me';
import { ok } from '../../shared/http/envelope';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: meInput,
  // About the caller, not one account: a user of several need not name one (the first is taken).
  anyAccount: true,
  handle: async ({ caller, account, runtime }) => ok(await whoAmI(runtime.db, caller, account.name)),
});
