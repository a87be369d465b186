/** A top-up or an adjustment by an operator: one ledger entry per `Idempotency-Key`, in the audit log. */
import type * as z from 'zod';
import { created } from '../../../shared/http/envelope';
import { newId } from '../../../shared/ids';
import type { Units } from '../../../shared/money/amount';
import { moneyDeps } from '../../../shared/money/balance';
import { moveBalance } from '../../../shared/money/use-cases';
import { transactionView } from '../../../shared/money/view';
import { requireAccount } from '../../../shared/operators/accounts';
import { webhookQueueFromEnv } from '../../../shared/sending/aws/sqs';
import { operatorHandler } from '../pipeline';

export const balanceMovement = (
  type: 'TOP_UP' | 'ADJUSTMENT',
  body: z.ZodType<{ amount: Units; note: string }, unknown>,
) =>
  operatorHandler({
    body,
    pathId: 'account',
    idempotent: true,
    ports: { webhookQueue: webhookQueueFromEnv },
    handle: async ({ id, input, runtime, ports, actor, operationId }) => {
      await requireAccount(runtime.db, id);
      const now = runtime.clock.now();
      const entry = await moveBalance(
        moneyDeps({ db: runtime.db, currency: runtime.currency, webhookQueue: ports.webhookQueue }),
        id,
        { id: operationId ?? newId(now), type, units: input.amount, note: input.note },
        now,
        actor,
      );
      return created(transactionView(entry, runtime.currency));
    },
  });
