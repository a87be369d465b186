import { created } from '../../../shared/http/envelope';
import { newId } from '../../../shared/ids';
import { moneyDeps } from '../../../shared/money/balance';
import { moveBalance } from '../../../shared/money/use-cases';
import { transactionView } from '../../../shared/money/view';
import { requireAccount } from '../../../shared/operators/accounts';
import { topUpInput } from '../../../shared/operators/inputs';
import { webhookQueueFromEnv } from '../../../shared/sending/aws/sqs';
import { operatorHandler } from '../pipeline';

/** Raises `account.topped_up` for the account's webhooks. */
export const handler = operatorHandler({
  body: topUpInput,
  pathId: 'account',
  idempotent: true,
  ports: { webhookQueue: webhookQueueFromEnv },
  handle: async ({ id, input, runtime, ports, actor, operationId }) => {
    await requireAccount(runtime.db, id);
    const now = runtime.clock.now();
    const entry = await moveBalance(
      moneyDeps({ db: runtime.db, currency: runtime.currency, webhookQueue: ports.webhookQueue }),
      id,
      { id: operationId ?? newId(now), type: 'TOP_UP', units: input.amount, note: input.note },
      now,
      actor,
    );
    return created(transactionView(entry, runtime.currency));
  },
});
