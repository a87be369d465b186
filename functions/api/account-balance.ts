import { ok } from '../../shared/http/envelope';
import { balanceInput } from '../../shared/money/account';
import { getBalance } from '../../shared/money/balance';
import { balanceView } from '../../shared/money/view';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: balanceInput,
  handle: async ({ account, runtime }) =>
    ok(balanceView(await getBalance(runtime.db, account.id), runtime.currency, runtime.clock.now())),
});
