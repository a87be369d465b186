import { created } from '../../../shared/http/envelope';
import { newId } from '../../../shared/ids';
import { moneyDeps } from '../../../shared/money/balance';
import { moveBalance } from '../../../shared/money/use-cases';
import { transactionView } from '../../../shared/money/view';
import { requireAccount } from '../../../shared/operators/accounts';
import { adjustInput } from '../../../shared/operators/inputs';
import { webhookQueueFromEnv } from '../../../shared/sending/aws/sqs';
import { operatorHandler } from '../pipeline';

/** Signed: a correction either way. */
export const handler = operatorHandler({
  body: adjustInput,
  pathId: 'account',
  idempotent: true,
  ports: { webhookQueue: webhookQueueFromEnv },
  handle: async ({ id, input, runtime, ports, actor, operationId }) => {
    await requireAccount(runtime.db, id);
    const now = runtime.clock.now();
    const entry = await moveBalance(
      moneyDeps({ db: runtime.db, currency: runtime.currency, webhookQueue: ports.webhookQueue }),
      id,
      { id: operationId ?? newId(now), type: 'ADJUSTMENT', units: input.amount, note: input.note },
      now,
      actor,
    );
    return created(transactionView(entry, runtime.currency));
  },
});
