import { ok } from '../../../shared/http/envelope';
import { changeBalanceSettings } from '../../../shared/money/use-cases';
import { balanceView } from '../../../shared/money/view';
import { requireAccount } from '../../../shared/operators/accounts';
import { limitsInput } from '../../../shared/operators/inputs';
import { operatorHandler } from '../pipeline';

export const handler = operatorHandler({
  body: limitsInput,
  pathId: 'account',
  idempotent: true,
  handle: async ({ id, input, runtime, actor }) => {
    await requireAccount(runtime.db, id);
    const balance = await changeBalanceSettings(
      runtime,
      id,
      {
        ...(input.creditLimit !== undefined ? { creditLimit: input.creditLimit } : {}),
        ...(input.monthlySpendLimit !== undefined ? { monthlySpendLimit: input.monthlySpendLimit } : {}),
      },
      actor,
    );
    return ok(balanceView(balance, runtime.currency, runtime.clock.now()));
  },
});
