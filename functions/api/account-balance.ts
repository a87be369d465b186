import { ok } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';
import { balanceInput } from '../../shared/money/account';
import { getBalance } from '../../shared/money/balance';
import { balanceView } from '../../shared/money/view';

export const handler = apiHandler({
  body: balanceInput,
  handle: async ({ account, runtime }) =>
    ok(balanceView(await getBalance(runtime.db, account.id), runtime.currency, runtime.clock.now())),
});
