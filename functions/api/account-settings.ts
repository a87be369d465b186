import { actorOf } from '../../shared/audit/audit';
import { ok } from '../../shared/http/envelope';
import { settingsInput } from '../../shared/money/account';
import { changeBalanceSettings } from '../../shared/money/use-cases';
import { balanceView } from '../../shared/money/view';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: settingsInput,
  idempotent: true,
  handle: async ({ input, account, caller, runtime }) =>
    ok(
      balanceView(
        await changeBalanceSettings(
          runtime,
          account.id,
          { lowBalanceThreshold: input.lowBalanceThreshold },
          actorOf(caller),
        ),
        runtime.currency,
        runtime.clock.now(),
      ),
    ),
});
