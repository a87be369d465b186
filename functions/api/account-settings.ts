import { ok } from '../../shared/http/envelope';
import { settingsInput } from '../../shared/money/account';
import { setBalanceSettings } from '../../shared/money/balance';
import { balanceView } from '../../shared/money/view';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: settingsInput,
  idempotent: true,
  handle: async ({ input, account, runtime }) =>
    ok(
      balanceView(
        await setBalanceSettings(runtime.db, account.id, { lowBalanceThreshold: input.lowBalanceThreshold }),
        runtime.currency,
        runtime.clock.now(),
      ),
    ),
});
